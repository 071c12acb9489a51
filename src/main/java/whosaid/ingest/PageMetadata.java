package whosaid.ingest;

/**
 * What a web page says about the article on it, each field from the most trustworthy place that says it: the
 * page's schema.org JSON-LD first, then OpenGraph and {@code article:*} meta tags, {@code <time datetime>} and
 * {@code rel=canonical}, then the visible headline, byline and dateline. A field no source gives is null.
 *
 * @param title           the headline
 * @param published       ISO yyyy-mm-dd
 * @param byline          the author names, "A and B"
 * @param outlet          the publisher or site name the page gives itself; the URL's host only when it gives none
 * @param url             the canonical address
 * @param language        the declared language tag, lower case ("en", "de-at"), or null when undeclared
 * @param declaresArticle whether the page's own data calls it an article or blog post (JSON-LD or og:type)
 * @param kind            what else the page declares itself to be when not an article ("video", "collection"), or null
 * @param paywalled       whether the page declares its article not free to read (schema.org isAccessibleForFree)
 */
public record PageMetadata(String title, String published, String byline, String outlet, String url,
                           String language, boolean declaresArticle, String kind, boolean paywalled) {
}
