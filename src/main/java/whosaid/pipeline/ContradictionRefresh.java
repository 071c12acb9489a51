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
     * One story's share of the search, everything the finder reads: the story's articles, what was said in them
     * (titles and scare quotes left out) with each statement's claim, and which articles are this run's. A pure
     * input: the Spark job ships it to an executor.
     */
    // Serializable: the Spark job (whosaid.spark) searches the stories on its executors.
    public record StoryPassages(long story, List<ArticleRef> articles, List<Statement> said, Map<Long, Long> claimOf,
                                Set<Long> fresh) implements java.io.Serializable {
    }

    /**
     * Searches stories for contradictions, one list a story in the stories' order: by default here, one story after
     * another ({@link #HERE}); the Spark job spreads the stories over its executors.
     */
    @FunctionalInterface
    public interface Search {
        /** @param texts the text layers this run made (row id → layer); an article without one gets it made */
        List<List<Contradiction>> find(List<StoryPassages> stories, Map<Long, ArticleText> texts);
    }

    /** Every story in turn, on this thread, with one finder. */
    public static final Search HERE = (stories, texts) -> {
        ContradictionFinder finder = new ContradictionFinder();
        List<List<Contradiction>> out = new ArrayList<>(stories.size());
        for (StoryPassages s : stories) {
            out.add(find(finder, s, texts));
        }
        return out;
    };

    /** One story's contradictions: a pure function of its passages (the layers only spare splitting again). */
    public static List<Contradiction> find(ContradictionFinder finder, StoryPassages story,
                                           Map<Long, ArticleText> texts) {
        Map<Long, ArticleText> layers = new LinkedHashMap<>();
        for (ArticleRef a : story.articles()) {
            if (texts.containsKey(a.articleId())) {
                layers.put(a.articleId(), texts.get(a.articleId()));
            }
        }
        return finder.find(story.articles(), story.said(), story.claimOf(), layers, story.fresh());
    }

    /**
     * @param fresh   the articles stored by this run, by row id; the older articles of their stories are read back
     * @param texts   the text layers this run made (row id → layer)
     * @param storyOf each fresh article's story
     * @return how many contradictions this run added
     */
    public int run(Map<Long, Article> fresh, Map<Long, ArticleText> texts, Map<Long, Long> storyOf) {
        return run(fresh, texts, storyOf, HERE);
    }

    /** As {@link #run(Map, Map, Map)}, the stories searched by {@code search}. */
    public int run(Map<Long, Article> fresh, Map<Long, ArticleText> texts, Map<Long, Long> storyOf, Search search) {
        Map<Long, Set<Long>> freshByStory = new TreeMap<>();
        storyOf.forEach((article, story) -> freshByStory.computeIfAbsent(story, k -> new HashSet<>()).add(article));
        Map<Long, List<Long>> members = stories.members(freshByStory.keySet());
        List<StoryPassages> passages = new ArrayList<>(freshByStory.size());
        for (Map.Entry<Long, Set<Long>> e : freshByStory.entrySet()) {
            long story = e.getKey();
            Set<Long> mine = e.getValue();
            List<Long> ids = members.getOrDefault(story, List.copyOf(mine));
            passages.add(passages(story, ids, fresh, mine));
        }
        List<List<Contradiction>> found = search.find(passages, texts);
        List<ContradictionWrite> writes = new ArrayList<>();
        for (int i = 0; i < passages.size(); i++) {
            for (Contradiction c : found.get(i)) {
                writes.add(new ContradictionWrite(c.kind(), side(c.a()), side(c.b()), c.why(), c.strength(),
                        passages.get(i).story()));
            }
        }
        writer.addContradictions(writes);
        return writes.size();
    }

    private StoryPassages passages(long story, List<Long> ids, Map<Long, Article> fresh, Set<Long> mine) {
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
        return new StoryPassages(story, articles, said, claimOf, new HashSet<>(mine));
    }

    private static ContradictionWrite.Side side(Side s) {
        return new ContradictionWrite.Side(s.articleId(), s.statementId(), s.start(), s.end(), s.text());
    }
}
