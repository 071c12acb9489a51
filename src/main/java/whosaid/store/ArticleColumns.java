package whosaid.store;

/**
 * An article's own columns, as the store writes and reads them; the store's copy of what the reading stage made of
 * a file, so that the store depends on no stage. Optional fields are null when the input did not say them.
 *
 * @param externalId the id the input gave, or null
 * @param body       the text every stored offset points into
 * @param source     the file it came from, "-" for standard input
 * @param line       the 1-based line in that file where the article starts
 * @param language   the language a web page declares, or null
 * @param fetched    when a crawler fetched the page (ISO instant), or null
 */
public record ArticleColumns(String externalId, String title, String dek, String outlet, String byline,
                             String published, String url, String body, String source, int line, String language,
                             String fetched) {
    /** An article that declares no language and was not fetched by a crawler (text, digest, JSONL input). */
    public ArticleColumns(String externalId, String title, String dek, String outlet, String byline,
                          String published, String url, String body, String source, int line) {
        this(externalId, title, dek, outlet, byline, published, url, body, source, line, null, null);
    }
}
