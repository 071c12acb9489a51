package whosaid.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

import whosaid.lexicon.WordList;

/**
 * Finds the story on a news page and gives it as clean paragraphs, or says why the page has none.
 *
 * <p>Three steps, after Mozilla's Readability (whose scoring is the field's reference): first the page furniture goes
 * (scripts, navigation, headers, footers, asides, forms, figures with their photo credits, hidden elements, and
 * elements whose class or id says comments, sharing, related links, newsletter, cookie banner, advertising, paywall);
 * then every paragraph of running text scores its parent and, less, its ancestors, so the element holding most of the
 * page's prose wins, discounted by how much of its text is links; last the winner and its siblings of similar score
 * are read out block by block (paragraphs, headings, block quotes, list items each one paragraph), leaving out
 * link-dense blocks, bare times, and the lines pages put between paragraphs ("Advertisement", "Read more").
 *
 * <p>A page is not an article when what is left is a list of other stories (a section front: several headings that
 * are links), too short to be a story (a video page, a paywall stub, an error page), in which case
 * {@link Extraction#skipReason()} says which.
 */
public final class ArticleExtractor {
    /** Fewer words than this is no story: a caption, a teaser, a "subscribe to read" box. */
    static final int MIN_WORDS = 50;
    /** The shortest story a page that declares itself an article may hold: a one-sentence brief. */
    static final int MIN_DECLARED_WORDS = 15;
    /** A paywalled page that shows fewer words than this shows a teaser, not the story. */
    static final int PAYWALL_WORDS = 150;
    /** Linked headings in the story's container that make it a list of stories. */
    static final int SECTION_FRONT_TEASERS = 3;
    private static final int MIN_PARAGRAPH_CHARS = 25;

    /** Elements that are never the story, whatever their class: by their tag, or hidden, or by their role. */
    private static final Evaluator FURNITURE = new Furniture(java.util.Set.of("script", "style", "noscript",
            "template", "iframe", "svg", "canvas", "form", "button", "input", "select", "textarea", "nav", "aside",
            "footer", "header", "figure", "figcaption", "picture", "video", "audio", "object", "embed", "dialog",
            "menu", "link", "meta"), QueryParser.parse(String.join(",", "[hidden]", "[aria-hidden=true]",
            "[style~=(?i)display:\\s*none]", "[style~=(?i)visibility:\\s*hidden]",
            "[role~=(?i)^(navigation|banner|contentinfo|complementary|dialog|alertdialog|search|menu|menubar)$]")));
    /** Class or id words that always mark furniture, even inside the story's container ("article-share"). */
    private static final Pattern ALWAYS_FURNITURE = Pattern.compile(
            "comment|disqus|share|sharing|social|related|recommend|newsletter|subscribe|signup|sign-up|cookie|"
                    + "consent|gdpr|promo|advert|sponsor|outbrain|taboola|trending|most-read|most-popular|"
                    + "popular-|read-more|readmore|more-stories|also-read|next-article|breadcrumb|byline|dateline|"
                    + "caption|credit|copyright|author-bio|author-info|bio-box|modal|popup|overlay|"
                    + "skip-link|toolbar|print-only|sr-only|visually-hidden|screen-reader");
    /** Class or id words that mark furniture unless the element also says it holds the content. */
    private static final Pattern MAYBE_FURNITURE = Pattern.compile(
            "(^|[-_ ])(ads?|ad-slot|banner|sidebar|menu|nav|navbar|navigation|footer|masthead|header|widget|tags?|"
                    + "topics|meta|utility|rail|aside|teaser|card-list|pagination|pager|paywall|meter)([-_ ]|$)");
    private static final Pattern CONTENT_WORDS = Pattern.compile(
            "article|body|content|story|main|post|entry|text|prose|column|blog");
    private static final Pattern POSITIVE = Pattern.compile(
            "article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|prose");
    private static final Pattern NEGATIVE = Pattern.compile(
            "(^|[-_ ])(ad|ads|hidden|hid)([-_ ]|$)|banner|combx|comment|contact|foot|footnote|gdpr|masthead|media|"
                    + "meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|"
                    + "tool|widget|teaser|card");
    private static final Evaluator LINKED_HEADING =
            QueryParser.parse("h1 a[href], h2 a[href], h3 a[href], h4 a[href], a[href] h2, a[href] h3, a[href] h4");
    /** A teaser card (a linked heading and its summary) is shorter than this; a story section is longer. */
    private static final int TEASER_MAX_CHARS = 400;
    private static final Evaluator DEK = new AnyOf(new AttributeWords("class", List.of("standfirst", "dek",
            "headline", "subtitle", "article-summary", "deck", "strapline"), "[class~=(?i)(standfirst|(^|[-_ ])dek"
            + "([-_ ]|$)|sub-?headline|subtitle|article-summary|(^|[-_ ])(sub)?deck([-_ ]|$)|strapline)]"),
            QueryParser.parse("[itemprop=description]"));
    private static final Evaluator PAYWALL = new AnyOf(new AttributeWords("class", List.of("paywall",
            "subscriber-only", "premium-wall", "meter-wall"), "[class~=(?i)paywall|subscriber-only|premium-wall|"
            + "meter-wall]"), new AttributeWords("id", List.of("paywall"), "[id~=(?i)paywall]"));
    private static final Pattern TIME_ONLY = Pattern.compile(
            "(?i)^(updated|posted|published)?:?\\s*(\\d{1,2}[:.]\\d{2}(\\s*[ap]\\.?m\\.?)?(\\s+[a-z]{2,4})?|"
                    + "\\d+\\s*(seconds?|secs?|minutes?|mins?|hours?|hrs?|days?)\\s+ago)$");
    private static final List<String> BOILERPLATE_LINES = WordList.lines("page-boilerplate-lines");
    /** A line of boilerplate is short; a longer paragraph that starts with the same words is the story's. */
    private static final int BOILERPLATE_MAX_CHARS = 120;

    private final DateParser dates;

    ArticleExtractor(DateParser dates) {
        this.dates = dates;
    }

    /**
     * The story's paragraphs, or why the page has none.
     *
     * @param paragraphs the body, one paragraph (or list item, heading, quoted block) an entry; empty when skipped
     * @param dek        the standfirst under the headline (not part of the body), or null
     * @param skipReason why the page is not an article, or null
     */
    public record Extraction(List<String> paragraphs, String dek, String skipReason) {
        public Extraction {
            paragraphs = List.copyOf(paragraphs);
        }

        public String body() {
            return String.join("\n\n", paragraphs);
        }
    }

    /** Reads the story out of {@code page}, which it changes (furniture is removed); {@code meta} is the page's. */
    public Extraction extract(Document page, PageMetadata meta) {
        Element body = page.body();
        boolean paywallMarked = page.selectFirst(PAYWALL) != null || meta.paywalled();
        String dek = takeDek(body);
        removeFurniture(body);
        int pageTeasers = body.select(LINKED_HEADING).size();
        List<Element> story = storyElements(body);
        int teasers = 0;
        for (Element e : story) {
            teasers += e.select(LINKED_HEADING).size();
        }
        if (!meta.declaresArticle() && (teasers >= SECTION_FRONT_TEASERS || "collection".equals(meta.kind()))) {
            return skip("a section front: links to " + teasers + " stories and no article of its own");
        }
        List<String> paragraphs = new ArrayList<>();
        for (Block b : blocks(story)) {
            if (keep(b, meta.title())) {
                if (paragraphs.isEmpty() || !paragraphs.get(paragraphs.size() - 1).equals(b.text)) {
                    paragraphs.add(b.text);
                }
            }
        }
        dropTrailingHeadings(paragraphs, story);
        int words = words(paragraphs);
        if ("video".equals(meta.kind()) && words < PAYWALL_WORDS) {
            return skip("a video page: " + words + " words of text and no article");
        }
        if (paywallMarked && words < PAYWALL_WORDS) {
            return skip("a paywall stub: only " + words + " words of the article are on the page");
        }
        // a page that declares itself an article may be a two-sentence wire brief; an undeclared one needs more
        int minimum = meta.declaresArticle() ? MIN_DECLARED_WORDS : MIN_WORDS;
        if (words < minimum && pageTeasers >= SECTION_FRONT_TEASERS && !meta.declaresArticle()) {
            return skip("a section front: links to " + pageTeasers + " stories and no article of its own");
        }
        if (words < minimum) {
            return skip("no article body: " + words + " words of running text on the page");
        }
        return new Extraction(paragraphs, dek, null);
    }

    private static Extraction skip(String reason) {
        return new Extraction(List.of(), null, reason);
    }

    /**
     * Takes the standfirst out of the page: the sentence under the headline that sums the story up is the article's
     * dek, not its first paragraph (the digest reader keeps the two apart the same way).
     */
    private static String takeDek(Element body) {
        String dek = null;
        for (Element e : body.select(DEK)) {
            if (!e.select("li, p p, div p").isEmpty()) {
                continue; // a box of key points or a teaser list is not one sentence under the headline
            }
            String text = normalise(new StringBuilder(e.text()));
            if (dek == null && text.length() >= 20 && text.length() <= 400) {
                dek = text;
            }
            e.remove();
        }
        return dek;
    }

    // ---- step 1: furniture ----

    private static void removeFurniture(Element body) {
        body.select(FURNITURE).remove();
        // pages repeat their class names thousands of times ("card", "nav-item"): each is judged once
        Map<String, Boolean> judged = new HashMap<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element e) || e == body || e.tagName().equals("a")) {
                    return FilterResult.CONTINUE;
                }
                String names = classAndId(e);
                if (names.isEmpty()) {
                    return FilterResult.CONTINUE;
                }
                // what is inside removed furniture goes with it, unread
                return judged.computeIfAbsent(names, n -> ALWAYS_FURNITURE.matcher(n).find()
                        || (MAYBE_FURNITURE.matcher(n).find() && !CONTENT_WORDS.matcher(n).find()))
                        ? FilterResult.REMOVE : FilterResult.CONTINUE;
            }
        }, body);
        // lists that are mostly links are menus and "related stories", wherever they stand
        for (Element list : body.select("ul, ol")) {
            if (list.parent() != null && linkDensity(list) > 0.5) {
                list.remove();
            }
        }
    }

    private static String classAndId(Element e) {
        String c = e.className();
        String id = e.id();
        if (c.isEmpty() && id.isEmpty()) {
            return "";
        }
        return (c + " " + id).toLowerCase(Locale.ROOT);
    }

    // ---- step 2: the story's container ----

    private static List<Element> storyElements(Element body) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element e : body.select("p, pre, td, blockquote, div, section, article, main, span")) {
            String text = paragraphText(e);
            if (text == null || text.length() < MIN_PARAGRAPH_CHARS) {
                continue;
            }
            double score = 1 + commas(text) + Math.min(text.length() / 100.0, 3);
            Element ancestor = e.parent();
            for (int level = 0; ancestor != null && level < 5; level++, ancestor = ancestor.parent()) {
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                Element a = ancestor;
                scores.merge(a, initialScore(a) + score / divider, (old, add) -> old + score / divider);
            }
        }
        Element top = null;
        double topScore = 0;
        Map<Element, Double> finals = new IdentityHashMap<>();
        for (Map.Entry<Element, Double> s : scores.entrySet()) {
            // a block of teasers (linked headings over short summaries) is other stories, however much text it has
            double f = s.getValue() * (1 - linkDensity(s.getKey())) / (1 + s.getKey().select(LINKED_HEADING).size());
            finals.put(s.getKey(), f);
            if (f > topScore) {
                topScore = f;
                top = s.getKey();
            }
        }
        if (top == null) {
            return List.of(body);
        }
        Element parent = top.parent();
        if (parent == null || top == body) {
            return List.of(top);
        }
        // the story may be split over siblings (text, an advert slot, more text): take those that score alike
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> story = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                story.add(sibling);
                continue;
            }
            double bonus = !top.className().isEmpty() && top.className().equals(sibling.className())
                    ? topScore * 0.2 : 0;
            Double score = finals.get(sibling);
            if (score != null && score + bonus >= threshold) {
                story.add(sibling);
            } else if (sibling.tagName().equals("p")) {
                String text = sibling.text();
                double links = linkDensity(sibling);
                if ((text.length() > 80 && links < 0.25)
                        || (text.length() > 0 && links == 0 && text.strip().matches("(?s).*[.!?\"”]$"))) {
                    story.add(sibling);
                }
            }
        }
        return story;
    }

    /** The running text a paragraph-like element holds: a paragraph's whole text, a div's own text. */
    private static String paragraphText(Element e) {
        switch (e.normalName()) {
            case "p", "pre", "blockquote" -> {
                return e.text();
            }
            case "td" -> {
                return e.select("table, div, p").isEmpty() ? e.text() : null;
            }
            default -> {
                String own = e.ownText();
                return own.length() >= MIN_PARAGRAPH_CHARS ? own : null;
            }
        }
    }

    private static double initialScore(Element e) {
        double score = switch (e.normalName()) {
            case "div", "article", "main" -> 5;
            case "pre", "td", "blockquote", "section" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        String names = classAndId(e);
        if (!names.isEmpty()) {
            if (POSITIVE.matcher(names).find()) {
                score += 25;
            }
            if (NEGATIVE.matcher(names).find()) {
                score -= 25;
            }
        }
        return score;
    }

    private static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ',') {
                n++;
            }
        }
        return n;
    }

    private static double linkDensity(Element e) {
        int all = e.text().length();
        if (all == 0) {
            return 0;
        }
        int links = 0;
        for (Element a : e.select("a")) {
            if (!holdsParagraphs(a)) {
                links += a.text().length();
            }
        }
        return Math.min(1.0, (double) links / all);
    }

    // ---- step 3: the blocks of the story ----

    private enum BlockKind { PARAGRAPH, HEADING }

    private record Block(String text, BlockKind kind, int linkChars) {
    }

    private static final class Blocks {
        final List<Block> out = new ArrayList<>();
        final StringBuilder text = new StringBuilder();
        int linkChars;

        void append(String s, boolean inLink) {
            text.append(s);
            if (inLink) {
                linkChars += s.length();
            }
        }

        void flush(BlockKind kind) {
            String t = normalise(text);
            if (!t.isEmpty()) {
                out.add(new Block(t, kind, Math.min(linkChars, t.length())));
            }
            text.setLength(0);
            linkChars = 0;
        }
    }

    private static List<Block> blocks(List<Element> story) {
        Blocks blocks = new Blocks();
        for (Element e : story) {
            walk(e, blocks, false);
            blocks.flush(BlockKind.PARAGRAPH);
        }
        return blocks.out;
    }

    private static void walk(Node node, Blocks blocks, boolean inLink) {
        if (node instanceof TextNode t) {
            blocks.append(t.getWholeText(), inLink);
            return;
        }
        if (!(node instanceof Element e)) {
            return; // comments, doctype, processing instructions
        }
        String tag = e.normalName();
        if (tag.equals("br")) {
            blocks.flush(BlockKind.PARAGRAPH);
            return;
        }
        if (INLINE.contains(tag)) {
            boolean link = inLink || (tag.equals("a") && !holdsParagraphs(e));
            for (Node child : e.childNodes()) {
                walk(child, blocks, link);
            }
            return;
        }
        if (isTeaser(e)) {
            return;
        }
        boolean heading = tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1));
        blocks.flush(BlockKind.PARAGRAPH);
        for (Node child : e.childNodes()) {
            walk(child, blocks, inLink);
        }
        blocks.flush(heading ? BlockKind.HEADING : BlockKind.PARAGRAPH);
    }

    /**
     * A link around whole paragraphs is an unclosed {@code <a>} that the parser carried on over the rest of the page
     * (as browsers do), not a link a reader follows: its text is the page's, not a menu's.
     */
    private static boolean holdsParagraphs(Element a) {
        return a.selectFirst("p") != null;
    }

    /** A card pointing to another story: a heading that is a link, with a line or two of summary. */
    private static boolean isTeaser(Element e) {
        String tag = e.normalName();
        if (!(tag.equals("div") || tag.equals("article") || tag.equals("li") || tag.equals("section"))) {
            return false;
        }
        Elements linked = e.select(LINKED_HEADING);
        return linked.size() == 1 && e.text().length() < TEASER_MAX_CHARS;
    }

    private static final java.util.Set<String> INLINE = java.util.Set.of("a", "abbr", "b", "bdi", "bdo", "cite",
            "code", "data", "dfn", "em", "font", "i", "kbd", "mark", "q", "s", "samp", "small", "span", "strong",
            "sub", "sup", "time", "u", "var", "wbr", "del", "ins", "label", "big", "tt", "strike", "nobr");

    private boolean keep(Block b, String title) {
        String t = b.text;
        if (b.linkChars > t.length() * 0.5) {
            return false;
        }
        if (b.kind == BlockKind.HEADING && title != null && t.equalsIgnoreCase(title.strip())) {
            return false;
        }
        if (t.length() <= BOILERPLATE_MAX_CHARS) {
            String lower = t.toLowerCase(Locale.ROOT);
            for (String line : BOILERPLATE_LINES) {
                if (lower.startsWith(line)) {
                    return false;
                }
            }
            if (TIME_ONLY.matcher(t).matches() || dates.isDateLine(t)) {
                return false;
            }
        }
        return true;
    }

    /** A heading with no paragraph after it ("More on this story") is the start of furniture, not story. */
    private static void dropTrailingHeadings(List<String> paragraphs, List<Element> story) {
        java.util.Set<String> headings = new java.util.HashSet<>();
        for (Element e : story) {
            for (Element h : e.select("h1, h2, h3, h4, h5, h6")) {
                headings.add(normalise(new StringBuilder(h.text())));
            }
        }
        while (!paragraphs.isEmpty() && headings.contains(paragraphs.get(paragraphs.size() - 1))) {
            paragraphs.remove(paragraphs.size() - 1);
        }
    }

    private static String normalise(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u00ad' || c == '\u200b' || c == '\u200c' || c == '\u200d' || c == '\ufeff') {
                continue; // soft hyphens and zero-width marks: invisible, and they would split words
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c);
        }
        return out.toString();
    }

    private static int words(List<String> paragraphs) {
        int n = 0;
        for (String p : paragraphs) {
            boolean inWord = false;
            for (int i = 0; i < p.length(); i++) {
                boolean letter = Character.isLetterOrDigit(p.charAt(i));
                if (letter && !inWord) {
                    n++;
                }
                inWord = letter;
            }
        }
        return n;
    }

    /** Furniture by tag (a set lookup, where a selector of 27 tags tries each in turn), else by its attributes. */
    private static final class Furniture extends Evaluator {
        private final java.util.Set<String> tags;
        private final Evaluator attributes;

        Furniture(java.util.Set<String> tags, Evaluator attributes) {
            this.tags = tags;
            this.attributes = attributes;
        }

        @Override
        public boolean matches(Element root, Element element) {
            return tags.contains(element.normalName())
                    || (element.attributesSize() > 0 && attributes.matches(root, element));
        }
    }
}
