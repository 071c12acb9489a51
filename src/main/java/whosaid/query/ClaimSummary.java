package whosaid.query;

/** A claim by itself: its representative wording and the dates of its first and last report. */
public record ClaimSummary(long id, String text, String firstPublished, String lastPublished) {
}
