package whosaid.store;

import whosaid.ingest.Article;

/** A stored article read back whole, with its row id, for the stages that re-read the corpus. */
public record ArticleRow(long rowId, Article article) {
}
