package whosaid.pipeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import whosaid.ingest.Article;
import whosaid.quotes.QuoteKind;
import whosaid.stories.StoryArticle;
import whosaid.stories.StoryAssignment;
import whosaid.stories.StoryGrouper;
import whosaid.stories.StoryIndex;
import whosaid.stories.StoryProfile;
import whosaid.stories.StoryTerms;
import whosaid.stories.TermRarity;
import whosaid.store.Reads;
import whosaid.store.StoredQuote;
import whosaid.store.StoryProfileRow;
import whosaid.store.StoryReads;
import whosaid.store.StoryWrite;
import whosaid.store.StoryWriter;
import whosaid.text.ArticleText;
import whosaid.text.TextLayer;

/**
 * Puts this run's articles into stories: the stored stories are found through the store's term index (by the new
 * articles' telling terms and dates), never read whole, and stories already made keep their articles.
 */
public final class StoryRefresh {
    private final Reads reads;
    private final StoryReads stories;
    private final StoryWriter writer;

    public StoryRefresh(Reads reads, StoryReads stories, StoryWriter writer) {
        this.reads = reads;
        this.stories = stories;
        this.writer = writer;
    }

    /**
     * @param fresh the articles stored by this run, by row id
     * @param texts their text layers where this run made them
     * @return each new article's story id
     */
    public Map<Long, Long> run(Map<Long, Article> fresh, Map<Long, ArticleText> texts) {
        if (fresh.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<String>> speakers = new HashMap<>();
        for (StoredQuote q : reads.quotesOfArticles(fresh.keySet())) {
            if (q.speaker() != null && QuoteKind.of(q.kind()).speech()) {
                speakers.computeIfAbsent(q.articleRowId(), k -> new ArrayList<>()).add(q.speaker());
            }
        }
        StoryTerms terms = new StoryTerms();
        TextLayer layer = new TextLayer();
        List<StoryArticle> articles = new ArrayList<>(fresh.size());
        Map<String, Integer> increments = new HashMap<>();
        fresh.forEach((id, a) -> {
            ArticleText text = texts.containsKey(id) ? texts.get(id) : layer.of(a.title(), a.body());
            Map<String, Integer> counts = terms.of(text, speakers.getOrDefault(id, List.of()));
            counts.keySet().forEach(t -> increments.merge(t, 1, Integer::sum));
            articles.add(new StoryArticle(id, a.title(), StoryArticle.date(a.published()), counts));
        });
        Map<String, Long> holding = new HashMap<>(stories.termFrequencies(increments.keySet()));
        increments.forEach((t, n) -> holding.merge(t, (long) n, Long::sum));
        TermRarity rarity = new TermRarity(stories.groupedArticles() + fresh.size(), holding);
        StoryIndex index = (wanted, date, days) -> {
            List<StoryProfile> out = new ArrayList<>();
            for (StoryProfileRow row : stories.storiesNear(wanted, date == null ? null : date.minusDays(days).toString(),
                    date == null ? null : date.plusDays(days).toString())) {
                out.add(new StoryProfile(row.id(), StoryArticle.date(row.firstPublished()),
                        StoryArticle.date(row.lastPublished()), row.articles(), row.terms()));
            }
            return out;
        };
        StoryGrouper grouper = new StoryGrouper(rarity, index);
        List<StoryAssignment> assigned = grouper.assign(articles);
        Map<Long, String> titles = new HashMap<>();
        fresh.forEach((id, a) -> titles.put(id, a.title()));
        Map<Long, List<StoryAssignment>> joined = new LinkedHashMap<>();
        for (StoryAssignment a : assigned) {
            joined.computeIfAbsent(a.story().id(), k -> new ArrayList<>()).add(a);
        }
        List<StoryWrite> writes = new ArrayList<>();
        List<Long> storedIds = grouper.touched().stream().map(StoryProfile::id).filter(id -> id > 0).toList();
        Map<Long, List<Long>> storedMembers = stories.members(storedIds);
        Set<Long> older = new HashSet<>();
        storedMembers.values().forEach(older::addAll);
        Map<Long, Map<String, Double>> fingerprints = new HashMap<>(stories.articleTerms(older));
        titles.putAll(stories.titles(older));
        for (StoryAssignment a : assigned) {
            fingerprints.put(a.articleId(), a.telling());
        }
        for (StoryProfile s : grouper.touched()) {
            List<StoryAssignment> mine = joined.getOrDefault(s.id(), List.of());
            List<Long> members = new ArrayList<>(storedMembers.getOrDefault(s.id(), List.of()));
            mine.forEach(a -> members.add(a.articleId()));
            Long best = representative(s, members, fingerprints, titles);
            List<StoryWrite.Member> newMembers = mine.stream()
                    .map(a -> new StoryWrite.Member(a.articleId(), a.score(), a.telling())).toList();
            writes.add(new StoryWrite(s.id(), best == null ? null : titles.get(best), best, iso(s.first()),
                    iso(s.last()), s.articles(), s.terms(), newMembers));
        }
        Map<Long, Long> ids = writer.write(writes, increments);
        Map<Long, Long> out = new HashMap<>();
        for (StoryAssignment a : assigned) {
            out.put(a.articleId(), ids.get(a.story().id()));
        }
        return out;
    }

    /** The article whose fingerprint the story's articles share most: its headline names the story. */
    private static Long representative(StoryProfile s, List<Long> members, Map<Long, Map<String, Double>> fingerprints,
                                       Map<Long, String> titles) {
        Long best = null;
        double bestScore = -1;
        for (long id : members) {
            if (titles.get(id) == null || titles.get(id).isBlank()) {
                continue;
            }
            double score = StoryGrouper.match(fingerprints.getOrDefault(id, Map.of()), s);
            if (score > bestScore) {
                best = id;
                bestScore = score;
            }
        }
        return best;
    }

    private static String iso(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
