package whosaid.query;

/** A listed contradiction with both sides' evidence. */
public record ContradictionView(long id, String kind, Side a, Side b, String why, double strength, Long storyId) {
    public ContradictionView(long id, String kind, Side a, Side b, String why, double strength) {
        this(id, kind, a, b, why, strength, null);
    }

    /** One side: the words, who said them (when it is a quote), and where they stand. */
    public record Side(Long quoteId, long articleRowId, String articleId, String articleTitle, String outlet,
                       String published, String speaker, String text, int start, int end) {
    }
}
