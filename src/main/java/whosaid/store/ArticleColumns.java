package whosaid.store;

/**
 * An article's own columns, as the store writes and reads them; the store's copy of what the reading stage made of
 * a file, so that the store depends on no stage. Optional fields are null when the input did not say them.
 *
 * @param externalId the id the input gave, or null
 * @param body       the text every stored offset points into
 * @param source     the file it came from, "-" for standard input
 * @param line       the 1-based line in that file where the article starts
 */
public record ArticleColumns(String externalId, String title, String dek, String outlet, String byline,
                             String published, String url, String body, String source, int line) {
}
