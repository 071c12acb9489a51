package whosaid.query;

import java.util.List;

/**
 * One article whole, as its page shows it: its header, the body every offset points into, and every quotation in
 * it (all kinds, title quotations first, then in text order).
 *
 * @param articleId the input's own id where it gave one, else whosaid's row id (the export contract)
 * @param storyId   the story it was grouped into, or null (not grouped yet)
 */
public record ArticleDetail(long rowId, String articleId, String title, String dek, String outlet, String byline,
                            String published, String url, String source, int line, String body,
                            List<QuoteView> quotes, Long storyId) {
    /** The article as the listing shows it (the export's fields). */
    public ArticleView view() {
        return new ArticleView(rowId, articleId, title, outlet, byline, published, url, source, line, body.length());
    }
}
