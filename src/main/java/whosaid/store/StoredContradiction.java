package whosaid.store;

/** A stored contradiction with both sides' evidence and the story it was found in (null before stories). */
public record StoredContradiction(long id, String kind, Side a, Side b, String why, double strength,
                                  Long storyId) {
    /** One side: the words, who said them (when it is a quote), and where they stand. */
    public record Side(Long quoteId, long articleRowId, String articleId, String articleTitle, String outlet,
                       String published, String speaker, String text, int start, int end) {
    }
}
