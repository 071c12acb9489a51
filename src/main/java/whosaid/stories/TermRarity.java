package whosaid.stories;

import java.util.Map;

/**
 * How telling a term is: inverse document frequency over the stored articles (this run's included), as if the
 * store also held {@link #BACKGROUND} articles of other news that do not use the term. In a store of a few
 * articles, all about one event, the event's names are in every article; without the background they would weigh
 * nothing and no two articles would join. In a large store the background changes little.
 *
 * @param articles how many articles the frequencies count
 * @param holding  term → how many of them hold it (terms not in the map are held by none)
 */
public record TermRarity(long articles, Map<String, Long> holding) {
    /** Articles of other news the weights assume besides the store's. */
    static final int BACKGROUND = 200;

    public double idf(String term) {
        long df = holding.getOrDefault(term, 0L);
        return Math.log((articles + BACKGROUND + 1.0) / (df + 1.0));
    }
}
