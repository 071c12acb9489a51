package whosaid.stories;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups articles into stories, incrementally: each new article (oldest first) joins the story of its window of
 * days whose articles share most of its telling terms, or starts a story when none shares enough. Stored stories
 * are found through a {@link StoryIndex} (by term and date), never by reading every story, and no story already
 * made is regrouped.
 *
 * <p>An article's telling terms are its {@link #TELLING} terms of highest weight: how often it uses the term
 * (damped) times how rare the term is across the store, names and quoted people counting more than words, since
 * reports of one event name the same people and places. Its match with a story is the weighted share of those
 * terms the story's articles hold, each by the share of the story's articles that hold it. A term no other
 * article of the store holds cannot be shared, so it weighs in neither side of that share: otherwise an article
 * rich in rare words (a long feature, an unusual name) could join nothing, however many names it shares.
 */
public final class StoryGrouper {
    /** How many terms make an article's fingerprint. */
    static final int TELLING = 40;
    /** Days before a story's first article or after its last in which a new article may still join it. */
    public static final int WINDOW_DAYS = 3;
    /** The least match for an article to join a story. */
    static final double JOIN = 0.12;
    /** The least number of telling terms shared with a story, names among them. */
    private static final int MIN_SHARED = 4;
    private static final double NAME_BOOST = 1.5;

    private final TermRarity rarity;
    private final StoryIndex index;
    private final double join;
    /** The stories touched or made in this run, by id (made ones negative). */
    private final Map<Long, StoryProfile> known = new LinkedHashMap<>();
    /** In-run inverted index of the stories above: term → story ids. */
    private final Map<String, Set<Long>> byTerm = new HashMap<>();
    private long nextNewId = -1;

    public StoryGrouper(TermRarity rarity, StoryIndex index) {
        this(rarity, index, JOIN);
    }

    StoryGrouper(TermRarity rarity, StoryIndex index, double join) {
        this.rarity = rarity;
        this.index = index;
        this.join = join;
    }

    /** Assigns every article, oldest first (undated ones last), and returns where each went, in that order. */
    public List<StoryAssignment> assign(List<StoryArticle> articles) {
        List<StoryArticle> ordered = new ArrayList<>(articles);
        ordered.sort(Comparator.comparing(StoryArticle::published, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingLong(StoryArticle::articleId));
        List<StoryAssignment> out = new ArrayList<>(ordered.size());
        for (StoryArticle a : ordered) {
            out.add(assign(a));
        }
        return out;
    }

    /** The stories touched or started by this run. */
    public List<StoryProfile> touched() {
        return List.copyOf(known.values());
    }

    /** The weighted telling terms of an article. */
    public Map<String, Double> telling(StoryArticle a) {
        List<Map.Entry<String, Double>> weighted = new ArrayList<>();
        for (Map.Entry<String, Integer> e : a.terms().entrySet()) {
            double w = (1 + Math.log(e.getValue())) * rarity.idf(e.getKey());
            if (!e.getKey().isEmpty() && (e.getKey().startsWith(StoryTerms.NAME) || e.getKey().startsWith(StoryTerms.SPEAKER))) {
                w *= NAME_BOOST;
            }
            if (w > 0) {
                weighted.add(Map.entry(e.getKey(), w));
            }
        }
        weighted.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        Map<String, Double> out = new LinkedHashMap<>();
        for (Map.Entry<String, Double> e : weighted.subList(0, Math.min(TELLING, weighted.size()))) {
            out.put(e.getKey(), e.getValue());
        }
        return out;
    }

    /** How well a fingerprint matches a story: the weighted share of its terms the story's articles hold. */
    public static double match(Map<String, Double> telling, StoryProfile story) {
        return match(telling, story, null);
    }

    /** As {@link #match(Map, StoryProfile)}, not counting the terms no other article holds (when rarity is given). */
    static double match(Map<String, Double> telling, StoryProfile story, TermRarity rarity) {
        double all = 0;
        double shared = 0;
        int sharedTerms = 0;
        boolean sharedName = false;
        for (Map.Entry<String, Double> e : telling.entrySet()) {
            if (rarity != null && rarity.holding().getOrDefault(e.getKey(), 0L) <= 1) {
                continue;
            }
            all += e.getValue();
            double share = story.share(e.getKey());
            if (share > 0) {
                shared += e.getValue() * share;
                sharedTerms++;
                // a person quoted in both is as telling as a name both use: reports of one event quote its people
                sharedName |= e.getKey().startsWith(StoryTerms.NAME) || e.getKey().startsWith(StoryTerms.SPEAKER);
            }
        }
        if (all == 0 || sharedTerms < MIN_SHARED || !sharedName) {
            return 0;
        }
        return shared / all;
    }

    private StoryAssignment assign(StoryArticle a) {
        Map<String, Double> telling = telling(a);
        for (StoryProfile stored : index.near(telling.keySet(), a.published(), WINDOW_DAYS)) {
            if (!known.containsKey(stored.id())) {
                remember(stored, stored.terms().keySet());
            }
        }
        Set<Long> candidates = new HashSet<>();
        for (String t : telling.keySet()) {
            candidates.addAll(byTerm.getOrDefault(t, Set.of()));
        }
        StoryProfile best = null;
        double bestScore = 0;
        for (long id : candidates) {
            StoryProfile s = known.get(id);
            if (!s.near(a.published(), WINDOW_DAYS)) {
                continue;
            }
            double score = match(telling, s, rarity);
            if (score > bestScore || (score == bestScore && best != null && s.id() < best.id())) {
                best = s;
                bestScore = score;
            }
        }
        if (best == null || bestScore < join) {
            best = new StoryProfile(nextNewId--, null, null, 0, Map.of());
            bestScore = 1;
        }
        best.add(a.published(), telling.keySet());
        remember(best, telling.keySet());
        return new StoryAssignment(a.articleId(), best, bestScore, telling);
    }

    private void remember(StoryProfile s, Iterable<String> terms) {
        known.put(s.id(), s);
        for (String t : terms) {
            byTerm.computeIfAbsent(t, k -> new HashSet<>()).add(s.id());
        }
    }
}
