package whosaid.store;

/** A stored article read back whole, with its row id, for the stages that compare against the stored corpus. */
public record ArticleRow(long rowId, ArticleColumns article) {
}
