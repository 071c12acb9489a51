package whosaid.store;

import static whosaid.store.schema.Tables.ARTICLE;
import static whosaid.store.schema.Tables.CLAIM;
import static whosaid.store.schema.Tables.CONTRADICTION;
import static whosaid.store.schema.Tables.QUOTE;

import java.util.ArrayList;
import java.util.List;

import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/** Writes what the stages after attribution derive from the stored quotes: claims and contradictions. */
public final class AnalysisWriter {
    private final Database database;

    public AnalysisWriter(Database database) {
        this.database = database;
    }

    /** Creates new claims, moves quotes under their claims, and refreshes each touched claim's wording and dates. */
    public void writeClaims(List<ClaimWrite> claims) {
        guarded(() -> database.write(tx -> write(tx, claims)));
    }

    /**
     * Replaces every claim of the store with these (each a new claim: give every one a negative provisional id), in
     * one transaction: a failure leaves the old claims as they were.
     */
    public void replaceClaims(List<ClaimWrite> claims) {
        guarded(() -> database.write(tx -> {
            tx.update(QUOTE).set(QUOTE.CLAIM_ID, (Long) null).where(QUOTE.CLAIM_ID.isNotNull()).execute();
            tx.deleteFrom(CLAIM).execute();
            write(tx, claims);
        }));
    }

    private static void write(DSLContext tx, List<ClaimWrite> claims) {
        {
            BatchBindStep texts = tx.batch(tx.update(CLAIM).set(CLAIM.TEXT, (String) null)
                    .where(CLAIM.ID.eq((Long) null)));
            int textRows = 0;
            List<Long> touched = new ArrayList<>(claims.size());
            for (ClaimWrite claim : claims) {
                long id = claim.claimId();
                if (id < 0) {
                    id = tx.insertInto(CLAIM).set(CLAIM.TEXT, claim.text()).returningResult(CLAIM.ID)
                            .fetchOne(CLAIM.ID);
                } else {
                    texts.bind(claim.text(), id);
                    textRows++;
                }
                if (!claim.quoteIds().isEmpty()) {
                    tx.update(QUOTE).set(QUOTE.CLAIM_ID, id).where(QUOTE.ID.in(claim.quoteIds())).execute();
                }
                touched.add(id);
            }
            if (textRows > 0) {
                texts.execute();
            }
            // The dates last, once every quote is under its claim; one prepared statement for all touched claims.
            var first = DSL.select(DSL.min(ARTICLE.PUBLISHED)).from(QUOTE).join(ARTICLE).on(ARTICLE.ID.eq(QUOTE.ARTICLE_ID))
                    .where(QUOTE.CLAIM_ID.eq(CLAIM.ID));
            var last = DSL.select(DSL.max(ARTICLE.PUBLISHED)).from(QUOTE).join(ARTICLE).on(ARTICLE.ID.eq(QUOTE.ARTICLE_ID))
                    .where(QUOTE.CLAIM_ID.eq(CLAIM.ID));
            BatchBindStep dates = tx.batch(tx.update(CLAIM)
                    .set(CLAIM.FIRST_PUBLISHED, first)
                    .set(CLAIM.LAST_PUBLISHED, last)
                    .where(CLAIM.ID.eq((Long) null)));
            for (long id : touched) {
                dates.bind(id);
            }
            if (!touched.isEmpty()) {
                dates.execute();
            }
        }
    }

    /**
     * Adds contradictions found by an ingest, in one transaction, as one batch. An ingest lists only pairs with a
     * side in its own articles, so what is stored already stays as it is.
     */
    public void addContradictions(List<ContradictionWrite> contradictions) {
        guarded(() -> database.write(tx -> {
            if (contradictions.isEmpty()) {
                return;
            }
            BatchBindStep batch = tx.batch(tx.insertInto(CONTRADICTION, CONTRADICTION.KIND,
                    CONTRADICTION.A_ARTICLE_ID, CONTRADICTION.A_QUOTE_ID, CONTRADICTION.A_START, CONTRADICTION.A_END,
                    CONTRADICTION.A_TEXT, CONTRADICTION.B_ARTICLE_ID, CONTRADICTION.B_QUOTE_ID, CONTRADICTION.B_START,
                    CONTRADICTION.B_END, CONTRADICTION.B_TEXT, CONTRADICTION.WHY, CONTRADICTION.STRENGTH,
                    CONTRADICTION.STORY_ID)
                    .values((String) null, null, null, null, null, null, null, null, null, null, null, null, null, null));
            for (ContradictionWrite c : contradictions) {
                batch.bind(c.kind(), c.a().articleRowId(), c.a().quoteId(), c.a().start(), c.a().end(), c.a().text(),
                        c.b().articleRowId(), c.b().quoteId(), c.b().start(), c.b().end(), c.b().text(), c.why(),
                        c.strength(), c.storyId());
            }
            batch.execute();
        }));
    }

    private void guarded(Runnable write) {
        try {
            write.run();
        } catch (DataAccessException e) {
            throw new StoreException("cannot write to " + database.location() + ": " + Database.firstLine(e.getMessage()), e);
        }
    }
}
