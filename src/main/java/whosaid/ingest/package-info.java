/**
 * Ingest: turns input files into {@link whosaid.ingest.Article} records, the first stage of the pipeline.
 *
 * <p>Entry points: {@link whosaid.ingest.InputFiles#expand(java.util.List)} turns command-line arguments into
 * inputs (directories walked, "-" for standard input) plus one error per unusable argument;
 * {@link whosaid.ingest.ArticleReader} reads one input into its articles (JSONL, digest or plain text) and, apart, one
 * error per bad record ({@link whosaid.ingest.FileRecords}), or throws a {@link whosaid.ingest.BadInputException} for
 * the whole file; every such message is one line, {@code FILE:LINE: reason}.
 *
 * <p>Header lines (byline, outlet, date) and the dek are recognised by shape and position only, never by lists
 * of outlets or names; see {@link whosaid.ingest.ArticleLayout} for the rules.
 *
 * <p>Web pages are read by {@link whosaid.ingest.HtmlPageReader} (declared metadata, then the story's paragraphs by
 * {@link whosaid.ingest.ArticleExtractor}); crawl archives are streamed record by record ({@code WarcReader}) and
 * handed on in batches through {@link whosaid.ingest.ArticleReader#stream}.
 */
package whosaid.ingest;
