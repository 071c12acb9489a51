package whosaid.stories;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * A story while articles are being grouped: its dates, its size and how many of its articles hold each telling
 * term. Mutable inside one grouping run only; the pipeline stores it afterwards.
 */
public final class StoryProfile {
    private final long id;
    private LocalDate first;
    private LocalDate last;
    private int articles;
    private final Map<String, Integer> terms;

    /** @param id the stored id, or a negative number for a story this run starts */
    public StoryProfile(long id, LocalDate first, LocalDate last, int articles, Map<String, Integer> terms) {
        this.id = id;
        this.first = first;
        this.last = last;
        this.articles = articles;
        this.terms = new HashMap<>(terms);
    }

    public long id() {
        return id;
    }

    public LocalDate first() {
        return first;
    }

    public LocalDate last() {
        return last;
    }

    public int articles() {
        return articles;
    }

    /** term → how many of its articles hold it among their telling terms (a copy). */
    public Map<String, Integer> terms() {
        return Map.copyOf(terms);
    }

    /** The share of its articles that hold the term. */
    double share(String term) {
        return articles == 0 ? 0 : terms.getOrDefault(term, 0) / (double) articles;
    }

    /** Whether a date falls within {@code days} of the story's dates (an undated article or story fits any). */
    boolean near(LocalDate date, int days) {
        if (date == null || first == null) {
            return true;
        }
        return !date.isBefore(first.minusDays(days)) && !date.isAfter(last.plusDays(days));
    }

    void add(LocalDate date, Iterable<String> telling) {
        articles++;
        for (String t : telling) {
            terms.merge(t, 1, Integer::sum);
        }
        if (date != null) {
            first = first == null || date.isBefore(first) ? date : first;
            last = last == null || date.isAfter(last) ? date : last;
        }
    }
}
