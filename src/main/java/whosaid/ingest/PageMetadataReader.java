package whosaid.ingest;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads a page's {@link PageMetadata}. Declared data comes first because it is written for machines and names the
 * article itself, where the visible page also shows other stories' headlines, dates and authors; the visible
 * headline (h1), byline and dateline are the fallback for pages that declare nothing.
 */
final class PageMetadataReader {
    /** Separators between a headline and the site name in a page title: "Headline | The Courier", "Headline - Site". */
    private static final Pattern TITLE_SUFFIX = Pattern.compile("\\s+[|\\-–—:·»]\\s+");
    private static final String PUBLISHED_META = String.join(",",
            "meta[property=article:published_time]", "meta[property=og:published_time]",
            "meta[name=article:published_time]", "meta[itemprop=datePublished]", "meta[name=pubdate]",
            "meta[name=publishdate]", "meta[name=publish-date]", "meta[name=date]", "meta[name=dc.date]",
            "meta[name=dc.date.issued]", "meta[name=dcterms.created]", "meta[name=parsely-pub-date]",
            "meta[name=sailthru.date]");
    private static final String VISIBLE_BYLINE = String.join(",", "[itemprop=author]", "[rel=author]",
            "[class~=(?i)byline]", "[class~=(?i)(^|[-_ ])author(s)?([-_ ]name)?$]", "address");
    private static final String VISIBLE_DATE = "[class~=(?i)(dateline|timestamp|publish|pubdate|(^|[-_ ])date)]";

    private final DateParser dates;
    private final HeaderLines header;

    PageMetadataReader(DateParser dates, HeaderLines header) {
        this.dates = dates;
        this.header = header;
    }

    /** @param address where the page came from (a WARC record's target), or null */
    PageMetadata read(Document page, String address) {
        JsonLd data = JsonLd.of(page);
        JsonNode article = data.article();
        String siteName = outlet(page, data, article);
        String title = firstNonNull(JsonLd.text(article, "headline"), meta(page, "meta[property=og:title]"),
                meta(page, "meta[name=twitter:title]"), visibleHeadline(page), pageTitle(page, siteName));
        String published = firstNonNull(date(JsonLd.text(article, "datePublished")),
                date(JsonLd.text(article, "dateCreated")), date(meta(page, PUBLISHED_META)), timeElement(page),
                visibleDate(page));
        String byline = firstNonNull(authors(JsonLd.names(article, "author")), metaAuthor(page), visibleByline(page));
        String url = firstNonNull(absolute(JsonLd.text(article, "url")), absolute(attr(page, "link[rel=canonical]",
                "abs:href")), absolute(meta(page, "meta[property=og:url]")), address);
        if (siteName == null) {
            siteName = host(url != null ? url : address);
        }
        String kind = kind(page, data, article);
        boolean declaresArticle = article != null
                || lower(meta(page, "meta[property=og:type]")).equals("article");
        boolean paywalled = article != null && article.has("isAccessibleForFree")
                && lower(article.get("isAccessibleForFree").asText()).equals("false");
        return new PageMetadata(clean(title), published, byline, clean(siteName), url, language(page, article),
                declaresArticle, kind, paywalled);
    }

    private static String outlet(Document page, JsonLd data, JsonNode article) {
        String publisher = JsonLd.text(article, "publisher");
        if (publisher != null && !publisher.startsWith("http") && !publisher.startsWith("#")) {
            return publisher;
        }
        JsonNode site = data.first("WebSite", "NewsMediaOrganization", "Organization");
        return firstNonNull(meta(page, "meta[property=og:site_name]"), meta(page, "meta[name=application-name]"),
                site == null ? null : JsonLd.text(site, "name"));
    }

    /** What the page is when it says it is not an article: a video page or a collection (section front). */
    private static String kind(Document page, JsonLd data, JsonNode article) {
        if (article != null) {
            return null;
        }
        String ogType = lower(meta(page, "meta[property=og:type]"));
        if (ogType.startsWith("video") || data.first("VideoObject") != null) {
            return "video";
        }
        if (data.first("CollectionPage", "ItemList") != null) {
            return "collection";
        }
        return null;
    }

    private static String language(Document page, JsonNode article) {
        String lang = firstNonNull(JsonLd.text(article, "inLanguage"), attr(page, "html", "lang"),
                meta(page, "meta[http-equiv~=(?i)content-language]"), meta(page, "meta[property=og:locale]"));
        if (lang == null) {
            return null;
        }
        String tag = lang.strip().replace('_', '-').toLowerCase(Locale.ROOT);
        return tag.matches("[a-z]{2,3}(-[a-z0-9]{2,8})*") ? tag : null;
    }

    private String date(String text) {
        return text == null ? null : dates.toIso(text.strip()).orElse(null);
    }

    private String timeElement(Document page) {
        Element scope = articleScope(page);
        Element time = scope.selectFirst("time[pubdate][datetime]");
        if (time == null) {
            time = scope.selectFirst("time[datetime]");
        }
        return time == null ? null : date(time.attr("datetime"));
    }

    private String visibleDate(Document page) {
        for (Element e : articleScope(page).select(VISIBLE_DATE)) {
            String d = date(e.text());
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    private static String visibleHeadline(Document page) {
        Element h1 = articleScope(page).selectFirst("h1");
        if (h1 == null) {
            h1 = page.selectFirst("h1");
        }
        return h1 == null || h1.text().isBlank() ? null : h1.text();
    }

    /** The document title without the site name that pages append to it. */
    private static String pageTitle(Document page, String siteName) {
        String title = page.title();
        if (title.isBlank()) {
            return null;
        }
        String[] parts = TITLE_SUFFIX.split(title);
        if (parts.length > 1 && siteName != null) {
            String last = parts[parts.length - 1].strip();
            if (last.equalsIgnoreCase(siteName.strip())) {
                return title.substring(0, title.lastIndexOf(last)).replaceAll("\\s+[|\\-–—:·»]\\s*$", "");
            }
        }
        return title;
    }

    private String metaAuthor(Document page) {
        List<String> names = new ArrayList<>();
        for (Element e : page.select("meta[name=author], meta[property=article:author], meta[name=byl]")) {
            String v = e.attr("content").strip();
            // article:author is often the author's profile address, which names nobody
            if (!v.isEmpty() && !v.contains("://") && !v.startsWith("www.") && !names.contains(v)) {
                names.add(v);
            }
        }
        return names.isEmpty() ? null : header.cleanByline(names.size() == 1 ? names.get(0) : join(names));
    }

    private String visibleByline(Document page) {
        for (Element e : articleScope(page).select(VISIBLE_BYLINE)) {
            String text = e.text().strip();
            if (text.isEmpty() || text.length() > 120) {
                continue;
            }
            String cleaned = header.cleanByline(text.replaceFirst("(?i)^(written |posted )?by\\s+", "By "));
            if (cleaned != null && Character.isUpperCase(cleaned.codePointAt(0))) {
                return cleaned;
            }
        }
        return null;
    }

    private String authors(List<String> names) {
        List<String> kept = new ArrayList<>();
        for (String n : names) {
            if (!n.contains("://") && !kept.contains(n)) {
                kept.add(n);
            }
        }
        return kept.isEmpty() ? null : header.cleanByline(join(kept));
    }

    private static String join(List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /** The page's article element when it has one, else its main element, else the whole page. */
    private static Element articleScope(Document page) {
        Element scope = page.selectFirst("article, [itemtype~=(?i)schema.org/(News)?Article], main, [role=main]");
        return scope != null ? scope : page;
    }

    private static String meta(Document page, String selector) {
        Element e = page.selectFirst(selector);
        return e == null || e.attr("content").isBlank() ? null : e.attr("content").strip();
    }

    private static String attr(Document page, String selector, String attribute) {
        Element e = page.selectFirst(selector);
        return e == null || e.attr(attribute).isBlank() ? null : e.attr(attribute).strip();
    }

    private static String absolute(String url) {
        return url != null && (url.startsWith("http://") || url.startsWith("https://")) ? url : null;
    }

    /** "www.dailycourier.example" gives "dailycourier.example"; only for pages that do not name themselves. */
    private static String host(String url) {
        if (url == null) {
            return null;
        }
        try {
            String host = URI.create(url).getHost();
            return host == null ? null : host.replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = Parser.unescapeEntities(s, false).replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
        return t.isEmpty() ? null : t;
    }

    private static String lower(String s) {
        return s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
