package whosaid.ingest;

import java.util.List;
import java.util.Locale;

import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * A jsoup selector on one attribute's value (such as {@code [class~=(?i)byline]}) that is only tried on elements
 * whose value holds, in lower case, one of the words the selector cannot match without. It matches exactly what the
 * selector matches; it is there for speed: a real-size page has thousands of elements with a class, and a regular
 * expression tried on each of them, once per selector, was most of what reading a page cost beyond parsing it.
 */
final class AttributeWords extends Evaluator {
    private final String attribute;
    private final List<String> words;
    private final Evaluator selector;

    /**
     * @param attribute the attribute {@code selector} reads
     * @param words     lower-case words of which every value {@code selector} matches holds one
     * @param selector  the selector itself
     */
    AttributeWords(String attribute, List<String> words, String selector) {
        this.attribute = attribute;
        this.words = List.copyOf(words);
        this.selector = QueryParser.parse(selector);
    }

    @Override
    public boolean matches(Element root, Element element) {
        String value = element.attr(attribute);
        if (value.isEmpty()) {
            return false;
        }
        String lower = value.toLowerCase(Locale.ROOT);
        for (String word : words) {
            if (lower.contains(word)) {
                return selector.matches(root, element);
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return selector.toString();
    }
}
