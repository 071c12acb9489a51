package whosaid.store;

import java.util.List;

import whosaid.ingest.Article;

/** An analysed article, ready to store in one go. */
public record ArticleWrite(Article article, List<QuoteWrite> quotes) {
}
