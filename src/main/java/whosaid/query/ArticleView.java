package whosaid.query;

/**
 * An ingested article as the listing shows it. {@code articleId} is the input's own id where it gave one, else
 * whosaid's row id, as the export contract says; {@code chars} is the body's length.
 */
public record ArticleView(long rowId, String articleId, String title, String outlet, String byline,
                          String published, String url, String source, int line, int chars) {
}
