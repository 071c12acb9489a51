package whosaid.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import whosaid.query.QuoteView;

/**
 * A text cut into plain runs and marked quotations, nested where one quotation holds another (a partial quote
 * inside reported speech), for the article page. The text is kept character for character, so the page shows
 * exactly what the stored offsets point into.
 */
public final class MarkedText {
    /** A run of text or a quotation; a quotation's children cover its words. */
    public sealed interface Node permits Plain, Marked {
    }

    public record Plain(String text) implements Node {
    }

    public record Marked(QuoteView quote, List<Node> children) implements Node {
    }

    private MarkedText() {
    }

    /**
     * @param quotes quotations whose offsets point into {@code text}; any that fall outside it are left out, and
     *               one that crosses another's end is cut at that end
     */
    public static List<Node> of(String text, List<QuoteView> quotes) {
        List<QuoteView> inside = new ArrayList<>();
        for (QuoteView q : quotes) {
            if (q.start() >= 0 && q.end() <= text.length() && q.start() < q.end()) {
                inside.add(q);
            }
        }
        inside.sort(Comparator.comparingInt(QuoteView::start).thenComparing(Comparator.comparingInt(QuoteView::end)
                .reversed()));
        return build(text, 0, text.length(), inside);
    }

    private static List<Node> build(String text, int from, int to, List<QuoteView> quotes) {
        List<Node> out = new ArrayList<>();
        int pos = from;
        int i = 0;
        while (i < quotes.size()) {
            QuoteView q = quotes.get(i);
            int start = Math.max(q.start(), pos);
            int end = Math.min(q.end(), to);
            i++;
            if (start >= end) {
                continue;
            }
            List<QuoteView> inner = new ArrayList<>();
            while (i < quotes.size() && quotes.get(i).start() < end) {
                inner.add(quotes.get(i));
                i++;
            }
            if (pos < start) {
                out.add(new Plain(text.substring(pos, start)));
            }
            out.add(new Marked(q, build(text, start, end, inner)));
            pos = end;
        }
        if (pos < to) {
            out.add(new Plain(text.substring(pos, to)));
        }
        return List.copyOf(out);
    }
}
