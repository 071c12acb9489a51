package whosaid.store;

import static whosaid.store.schema.Tables.ARTICLE;
import static whosaid.store.schema.Tables.OUTLET;
import static whosaid.store.schema.Tables.QUOTE;
import static whosaid.store.schema.Tables.SPEAKER;
import static whosaid.store.schema.Tables.SPEAKER_ALIAS;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

import whosaid.ingest.Article;
import whosaid.quotes.QuoteKind;

/**
 * Writes analysed articles. One call of {@link #write} is one transaction: a file's articles are stored whole or
 * not at all, and an article whose body is already stored is skipped (ingest is idempotent).
 */
public final class ArticleWriter {
    private final Database database;
    /** Provisional (negative) speaker ids of this run mapped to the ids the store gave them. */
    private final Map<Long, Long> storedSpeakerIds = new HashMap<>();

    public ArticleWriter(Database database) {
        this.database = database;
    }

    /** What one write did. */
    public record Outcome(int articlesNew, int articlesKnown, int quotesStored, int reportedStored) {
    }

    /** Is an article with this body stored already? Lets the caller skip analysing known articles. */
    public boolean isKnown(Article article) {
        return database.dsl().fetchExists(ARTICLE, ARTICLE.BODY_HASH.eq(BodyHash.of(article.body())));
    }

    public Outcome write(List<ArticleWrite> articles) {
        Map<Long, Long> assignedInThisTransaction = new HashMap<>();
        try {
            Outcome outcome = database.dsl().transactionResult(cfg -> {
                DSLContext tx = cfg.dsl();
                int fresh = 0;
                int known = 0;
                int quotes = 0;
                int reported = 0;
                for (ArticleWrite write : articles) {
                    Long articleId = insertArticle(tx, write.article());
                    if (articleId == null) {
                        known++;
                        continue;
                    }
                    fresh++;
                    for (QuoteWrite quote : write.quotes()) {
                        Long speakerId = quote.speaker() == null ? null
                                : storeSpeaker(tx, quote.speaker(), assignedInThisTransaction);
                        insertQuote(tx, articleId, quote, speakerId);
                        if (quote.quote().kind() == QuoteKind.INDIRECT) {
                            reported++;
                        } else {
                            quotes++;
                        }
                    }
                }
                return new Outcome(fresh, known, quotes, reported);
            });
            storedSpeakerIds.putAll(assignedInThisTransaction);
            return outcome;
        } catch (DataAccessException e) {
            throw new StoreException("cannot store articles in " + database.file() + ": "
                    + Database.firstLine(e.getMessage()), e);
        }
    }

    /** Inserts the article and returns its id, or null when its body is stored already. */
    private Long insertArticle(DSLContext tx, Article article) {
        String hash = BodyHash.of(article.body());
        if (tx.fetchExists(ARTICLE, ARTICLE.BODY_HASH.eq(hash))) {
            return null;
        }
        Long outletId = article.outlet() == null ? null : outletId(tx, article.outlet());
        return tx.insertInto(ARTICLE)
                .set(ARTICLE.EXTERNAL_ID, article.externalId())
                .set(ARTICLE.TITLE, article.title())
                .set(ARTICLE.DEK, article.dek())
                .set(ARTICLE.OUTLET_ID, outletId)
                .set(ARTICLE.BYLINE, article.byline())
                .set(ARTICLE.PUBLISHED, article.published())
                .set(ARTICLE.URL, article.url())
                .set(ARTICLE.BODY, article.body())
                .set(ARTICLE.BODY_HASH, hash)
                .set(ARTICLE.SOURCE, article.source())
                .set(ARTICLE.SOURCE_LINE, article.line())
                .returningResult(ARTICLE.ID)
                .fetchOne(ARTICLE.ID);
    }

    private static Long outletId(DSLContext tx, String name) {
        Long id = tx.select(OUTLET.ID).from(OUTLET).where(OUTLET.NAME.eq(name)).fetchOne(OUTLET.ID);
        if (id != null) {
            return id;
        }
        return tx.insertInto(OUTLET).set(OUTLET.NAME, name).returningResult(OUTLET.ID).fetchOne(OUTLET.ID);
    }

    private long storeSpeaker(DSLContext tx, SpeakerRef ref, Map<Long, Long> assigned) {
        Long id = ref.id() > 0 ? Long.valueOf(ref.id()) : assigned.getOrDefault(ref.id(), storedSpeakerIds.get(ref.id()));
        if (id == null) {
            id = tx.insertInto(SPEAKER)
                    .set(SPEAKER.NAME, ref.canonicalName())
                    .set(SPEAKER.KIND, ref.kind().label())
                    .set(SPEAKER.ROLE, ref.role())
                    .set(SPEAKER.ANONYMOUS, ref.anonymous() ? 1 : 0)
                    .returningResult(SPEAKER.ID)
                    .fetchOne(SPEAKER.ID);
            assigned.put(ref.id(), id);
        } else {
            // The linker may have learnt a fuller name or a role since the speaker was stored.
            tx.update(SPEAKER)
                    .set(SPEAKER.NAME, ref.canonicalName())
                    .set(SPEAKER.ROLE, org.jooq.impl.DSL.coalesce(SPEAKER.ROLE, org.jooq.impl.DSL.val(ref.role())))
                    .where(SPEAKER.ID.eq(id))
                    .execute();
        }
        for (String alias : ref.aliases()) {
            boolean descriptor = !alias.isEmpty() && Character.isLowerCase(alias.codePointAt(0));
            tx.insertInto(SPEAKER_ALIAS)
                    .set(SPEAKER_ALIAS.SPEAKER_ID, id)
                    .set(SPEAKER_ALIAS.ALIAS, alias)
                    .set(SPEAKER_ALIAS.KIND, descriptor ? "descriptor" : "name")
                    .onConflictDoNothing()
                    .execute();
        }
        return id;
    }

    private static void insertQuote(DSLContext tx, long articleId, QuoteWrite write, Long speakerId) {
        var q = write.quote();
        tx.insertInto(QUOTE)
                .set(QUOTE.ARTICLE_ID, articleId)
                .set(QUOTE.IN_TITLE, q.inTitle() ? 1 : 0)
                .set(QUOTE.START, q.start())
                .set(QUOTE.END, q.end())
                .set(QUOTE.TEXT, q.text())
                .set(QUOTE.KIND, q.kind().label())
                .set(QUOTE.SPEAKER_ID, speakerId)
                .set(QUOTE.SPEAKER_MENTION, write.mention())
                .set(QUOTE.CUE, write.cue())
                .set(QUOTE.SIEVE, write.sieve())
                .set(QUOTE.CONFIDENCE, write.confidence())
                .onConflictDoNothing()
                .execute();
    }
}
