package whosaid.pipeline;

import java.util.List;

import whosaid.ingest.Article;

/** One article as the analysis left it: its quotations and reported statements, attributed and linked. */
public record AnalysedArticle(Article article, List<AnalysedQuote> quotes) {
}
