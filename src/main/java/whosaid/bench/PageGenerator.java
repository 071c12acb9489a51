package whosaid.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import whosaid.ingest.Article;

/**
 * Wraps the benchmark's generated articles in real-size news pages: what a saved page of a large news site weighs
 * (100-600 KB), of which the story is a few kilobytes. Around the story's paragraphs stand the furniture such pages
 * carry: meta tags, schema.org JSON-LD and OpenGraph in the head, inline styles and scripts, an icon sprite, a
 * cookie banner, a header with a large menu, a byline and a dated time, a photo with its credit, advert slots,
 * a newsletter box and an inline "read more" link between the paragraphs, share buttons and tags, readers' comments
 * (with quotation marks of their own), rivers of teaser cards pointing to other stories, a footer of links, and a
 * serialised JSON application state that repeats the story's text, as single-page-app sites ship it.
 *
 * <p>About two thirds of a page's weight is raw text (scripts, styles, JSON), a third markup, as on the pages this
 * was modelled on. Deterministic: the same seed and count give the same pages (the teasers a page shows are drawn
 * from all the count's articles).
 * The pages are invented: every name and sentence comes from {@link ArticleGenerator} and the lists below.
 */
public final class PageGenerator {
    /** The smallest and the largest page, in bytes. */
    public static final int MIN_BYTES = 100 * 1024;
    public static final int MAX_BYTES = 600 * 1024;

    private static final String[] SECTIONS = ("World Politics Business Economy Markets Climate Science Health "
            + "Education Technology Sport Football Cricket Culture Books Music Film Travel Food Opinion Letters "
            + "Obituaries Weather Local Transport Housing Crime Courts Environment Property Motoring").split(" ");
    private static final String[] COMMENT_WORDS = ("the council never listens and we pay for it every year "
            + "this is what happens when nobody checks the contracts my family has lived here for decades "
            + "good reporting as always but where are the figures for last year honestly I stopped believing "
            + "them long ago they said the same thing before the last election and nothing changed "
            + "well done to the volunteers who actually turned up").split(" ");
    private static final String[] CSS_PROPS = {"margin", "padding", "color", "background-color", "font-size",
            "line-height", "border-top", "display", "grid-template-columns", "letter-spacing", "max-width",
            "transition", "z-index", "opacity"};
    private static final String[] CSS_VALUES = {"0 auto", "12px 16px", "#1a1a1a", "#f6f6f1", "1.125rem", "1.45",
            "1px solid #dcdcdc", "flex", "repeat(12,1fr)", ".02em", "640px", "opacity .2s ease-in", "10", "0.85"};
    private static final String[] JS_NAMES = {"track", "hydrate", "lazyLoad", "consent", "adSlot", "prefetch",
            "observe", "bind", "render", "measure", "queue", "flush"};

    /** One generated page: its file name, its bytes, and the article it wraps (the body extraction should give). */
    public record Page(String name, byte[] html, Article article) {
    }

    private final long seed;
    private final List<Article> articles;

    /** Pages for the first {@code count} articles of {@link ArticleGenerator} with this seed. */
    public PageGenerator(long seed, int count) {
        this.seed = seed;
        this.articles = new ArticleGenerator(seed).generate(count).stream()
                .map(ArticleGenerator.Generated::article).toList();
    }

    public int count() {
        return articles.size();
    }

    /**
     * Writes every page into {@code folder} (created if missing) as {@code page-00001.html}…, one page in memory at
     * a time; returns the bytes written.
     */
    public long write(Path folder) {
        long bytes = 0;
        try {
            Files.createDirectories(folder);
            for (int i = 0; i < articles.size(); i++) {
                Page p = page(i);
                Files.write(folder.resolve(p.name()), p.html());
                bytes += p.html().length;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the pages to " + folder + ": " + e.getMessage(), e);
        }
        return bytes;
    }

    /** The byline as a page shows it: the generator's names, without the "By" the page prints before them. */
    static String names(Article a) {
        String byline = a.byline() == null ? "Staff reporter" : a.byline();
        return byline.startsWith("By ") ? byline.substring(3) : byline;
    }

    /** Page {@code i}: article {@code i}, with teasers for other articles; built on demand, never kept. */
    public Page page(int i) {
        List<Article> all = articles;
        Random r = new Random(seed * 7_919L + i);
        Article a = all.get(i);
        // the furniture aims a little inside the bounds: the story and the fixed parts come on top, each part may
        // overshoot its share by an item, and a page that still falls short is padded with a script below
        int target = MIN_BYTES + 4 * 1024 + r.nextInt(MAX_BYTES - MIN_BYTES - 16 * 1024);
        // The furniture's share of the weight: about a third markup (menus, rivers, comments, icons), the rest
        // scripts, styles and JSON state; the story and the fixed furniture come on top and are small.
        int markup = target / 3;
        int raw = target - markup - 6 * 1024;
        StringBuilder h = new StringBuilder(target + 16 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"en\" class=\"no-js\"><head><meta charset=\"utf-8\">\n");
        h.append("<title>").append(esc(a.title())).append(" | ").append(esc(a.outlet())).append("</title>\n");
        String description = firstSentence(a.body());
        h.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        h.append("<meta name=\"description\" content=\"").append(esc(description)).append("\">\n");
        h.append("<meta property=\"og:type\" content=\"article\">\n");
        h.append("<meta property=\"og:title\" content=\"").append(esc(a.title())).append("\">\n");
        h.append("<meta property=\"og:site_name\" content=\"").append(esc(a.outlet())).append("\">\n");
        h.append("<meta property=\"og:url\" content=\"").append(esc(a.url())).append("\">\n");
        h.append("<meta property=\"article:published_time\" content=\"").append(a.published())
                .append("T07:").append(10 + r.nextInt(50)).append(":00Z\">\n");
        h.append("<link rel=\"canonical\" href=\"").append(esc(a.url())).append("\">\n");
        h.append("<link rel=\"stylesheet\" href=\"/assets/site.").append(Integer.toHexString(r.nextInt()))
                .append(".css\">\n");
        h.append("<script type=\"application/ld+json\">").append(jsonLd(a)).append("</script>\n");
        int styles = raw / 4;
        h.append("<style>");
        css(h, styles, r);
        h.append("</style>\n<script>");
        int scripts = raw / 3;
        js(h, scripts / 2, r);
        h.append("</script>\n</head>\n<body class=\"page-article template-story\">\n");
        h.append("<a class=\"skip-link\" href=\"#main\">Skip to content</a>\n");
        h.append("<div id=\"cookie-consent\" class=\"consent-banner\" role=\"dialog\"><p>We use cookies to improve your "
                + "experience, to show you personalised advertising and to measure how our site is used. You can "
                + "change your choices at any time.</p><button>Accept all</button><button>Manage choices</button>"
                + "</div>\n");
        int sprite = markup / 8;
        h.append("<svg xmlns=\"http://www.w3.org/2000/svg\" style=\"display:none\">");
        sprite(h, sprite, r);
        h.append("</svg>\n");
        h.append("<header class=\"site-header\"><a class=\"logo\" href=\"/\">").append(esc(a.outlet()))
                .append("</a>\n<nav class=\"main-nav\" aria-label=\"Sections\"><ul>");
        menu(h, markup / 6, r);
        h.append("</ul></nav></header>\n");
        h.append("<main id=\"main\"><div class=\"layout\"><article class=\"story\" itemscope>\n");
        h.append("<ul class=\"breadcrumbs\"><li><a href=\"/\">Home</a></li><li><a href=\"/news\">News</a></li></ul>\n");
        h.append("<h1 class=\"headline\">").append(esc(a.title())).append("</h1>\n");
        h.append("<div class=\"story-meta\"><span class=\"byline\">By <a href=\"/authors/")
                .append(slug(names(a))).append("\">").append(esc(names(a))).append("</a></span> ")
                .append("<time datetime=\"").append(a.published()).append("T07:30:00Z\">").append(a.published())
                .append("</time></div>\n");
        h.append("<figure class=\"lead-image\"><img src=\"/images/").append(Integer.toHexString(r.nextInt()))
                .append(".jpg\" alt=\"\" width=\"1200\" height=\"675\"><figcaption>A view of the scene on the day. "
                        + "Photograph: Staff photographer</figcaption></figure>\n");
        h.append("<div class=\"share-tools\"><a href=\"#\">Share on Facebook</a> <a href=\"#\">Share on X</a> "
                + "<a href=\"#\">Email this story</a></div>\n");
        h.append("<div class=\"story-body article-body\">\n");
        String[] paragraphs = a.body().split("\n\n");
        for (int p = 0; p < paragraphs.length; p++) {
            h.append("<p>").append(esc(paragraphs[p])).append("</p>\n");
            if (p % 3 == 2 && p + 1 < paragraphs.length) {
                h.append("<div class=\"ad-slot ad-slot--inline\" data-slot=\"inline-").append(p)
                        .append("\"><span class=\"ad-label\">Advertisement</span><script>window.ads=window.ads||[];"
                                + "ads.push({slot:'inline-").append(p).append("',sizes:[[300,250],[728,90]]});"
                                + "</script></div>\n");
            }
            if (p == paragraphs.length / 2) {
                Article other = all.get((i + 1) % all.size());
                h.append("<div class=\"related-inline\"><strong>Read more:</strong> <a href=\"")
                        .append(esc(other.url())).append("\">").append(esc(other.title())).append("</a></div>\n");
                h.append("<aside class=\"newsletter-signup\"><h3>The morning briefing</h3><p>Sign up for the day's "
                        + "most important stories, in your inbox every weekday at seven.</p><form><input "
                        + "type=\"email\" placeholder=\"Your email\"><button>Sign up</button></form></aside>\n");
            }
        }
        h.append("</div>\n<ul class=\"tags\">");
        for (int t = 0; t < 5; t++) {
            String section = SECTIONS[r.nextInt(SECTIONS.length)];
            h.append("<li><a href=\"/topics/").append(section.toLowerCase(Locale.ROOT)).append("\">").append(section)
                    .append("</a></li>");
        }
        h.append("</ul>\n</article>\n");
        comments(h, markup / 6, r);
        h.append("</div>\n");
        rivers(h, markup - markup / 8 - markup / 6 - markup / 6, all, i, r);
        h.append("</main>\n<footer class=\"site-footer\"><ul>");
        for (String section : SECTIONS) {
            h.append("<li><a href=\"/").append(section.toLowerCase(Locale.ROOT)).append("\">").append(section)
                    .append("</a></li>");
        }
        h.append("</ul><p class=\"copyright\">© 2026 ").append(esc(a.outlet()))
                .append(". All rights reserved.</p></footer>\n");
        h.append("<script id=\"__APP_STATE__\" type=\"application/json\">");
        appState(h, a, all, i, raw - styles - scripts, r);
        h.append("</script>\n<script>");
        js(h, scripts - scripts / 2, r);
        int bytes = StandardCharsets.UTF_8.encode(java.nio.CharBuffer.wrap(h)).remaining();
        js(h, MIN_BYTES + 1024 - bytes, r);
        h.append("</script>\n</body></html>\n");
        return new Page(String.format(Locale.ROOT, "page-%05d.html", i + 1),
                h.toString().getBytes(StandardCharsets.UTF_8), a);
    }

    private static String jsonLd(Article a) {
        return "{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":" + json(a.title())
                + ",\"datePublished\":\"" + a.published() + "T07:30:00Z\",\"dateModified\":\"" + a.published()
                + "T09:05:00Z\",\"mainEntityOfPage\":" + json(a.url()) + ",\"author\":[{\"@type\":\"Person\","
                + "\"name\":" + json(names(a)) + "}],\"publisher\":{\"@type\":\"NewsMediaOrganization\",\"name\":"
                + json(a.outlet()) + ",\"logo\":{\"@type\":\"ImageObject\",\"url\":\"https://cdn.example/logo.png\"}},"
                + "\"isAccessibleForFree\":true,\"inLanguage\":\"en\"}";
    }

    private static void css(StringBuilder h, int bytes, Random r) {
        int end = h.length() + bytes;
        while (h.length() < end) {
            h.append(".c-").append(Integer.toString(r.nextInt(1 << 20), 36)).append("__")
                    .append(JS_NAMES[r.nextInt(JS_NAMES.length)].toLowerCase(Locale.ROOT)).append('{');
            for (int k = 1 + r.nextInt(4); k > 0; k--) {
                int j = r.nextInt(CSS_PROPS.length);
                h.append(CSS_PROPS[j]).append(':').append(CSS_VALUES[j]).append(';');
            }
            h.append("}\n");
            if (r.nextInt(20) == 0) {
                h.append("@media (min-width:").append(600 + r.nextInt(800)).append("px){.c-")
                        .append(Integer.toString(r.nextInt(1 << 20), 36)).append("{display:none}}\n");
            }
        }
    }

    private static void js(StringBuilder h, int bytes, Random r) {
        int end = h.length() + bytes;
        while (h.length() < end) {
            String name = JS_NAMES[r.nextInt(JS_NAMES.length)] + r.nextInt(1000);
            h.append("function ").append(name).append("(e,t){var n=e&&e.length||0;for(var i=0;i<n;i++){if(e[i]<t)"
                    + "{window.dataLayer=window.dataLayer||[];window.dataLayer.push({event:\"").append(name)
                    .append("\",value:e[i],label:'item \"'+i+'\"'});}}return n>").append(r.nextInt(64))
                    .append("?\"<div class='x'>\"+n+\"</div>\":null}\n");
        }
    }

    private static void sprite(StringBuilder h, int bytes, Random r) {
        int end = h.length() + bytes;
        for (int n = 0; h.length() < end; n++) {
            h.append("<symbol id=\"icon-").append(n).append("\" viewBox=\"0 0 24 24\"><path d=\"M");
            for (int k = 0; k < 24; k++) {
                h.append(r.nextInt(24)).append('.').append(r.nextInt(10)).append(k % 2 == 0 ? ' ' : 'L');
            }
            h.append("Z\"/></symbol>");
        }
    }

    private static void menu(StringBuilder h, int bytes, Random r) {
        int end = h.length() + bytes;
        while (h.length() < end) {
            String section = SECTIONS[r.nextInt(SECTIONS.length)];
            h.append("<li class=\"nav-item\"><a href=\"/").append(section.toLowerCase(Locale.ROOT)).append("\">")
                    .append(section).append("</a><ul class=\"submenu\">");
            for (int k = 0; k < 6; k++) {
                String sub = SECTIONS[r.nextInt(SECTIONS.length)];
                h.append("<li><a href=\"/").append(section.toLowerCase(Locale.ROOT)).append('/')
                        .append(sub.toLowerCase(Locale.ROOT)).append("\">").append(sub).append("</a></li>");
            }
            h.append("</ul></li>\n");
        }
    }

    private static void comments(StringBuilder h, int bytes, Random r) {
        h.append("<section id=\"comments\" class=\"comments\"><h2>Readers' comments</h2>\n");
        int end = h.length() + bytes;
        for (int n = 1; h.length() < end; n++) {
            h.append("<div class=\"comment\" id=\"comment-").append(n).append("\"><div class=\"comment-author\">")
                    .append("reader").append(r.nextInt(100_000)).append("</div><p>");
            String said = words(r, 8 + r.nextInt(20));
            if (r.nextInt(3) == 0) {
                h.append("They told us “").append(words(r, 6)).append(",” and we believed them. ");
            }
            h.append(capitalise(said)).append(".</p><div class=\"comment-actions\"><button>Reply</button>")
                    .append("<button>Report</button><span class=\"votes\">").append(r.nextInt(300))
                    .append("</span></div></div>\n");
        }
        h.append("</section>\n");
    }

    private static void rivers(StringBuilder h, int bytes, List<Article> all, int self, Random r) {
        int end = h.length() + bytes;
        for (int river = 0; h.length() < end; river++) {
            h.append("<section class=\"river more-stories\"><h2>").append(SECTIONS[river % SECTIONS.length])
                    .append("</h2><div class=\"card-list\">\n");
            for (int k = 0; k < 12 && h.length() < end; k++) {
                Article other = all.get((self + 1 + r.nextInt(Math.max(1, all.size() - 1))) % all.size());
                h.append("<div class=\"card\"><a class=\"card-link\" href=\"").append(esc(other.url()))
                        .append("\"><img src=\"/images/t").append(r.nextInt(1 << 16)).append(".jpg\" alt=\"\"></a>")
                        .append("<h3 class=\"card-title\"><a href=\"").append(esc(other.url())).append("\">")
                        .append(esc(other.title())).append("</a></h3><p class=\"card-summary\">")
                        .append(esc(firstSentence(other.body()))).append("</p><span class=\"card-meta\">")
                        .append(other.published()).append("</span></div>\n");
            }
            h.append("</div></section>\n");
        }
    }

    private static void appState(StringBuilder h, Article a, List<Article> all, int self, int bytes, Random r) {
        int end = h.length() + bytes;
        h.append("{\"page\":{\"type\":\"article\",\"id\":").append(json(a.url())).append(",\"headline\":")
                .append(json(a.title())).append(",\"body\":[");
        String[] paragraphs = a.body().split("\n\n");
        for (int p = 0; p < paragraphs.length; p++) {
            h.append(p > 0 ? "," : "").append("{\"type\":\"paragraph\",\"html\":").append(json(paragraphs[p]))
                    .append('}');
        }
        h.append("]},\"teasers\":[");
        for (int n = 0; h.length() < end; n++) {
            Article other = all.get((self + 1 + r.nextInt(Math.max(1, all.size() - 1))) % all.size());
            h.append(n > 0 ? "," : "").append("{\"url\":").append(json(other.url())).append(",\"title\":")
                    .append(json(other.title())).append(",\"summary\":").append(json(firstSentence(other.body())))
                    .append(",\"score\":").append(r.nextInt(1000)).append('}');
        }
        h.append("]}");
    }

    private static String words(Random r, int n) {
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < n; k++) {
            out.append(k > 0 ? " " : "").append(COMMENT_WORDS[r.nextInt(COMMENT_WORDS.length)]);
        }
        return out.toString();
    }

    private static String firstSentence(String body) {
        String first = body.split("\n\n", 2)[0];
        int stop = first.indexOf(". ");
        return stop > 0 ? first.substring(0, stop + 1) : first;
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String slug(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    private static String esc(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String json(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '<' -> out.append("\\u003c");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
