package whosaid.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The app's own addresses, built in one place so that every id and query is encoded the same way. */
public final class Links {
    private Links() {
    }

    public static String article(String articleId) {
        return "/articles/" + segment(articleId);
    }

    /** The place of one quotation in its article. */
    public static String quote(String articleId, long quoteId) {
        return article(articleId) + "#q" + quoteId;
    }

    public static String speaker(long id) {
        return "/speakers/" + id;
    }

    public static String story(long id) {
        return "/stories/" + id;
    }

    public static String speakersNamed(String name) {
        return "/speakers?q=" + query(name);
    }

    public static String claim(long id) {
        return "/claims/" + id;
    }

    public static String check(String text) {
        return "/check?q=" + query(text);
    }

    public static String contradictionsBy(String speaker) {
        return "/contradictions?speaker=" + query(speaker);
    }

    /** The same list at another page, keeping the other parameters. */
    public static String page(String path, String query, int page) {
        String kept = query == null ? "" : query.replaceAll("(^|&)page=[^&]*", "").replaceAll("^&", "");
        return path + "?" + (kept.isEmpty() ? "" : kept + "&") + "page=" + page;
    }

    /** An article's own address, only when it is a web address: a stored "javascript:" link is never a link. */
    public static String external(String url) {
        if (url == null) {
            return null;
        }
        String lower = url.strip().toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") ? url.strip() : null;
    }

    static String query(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }

    /** A path segment: like a query value, but a space is %20 (a '+' in a path is a plus). */
    static String segment(String value) {
        return query(value).replace("+", "%20");
    }
}
