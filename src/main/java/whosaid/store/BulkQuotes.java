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
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

import whosaid.ingest.Article;

/**
 * Loads quotes that already know their claim, in large batches: for filling a database with millions of generated
 * quotes to measure the queries on (the benchmark). Ingest does not use it: there the pipeline decides speakers and
 * claims. Ids are given here rather than by SQLite so that every table can be written with one prepared statement
 * a batch; the full-text index is kept in step by the schema's triggers, as for any insert.
 */
public final class BulkQuotes {
    /** One quotation: its span in the article body, its speaker's name, and the claim it states (any key). */
    public record Quote(int start, int end, String speaker, long claimKey) {
    }

    /** One article with its quotations. */
    public record Entry(Article article, List<Quote> quotes) {
    }

    private final Database database;
    private final Map<String, Long> outlets = new HashMap<>();
    private final Map<String, Long> speakers = new HashMap<>();
    private final Map<Long, Long> claims = new HashMap<>();
    private long nextArticle;
    private long nextQuote;
    private long nextSpeaker;
    private long nextClaim;

    public BulkQuotes(Database database) {
        this.database = database;
        DSLContext dsl = database.dsl();
        nextArticle = next(dsl, ARTICLE.ID);
        nextQuote = next(dsl, QUOTE.ID);
        nextSpeaker = next(dsl, SPEAKER.ID);
        nextClaim = next(dsl, CLAIM.ID);
    }

    private static long next(DSLContext dsl, org.jooq.TableField<?, Long> id) {
        Long max = dsl.select(DSL.max(id)).from(id.getTable()).fetchOne(0, Long.class);
        return max == null ? 1 : max + 1;
    }

    /** Stores the entries in one transaction. A claim's text is the first wording seen for its key. */
    public void write(List<Entry> entries) {
        try {
            database.dsl().transaction(cfg -> {
                DSLContext tx = cfg.dsl();
                BatchBindStep articleBatch = tx.batch(tx.insertInto(ARTICLE, ARTICLE.ID, ARTICLE.EXTERNAL_ID,
                        ARTICLE.TITLE, ARTICLE.OUTLET_ID, ARTICLE.BYLINE, ARTICLE.PUBLISHED, ARTICLE.URL,
                        ARTICLE.BODY, ARTICLE.BODY_HASH, ARTICLE.SOURCE, ARTICLE.SOURCE_LINE)
                        .values((Long) null, null, null, null, null, null, null, null, null, null, null));
                BatchBindStep speakerBatch = tx.batch(tx.insertInto(SPEAKER, SPEAKER.ID, SPEAKER.NAME, SPEAKER.KIND)
                        .values((Long) null, null, null));
                BatchBindStep claimBatch = tx.batch(tx.insertInto(CLAIM, CLAIM.ID, CLAIM.TEXT,
                        CLAIM.FIRST_PUBLISHED, CLAIM.LAST_PUBLISHED).values((Long) null, null, null, null));
                BatchBindStep quoteBatch = tx.batch(tx.insertInto(QUOTE, QUOTE.ID, QUOTE.ARTICLE_ID, QUOTE.START,
                        QUOTE.END, QUOTE.TEXT, QUOTE.KIND, QUOTE.SPEAKER_ID, QUOTE.CLAIM_ID, QUOTE.CONFIDENCE)
                        .values((Long) null, null, null, null, null, null, null, null, null));
                int speakerRows = 0;
                int claimRows = 0;
                for (Entry e : entries) {
                    Article a = e.article();
                    long articleId = nextArticle++;
                    Long outletId = a.outlet() == null ? null : outlet(tx, a.outlet());
                    articleBatch.bind(articleId, a.externalId(), a.title(), outletId, a.byline(), a.published(),
                            a.url(), a.body(), BodyHash.of(a.body()), a.source(), a.line());
                    for (Quote q : e.quotes()) {
                        Long speakerId = null;
                        if (q.speaker() != null) {
                            speakerId = speakers.get(q.speaker());
                            if (speakerId == null) {
                                speakerId = nextSpeaker++;
                                speakers.put(q.speaker(), speakerId);
                                speakerBatch.bind(speakerId, q.speaker(), "person");
                                speakerRows++;
                            }
                        }
                        String text = a.body().substring(q.start(), q.end());
                        Long claimId = claims.get(q.claimKey());
                        if (claimId == null) {
                            claimId = nextClaim++;
                            claims.put(q.claimKey(), claimId);
                            claimBatch.bind(claimId, text, a.published(), a.published());
                            claimRows++;
                        }
                        quoteBatch.bind(nextQuote++, articleId, q.start(), q.end(), text, "direct", speakerId,
                                claimId, 1.0);
                    }
                }
                // Parents before children: the foreign keys are checked row by row.
                articleBatch.execute();
                if (speakerRows > 0) {
                    speakerBatch.execute();
                }
                if (claimRows > 0) {
                    claimBatch.execute();
                }
                quoteBatch.execute();
            });
        } catch (DataAccessException e) {
            throw new StoreException("cannot store generated quotes in " + database.file() + ": "
                    + Database.firstLine(e.getMessage()), e);
        }
    }

    /** The stored id of the claim written under this key, or null when none was. */
    public Long claimId(long claimKey) {
        return claims.get(claimKey);
    }

    private long outlet(DSLContext tx, String name) {
        Long id = outlets.get(name);
        if (id == null) {
            id = tx.select(OUTLET.ID).from(OUTLET).where(OUTLET.NAME.eq(name)).fetchOne(OUTLET.ID);
            if (id == null) {
                id = tx.insertInto(OUTLET).set(OUTLET.NAME, name).returningResult(OUTLET.ID).fetchOne(OUTLET.ID);
            }
            outlets.put(name, id);
        }
        return id;
    }
}
