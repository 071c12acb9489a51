package whosaid.store;

import static whosaid.store.schema.Tables.ARTICLE;
import static whosaid.store.schema.Tables.CLAIM;
import static whosaid.store.schema.Tables.OUTLET;
import static whosaid.store.schema.Tables.QUOTE;
import static whosaid.store.schema.Tables.SPEAKER;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.TableField;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * Writes rows whose ids the caller has already given, one prepared statement a table: for filling a database with
 * millions of generated rows (the benchmark), where a round trip a row would cost more than what is measured.
 * Ingest does not use it: there the pipeline decides speakers and claims. The full-text index is kept in step by the
 * schema's triggers, as for any insert.
 */
public final class BulkLoad {
    /** The first free id of each table, as the caller should number its rows from. */
    public record NextIds(long article, long quote, long speaker, long claim) {
    }

    public record ArticleInsert(long id, ArticleColumns article) {
    }

    public record SpeakerInsert(long id, String name, String kind) {
    }

    public record ClaimInsert(long id, String text, String firstPublished, String lastPublished) {
    }

    public record QuoteInsert(long id, long articleId, int start, int end, String text, String kind, Long speakerId,
                              Long claimId, double confidence) {
    }

    private final Database database;
    private final Map<String, Long> outlets = new HashMap<>();

    public BulkLoad(Database database) {
        this.database = database;
    }

    public NextIds nextIds() {
        DSLContext dsl = database.dsl();
        return new NextIds(next(dsl, ARTICLE.ID), next(dsl, QUOTE.ID), next(dsl, SPEAKER.ID), next(dsl, CLAIM.ID));
    }

    private static long next(DSLContext dsl, TableField<?, Long> id) {
        Long max = dsl.select(DSL.max(id)).from(id.getTable()).fetchOne(0, Long.class);
        return max == null ? 1 : max + 1;
    }

    /** Stores the rows in one transaction; outlets are found or created by name. */
    public void write(List<ArticleInsert> articles, List<SpeakerInsert> speakers, List<ClaimInsert> claims,
                      List<QuoteInsert> quotes) {
        try {
            database.write(tx -> {
                BatchBindStep articleBatch = tx.batch(tx.insertInto(ARTICLE, ARTICLE.ID, ARTICLE.EXTERNAL_ID,
                        ARTICLE.TITLE, ARTICLE.OUTLET_ID, ARTICLE.BYLINE, ARTICLE.PUBLISHED, ARTICLE.URL,
                        ARTICLE.BODY, ARTICLE.BODY_HASH, ARTICLE.SOURCE, ARTICLE.SOURCE_LINE)
                        .values((Long) null, null, null, null, null, null, null, null, null, null, null));
                for (ArticleInsert row : articles) {
                    ArticleColumns a = row.article();
                    Long outletId = a.outlet() == null ? null : outlet(tx, a.outlet());
                    articleBatch.bind(row.id(), a.externalId(), a.title(), outletId, a.byline(), a.published(),
                            a.url(), a.body(), BodyHash.of(a.body()), a.source(), a.line());
                }
                BatchBindStep speakerBatch = tx.batch(tx.insertInto(SPEAKER, SPEAKER.ID, SPEAKER.NAME, SPEAKER.KIND)
                        .values((Long) null, null, null));
                speakers.forEach(s -> speakerBatch.bind(s.id(), s.name(), s.kind()));
                BatchBindStep claimBatch = tx.batch(tx.insertInto(CLAIM, CLAIM.ID, CLAIM.TEXT,
                        CLAIM.FIRST_PUBLISHED, CLAIM.LAST_PUBLISHED).values((Long) null, null, null, null));
                claims.forEach(c -> claimBatch.bind(c.id(), c.text(), c.firstPublished(), c.lastPublished()));
                BatchBindStep quoteBatch = tx.batch(tx.insertInto(QUOTE, QUOTE.ID, QUOTE.ARTICLE_ID, QUOTE.START,
                        QUOTE.END, QUOTE.TEXT, QUOTE.KIND, QUOTE.SPEAKER_ID, QUOTE.CLAIM_ID, QUOTE.CONFIDENCE)
                        .values((Long) null, null, null, null, null, null, null, null, null));
                quotes.forEach(q -> quoteBatch.bind(q.id(), q.articleId(), q.start(), q.end(), q.text(), q.kind(),
                        q.speakerId(), q.claimId(), q.confidence()));
                // Parents before children: the foreign keys are checked row by row.
                if (!articles.isEmpty()) {
                    articleBatch.execute();
                }
                if (!speakers.isEmpty()) {
                    speakerBatch.execute();
                }
                if (!claims.isEmpty()) {
                    claimBatch.execute();
                }
                if (!quotes.isEmpty()) {
                    quoteBatch.execute();
                }
            });
        } catch (DataAccessException e) {
            throw new StoreException("cannot bulk-load rows into " + database.location() + ": "
                    + Database.firstLine(e.getMessage()), e);
        }
    }

    private long outlet(DSLContext tx, String name) {
        Long id = outlets.get(name);
        if (id == null) {
            id = tx.select(OUTLET.ID).from(OUTLET).where(database.sameName(OUTLET.NAME, name)).fetchOne(OUTLET.ID);
            if (id == null) {
                id = tx.insertInto(OUTLET).set(OUTLET.NAME, name).returningResult(OUTLET.ID).fetchOne(OUTLET.ID);
            }
            outlets.put(name, id);
        }
        return id;
    }
}
