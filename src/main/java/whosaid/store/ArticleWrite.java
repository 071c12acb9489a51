package whosaid.store;

import java.util.List;

/** An analysed article, ready to store in one go. */
public record ArticleWrite(ArticleColumns article, List<QuoteWrite> quotes) {
}
