package whosaid.store;

import static whosaid.store.schema.Tables.ARTICLE;
import static whosaid.store.schema.Tables.CLAIM;
import static whosaid.store.schema.Tables.CONTRADICTION;
import static whosaid.store.schema.Tables.QUOTE;

import java.util.List;

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
        guarded(() -> database.dsl().transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            for (ClaimWrite claim : claims) {
                long id = claim.claimId();
                if (id < 0) {
                    id = tx.insertInto(CLAIM).set(CLAIM.TEXT, claim.text()).returningResult(CLAIM.ID)
                            .fetchOne(CLAIM.ID);
                } else {
                    tx.update(CLAIM).set(CLAIM.TEXT, claim.text()).where(CLAIM.ID.eq(id)).execute();
                }
                if (!claim.quoteIds().isEmpty()) {
                    tx.update(QUOTE).set(QUOTE.CLAIM_ID, id).where(QUOTE.ID.in(claim.quoteIds())).execute();
                }
                var dates = tx.select(DSL.min(ARTICLE.PUBLISHED), DSL.max(ARTICLE.PUBLISHED))
                        .from(QUOTE).join(ARTICLE).on(ARTICLE.ID.eq(QUOTE.ARTICLE_ID))
                        .where(QUOTE.CLAIM_ID.eq(id)).fetchOne();
                tx.update(CLAIM).set(CLAIM.FIRST_PUBLISHED, dates.value1()).set(CLAIM.LAST_PUBLISHED, dates.value2())
                        .where(CLAIM.ID.eq(id)).execute();
            }
        }));
    }

    /** Replaces every stored contradiction with these, in one transaction. */
    public void replaceContradictions(List<ContradictionWrite> contradictions) {
        guarded(() -> database.dsl().transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            tx.deleteFrom(CONTRADICTION).execute();
            for (ContradictionWrite c : contradictions) {
                tx.insertInto(CONTRADICTION)
                        .set(CONTRADICTION.KIND, c.kind())
                        .set(CONTRADICTION.A_ARTICLE_ID, c.a().articleRowId())
                        .set(CONTRADICTION.A_QUOTE_ID, c.a().quoteId())
                        .set(CONTRADICTION.A_START, c.a().start())
                        .set(CONTRADICTION.A_END, c.a().end())
                        .set(CONTRADICTION.A_TEXT, c.a().text())
                        .set(CONTRADICTION.B_ARTICLE_ID, c.b().articleRowId())
                        .set(CONTRADICTION.B_QUOTE_ID, c.b().quoteId())
                        .set(CONTRADICTION.B_START, c.b().start())
                        .set(CONTRADICTION.B_END, c.b().end())
                        .set(CONTRADICTION.B_TEXT, c.b().text())
                        .set(CONTRADICTION.WHY, c.why())
                        .set(CONTRADICTION.STRENGTH, c.strength())
                        .execute();
            }
        }));
    }

    private void guarded(Runnable write) {
        try {
            write.run();
        } catch (DataAccessException e) {
            throw new StoreException("cannot write to " + database.file() + ": " + Database.firstLine(e.getMessage()), e);
        }
    }
}
