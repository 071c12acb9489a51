package whosaid.attribution;

import java.util.HashMap;
import java.util.Map;

/** The decision for each quotation of an article so far (by the quotation's index), and which opens each paragraph. */
final class Decisions {
    private final Decision[] decided;
    private final Map<Integer, Integer> firstQuoteOfParagraph = new HashMap<>();

    Decisions(int quotes) {
        decided = new Decision[quotes];
    }

    Decision of(int quote) {
        return decided[quote];
    }

    void set(int quote, Decision d) {
        decided[quote] = d;
    }

    /** Records that the quotation appears in the paragraph; the first recorded per paragraph is its first. */
    void seenInParagraph(int paragraph, int quote) {
        firstQuoteOfParagraph.putIfAbsent(paragraph, quote);
    }

    /** The index of the first quotation of the paragraph, or null when it holds none. */
    Integer firstQuoteOf(int paragraph) {
        return firstQuoteOfParagraph.get(paragraph);
    }

    /** Takes back every quotation given to the entity (a headline "speaker" the article did not bear out). */
    void retract(ArticleEntity speaker) {
        for (int i = 0; i < decided.length; i++) {
            if (decided[i] != null && decided[i].speaker() == speaker) {
                decided[i] = null;
            }
        }
    }
}
