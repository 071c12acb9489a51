package whosaid.store;

/** A contradiction to store; each side points at its article (row id) and, when it is a quote, the quote; storyId is the story both sides belong to. */
public record ContradictionWrite(String kind, Side a, Side b, String why, double strength, Long storyId) {
    public record Side(long articleRowId, Long quoteId, int start, int end, String text) {
    }
}
