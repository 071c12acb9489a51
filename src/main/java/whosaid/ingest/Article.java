package whosaid.ingest;

/**
 * One news article as read from a file, before any analysis.
 *
 * <p>{@code body} is the text that every offset in whosaid points into; readers store it exactly as the input
 * gave it (for a digest: the body paragraphs, without title, header lines and dek). Optional fields are null
 * when the input does not say them.
 *
 * @param externalId the id the input gave (JSONL {@code id}), or null
 * @param title      the headline, or null
 * @param dek        the standfirst under the headline, not part of the body, or null
 * @param outlet     the outlet as the article names it, or null when unknown
 * @param byline     the author names, cleaned ("A and B"), or null
 * @param published  ISO date yyyy-mm-dd, or null
 * @param url        or null
 * @param body       the article text
 * @param source     the file it came from, "-" for standard input
 * @param line       the 1-based line in that file where the article starts (for a crawl archive: the record's
 *                   number in the file)
 * @param language   the language the page declares ("en", "fr-ca"), or null when the input does not say
 * @param fetched    when a crawler fetched the page (ISO instant, a WARC record's date), or null
 */
// Serializable: the Spark job (whosaid.spark) ships it from the machine that analysed it to the one that stores it.
public record Article(String externalId, String title, String dek, String outlet, String byline,
                      String published, String url, String body, String source, int line, String language,
                      String fetched) implements java.io.Serializable {
    public Article {
        if (body == null) {
            throw new IllegalArgumentException("an article needs a body");
        }
    }

    /** An article from an input that declares no language and no fetch time (text, digest, JSONL). */
    public Article(String externalId, String title, String dek, String outlet, String byline, String published,
                   String url, String body, String source, int line) {
        this(externalId, title, dek, outlet, byline, published, url, body, source, line, null, null);
    }
}
