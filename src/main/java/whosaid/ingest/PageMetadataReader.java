package whosaid.ingest;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Reads a page's {@link PageMetadata}. Declared data comes first because it is written for machines and names the
 * article itself, where the visible page also shows other stories' headlines, dates and authors; the visible
 * headline (h1), byline and dateline are the fallback for pages that declare nothing.
 */
final class PageMetadataReader {
    /** Separators between a headline and the site name in a page title: "Headline | The Courier", "Headline - Site". */
    private static final Pattern TITLE_SUFFIX = Pattern.compile("\\s+[|\\-–—:·»]\\s+");
    private static final Evaluator PUBLISHED_META = QueryParser.parse(String.join(",",
            "meta[property=article:published_time]", "meta[property=og:published_time]",
            "meta[name=article:published_time]", "meta[itemprop=datePublished]", "meta[name=pubdate]",
            "meta[name=publishdate]", "meta[name=publish-date]", "meta[name=date]", "meta[name=dc.date]",
            "meta[name=dc.date.issued]", "meta[name=dcterms.created]", "meta[name=parsely-pub-date]",
            "meta[name=sailthru.date]"));
    private static final Evaluator VISIBLE_BYLINE = new AnyOf(QueryParser.parse("[itemprop=author], [rel=author], address"),
            new AttributeWords("class", List.of("byline", "author"),
                    "[class~=(?i)byline], [class~=(?i)(^|[-_ ])author(s)?([-_ ]name)?$]"));
    private static final Evaluator VISIBLE_DATE = new AttributeWords("class", List.of("date", "timestamp", "publish"),
            "[class~=(?i)(dateline|timestamp|publish|pubdate|(^|[-_ ])date)]");
    private static final Evaluator ARTICLE_SCOPE = new AnyOf(QueryParser.parse("article, main, [role=main]"),
            new AttributeWords("itemtype", List.of("article"), "[itemtype~=(?i)schema.org/(News)?Article]"));
    private static final Evaluator OG_TITLE = QueryParser.parse("meta[property=og:title]");
    private static final Evaluator TWITTER_TITLE = QueryParser.parse("meta[name=twitter:title]");
    private static final Evaluator OG_URL = QueryParser.parse("meta[property=og:url]");
    private static final Evaluator OG_TYPE = QueryParser.parse("meta[property=og:type]");
    private static final Evaluator OG_SITE_NAME = QueryParser.parse("meta[property=og:site_name]");
    private static final Evaluator APPLICATION_NAME = QueryParser.parse("meta[name=application-name]");
    private static final Evaluator CONTENT_LANGUAGE = QueryParser.parse("meta[http-equiv~=(?i)content-language]");
    private static final Evaluator OG_LOCALE = QueryParser.parse("meta[property=og:locale]");
    private static final Evaluator META_AUTHOR =
            QueryParser.parse("meta[name=author], meta[property=article:author], meta[name=byl]");
    private static final Evaluator CANONICAL = QueryParser.parse("link[rel=canonical]");
    private static final Evaluator HTML = QueryParser.parse("html");

    private final DateParser dates;
    private final HeaderLines header;

    PageMetadataReader(DateParser dates, HeaderLines header) {
        this.dates = dates;
        this.header = header;
    }

    /** @param address where the page came from (a WARC record's target), or null */
    PageMetadata read(Document page, String address) {
        Page p = new Page(page);
        JsonLd data = JsonLd.of(page);
        JsonNode article = data.article();
        String siteName = outlet(p, data, article);
        // each source is read only when the ones before it said nothing: the visible ones walk the whole page
        String title = first(() -> JsonLd.text(article, "headline"), () -> p.meta(OG_TITLE),
                () -> p.meta(TWITTER_TITLE), () -> visibleHeadline(p), () -> pageTitle(page, siteName));
        String published = first(() -> date(JsonLd.text(article, "datePublished")),
                () -> date(JsonLd.text(article, "dateCreated")), () -> date(p.meta(PUBLISHED_META)),
                () -> timeElement(p), () -> visibleDate(p));
        String byline = first(() -> authors(JsonLd.names(article, "author")), () -> metaAuthor(p),
                () -> visibleByline(p));
        String url = first(() -> absolute(JsonLd.text(article, "url")),
                () -> absolute(attr(page, CANONICAL, "abs:href")), () -> absolute(p.meta(OG_URL)), () -> address);
        String outlet = siteName != null ? siteName : host(url != null ? url : address);
        String kind = kind(p, data, article);
        boolean declaresArticle = article != null || lower(p.meta(OG_TYPE)).equals("article");
        boolean paywalled = article != null && article.has("isAccessibleForFree")
                && lower(article.get("isAccessibleForFree").asText()).equals("false");
        return new PageMetadata(clean(title), published, byline, clean(outlet), url, language(p, article),
                declaresArticle, kind, paywalled);
    }

    /**
     * The page with what several sources look up: its meta elements (collected in one walk, in page order) and its
     * article scope (found once, when first asked for).
     */
    private static final class Page {
        final Document document;
        private final Elements metas;
        private Element scope;

        Page(Document document) {
            this.document = document;
            this.metas = document.getElementsByTag("meta");
        }

        /** The content of the first meta element {@code selector} matches, or null. */
        String meta(Evaluator selector) {
            for (Element e : metas) {
                if (e.is(selector)) {
                    return e.attr("content").isBlank() ? null : e.attr("content").strip();
                }
            }
            return null;
        }

        List<Element> metas(Evaluator selector) {
            List<Element> out = new ArrayList<>();
            for (Element e : metas) {
                if (e.is(selector)) {
                    out.add(e);
                }
            }
            return out;
        }

        Element scope() {
            if (scope == null) {
                scope = articleScope(document);
            }
            return scope;
        }
    }

    private static String outlet(Page page, JsonLd data, JsonNode article) {
        String publisher = JsonLd.text(article, "publisher");
        if (publisher != null && !publisher.startsWith("http") && !publisher.startsWith("#")) {
            return publisher;
        }
        JsonNode site = data.first("WebSite", "NewsMediaOrganization", "Organization");
        return first(() -> page.meta(OG_SITE_NAME), () -> page.meta(APPLICATION_NAME),
                () -> site == null ? null : JsonLd.text(site, "name"));
    }

    /** What the page is when it says it is not an article: a video page or a collection (section front). */
    private static String kind(Page page, JsonLd data, JsonNode article) {
        if (article != null) {
            return null;
        }
        String ogType = lower(page.meta(OG_TYPE));
        if (ogType.startsWith("video") || data.first("VideoObject") != null) {
            return "video";
        }
        if (data.first("CollectionPage", "ItemList") != null) {
            return "collection";
        }
        return null;
    }

    private static String language(Page page, JsonNode article) {
        String lang = first(() -> JsonLd.text(article, "inLanguage"), () -> attr(page.document, HTML, "lang"),
                () -> page.meta(CONTENT_LANGUAGE), () -> page.meta(OG_LOCALE));
        if (lang == null) {
            return null;
        }
        String tag = lang.strip().replace('_', '-').toLowerCase(Locale.ROOT);
        return tag.matches("[a-z]{2,3}(-[a-z0-9]{2,8})*") ? tag : null;
    }

    private String date(String text) {
        return text == null ? null : dates.toIso(text.strip()).orElse(null);
    }

    private String timeElement(Page page) {
        Element scope = page.scope();
        Element time = scope.selectFirst("time[pubdate][datetime]");
        if (time == null) {
            time = scope.selectFirst("time[datetime]");
        }
        return time == null ? null : date(time.attr("datetime"));
    }

    private String visibleDate(Page page) {
        for (Element e : page.scope().select(VISIBLE_DATE)) {
            String d = date(e.text());
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    private static String visibleHeadline(Page page) {
        Element h1 = page.scope().selectFirst("h1");
        if (h1 == null) {
            h1 = page.document.selectFirst("h1");
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

    private String metaAuthor(Page page) {
        List<String> names = new ArrayList<>();
        for (Element e : page.metas(META_AUTHOR)) {
            String v = e.attr("content").strip();
            // article:author is often the author's profile address, which names nobody
            if (!v.isEmpty() && !v.contains("://") && !v.startsWith("www.") && !names.contains(v)) {
                names.add(v);
            }
        }
        return names.isEmpty() ? null : header.cleanByline(names.size() == 1 ? names.get(0) : join(names));
    }

    private String visibleByline(Page page) {
        for (Element e : page.scope().select(VISIBLE_BYLINE)) {
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
        Element scope = page.selectFirst(ARTICLE_SCOPE);
        return scope != null ? scope : page;
    }

    private static String attr(Document page, Evaluator selector, String attribute) {
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
    private static String first(Supplier<String>... sources) {
        for (Supplier<String> source : sources) {
            String v = source.get();
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
