package whosaid.stories;

import java.util.Map;

/**
 * How telling a term is: inverse document frequency over the stored articles (this run's included).
 *
 * @param articles how many articles the frequencies count
 * @param holding  term → how many of them hold it (terms not in the map are held by none)
 */
public record TermRarity(long articles, Map<String, Long> holding) {
    public double idf(String term) {
        long df = holding.getOrDefault(term, 0L);
        return Math.log((articles + 1.0) / (df + 1.0));
    }
}
