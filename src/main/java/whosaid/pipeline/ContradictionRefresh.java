package whosaid.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import whosaid.claims.Statement;
import whosaid.contradictions.ArticleRef;
import whosaid.contradictions.Contradiction;
import whosaid.contradictions.ContradictionFinder;
import whosaid.contradictions.Side;
import whosaid.store.AnalysisWriter;
import whosaid.store.ArticleRow;
import whosaid.store.ContradictionWrite;
import whosaid.store.QuoteFilter;
import whosaid.store.Reads;
import whosaid.store.StoredQuote;

/**
 * Recomputes the contradiction listing over the whole store. The finder blocks candidates by entity and topic,
 * so its cost grows near-linearly with the corpus; recomputing keeps the listing consistent with every article.
 */
public final class ContradictionRefresh {
    private final Reads reads;
    private final AnalysisWriter writer;

    public ContradictionRefresh(Reads reads, AnalysisWriter writer) {
        this.reads = reads;
        this.writer = writer;
    }

    /** @return how many contradictions are listed now */
    public int run() {
        List<ArticleRow> rows = reads.articleRows();
        List<ArticleRef> articles = new ArrayList<>();
        Map<Long, String> bodies = new HashMap<>();
        for (ArticleRow row : rows) {
            articles.add(new ArticleRef(row.rowId(), row.article()));
            bodies.put(row.rowId(), row.article().body());
        }
        Statements statements = new Statements(bodies::get);
        List<Statement> said = new ArrayList<>();
        Map<Long, Long> claimOf = new HashMap<>();
        for (StoredQuote q : reads.quotes(QuoteFilter.all())) {
            said.add(statements.of(q));
            if (q.claimId() != null) {
                claimOf.put(q.quoteId(), q.claimId());
            }
        }
        List<Contradiction> found = new ContradictionFinder().find(articles, said, claimOf);
        List<ContradictionWrite> writes = new ArrayList<>();
        for (Contradiction c : found) {
            writes.add(new ContradictionWrite(c.kind(), side(c.a()), side(c.b()), c.why(), c.strength()));
        }
        writer.replaceContradictions(writes);
        return writes.size();
    }

    private static ContradictionWrite.Side side(Side s) {
        return new ContradictionWrite.Side(s.articleId(), s.statementId(), s.start(), s.end(), s.text());
    }
}
