package whosaid.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import whosaid.store.StoryReads;

/**
 * Lists the contradictions an ingest brings: inside each story its articles joined, the new passages are compared
 * with every passage of the story (and with each other), never with the rest of the store. Listings found by
 * earlier ingests stay; the cost of an ingest grows with the stories it touches, not with the store.
 */
public final class ContradictionRefresh {
    private final Reads reads;
    private final StoryReads stories;
    private final AnalysisWriter writer;

    public ContradictionRefresh(Reads reads, StoryReads stories, AnalysisWriter writer) {
        this.reads = reads;
        this.stories = stories;
        this.writer = writer;
    }

    /**
     * @param fresh   the articles stored by this run, by row id; the older articles of their stories are read back
     * @param texts   the text layers this run made (row id → layer)
     * @param storyOf each fresh article's story
     * @return how many contradictions this run added
     */
    public int run(Map<Long, Article> fresh, Map<Long, ArticleText> texts, Map<Long, Long> storyOf) {
        Map<Long, Set<Long>> freshByStory = new TreeMap<>();
        storyOf.forEach((article, story) -> freshByStory.computeIfAbsent(story, k -> new HashSet<>()).add(article));
        Map<Long, List<Long>> members = stories.members(freshByStory.keySet());
        List<ContradictionWrite> writes = new ArrayList<>();
        ContradictionFinder finder = new ContradictionFinder();
        for (Map.Entry<Long, Set<Long>> e : freshByStory.entrySet()) {
            long story = e.getKey();
            Set<Long> mine = e.getValue();
            List<Long> ids = members.getOrDefault(story, List.copyOf(mine));
            for (Contradiction c : find(finder, ids, fresh, texts, mine)) {
                writes.add(new ContradictionWrite(c.kind(), side(c.a()), side(c.b()), c.why(), c.strength(), story));
            }
        }
        writer.addContradictions(writes);
        return writes.size();
    }

    private List<Contradiction> find(ContradictionFinder finder, List<Long> ids, Map<Long, Article> fresh,
                                     Map<Long, ArticleText> texts, Set<Long> mine) {
        Map<Long, Article> all = new TreeMap<>();
        List<Long> older = new ArrayList<>();
        for (long id : ids) {
            if (fresh.containsKey(id)) {
                all.put(id, fresh.get(id));
            } else {
                older.add(id);
            }
        }
        for (ArticleRow row : reads.articleRows(older)) {
            all.put(row.rowId(), StoreRows.article(row.article()));
        }
        List<ArticleRef> articles = new ArrayList<>(all.size());
        all.forEach((id, article) -> articles.add(new ArticleRef(id, article)));
        Statements statements = new Statements(id -> all.containsKey(id) ? all.get(id).body() : null);
        List<Statement> said = new ArrayList<>();
        Map<Long, Long> claimOf = new HashMap<>();
        for (StoredQuote q : reads.quotesOfArticles(all.keySet())) {
            if (!QuoteKind.of(q.kind()).speech()) {
                continue; // a title or a scare quote is nobody's words: two outlets quoting a show's name agree
            }
            said.add(statements.of(q));
            if (q.claimId() != null) {
                claimOf.put(q.quoteId(), q.claimId());
            }
        }
        Map<Long, ArticleText> layers = new LinkedHashMap<>();
        for (long id : all.keySet()) {
            if (texts.containsKey(id)) {
                layers.put(id, texts.get(id));
            }
        }
        return finder.find(articles, said, claimOf, layers, mine);
    }

    private static ContradictionWrite.Side side(Side s) {
        return new ContradictionWrite.Side(s.articleId(), s.statementId(), s.start(), s.end(), s.text());
    }
}
