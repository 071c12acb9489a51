package whosaid.store;

/** A claim as stored: its representative wording and the dates of its first and last report. */
public record StoredClaim(long id, String text, String firstPublished, String lastPublished) {
}
