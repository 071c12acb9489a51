package whosaid.store;

/**
 * An article as stored. {@code articleId} is the input's own id where it gave one, else whosaid's row id,
 * as the export contract says.
 */
public record StoredArticle(long rowId, String articleId, String title, String outlet, String byline,
                            String published, String url, String source, int line, int chars) {
}
