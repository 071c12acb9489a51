package whosaid.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import whosaid.claims.Statement;
import whosaid.contradictions.ArticleRef;
import whosaid.contradictions.Contradiction;
import whosaid.contradictions.ContradictionFinder;
import whosaid.contradictions.Side;
import whosaid.ingest.Article;
import whosaid.quotes.QuoteKind;
import whosaid.text.ArticleText;
import whosaid.store.AnalysisWriter;
import whosaid.store.ArticleRow;
import whosaid.store.ContradictionWrite;
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

    /**
     * @param fresh the articles stored by this run, by row id; the older articles are read from the store
     * @return how many contradictions are listed now
     */
    public int run(Map<Long, Article> fresh) {
        return run(fresh, Map.of());
    }

    /** As {@link #run(Map)}, with the text layers this run already made for its articles (row id → layer). */
    public int run(Map<Long, Article> fresh, Map<Long, ArticleText> texts) {
        List<Long> older = new ArrayList<>();
        for (long id : reads.articleRowIds()) {
            if (!fresh.containsKey(id)) {
                older.add(id);
            }
        }
        Map<Long, Article> all = new TreeMap<>(fresh);
        for (ArticleRow row : reads.articleRows(older)) {
            all.put(row.rowId(), StoreRows.article(row.article()));
        }
        List<ArticleRef> articles = new ArrayList<>(all.size());
        all.forEach((id, article) -> articles.add(new ArticleRef(id, article)));
        Statements statements = new Statements(id -> all.containsKey(id) ? all.get(id).body() : null);
        List<Statement> said = new ArrayList<>();
        Map<Long, Long> claimOf = new HashMap<>();
        for (StoredQuote q : reads.allQuotes()) {
            if (!QuoteKind.of(q.kind()).speech()) {
                continue; // a title or a scare quote is nobody's words: two outlets quoting a show's name agree
            }
            said.add(statements.of(q));
            if (q.claimId() != null) {
                claimOf.put(q.quoteId(), q.claimId());
            }
        }
        List<Contradiction> found = new ContradictionFinder().find(articles, said, claimOf, texts);
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
