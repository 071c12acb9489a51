package whosaid.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import whosaid.lexicon.WordList;
import whosaid.text.ArticleText;
import whosaid.text.Span;
import whosaid.text.Token;

/**
 * Tells a headline set in title case ("Senator Slams Rival Over Budget") from running text. Many feeds repeat the
 * headline and deck as the first lines of the body; in such a line every content word is capitalised, so a run of
 * capitalised words there is no evidence of a name, and reading it as one makes "Senator Slams Rival" a person.
 */
final class TitleCaseLines {
    private static final Set<String> SMALL_WORDS = WordList.set("title-case-small-words");
    /** A line needs this many words that title case capitalises before its capitals say anything. */
    private static final int MIN_CAPITALISED_WORDS = 3;
    /** Headlines are short; a long paragraph is running text whatever its capitals. */
    private static final int MAX_WORDS = 30;

    private TitleCaseLines() {
    }

    /**
     * The lines of the body (between line breaks) that are set in title case, read on the tokens the article's
     * text layer already holds, so the body is not tokenized again.
     */
    static List<Span> of(ArticleText text) {
        String body = text.body();
        List<Span> out = new ArrayList<>();
        int from = 0;
        while (from < body.length()) {
            int nl = body.indexOf('\n', from);
            int to = nl < 0 ? body.length() : nl;
            if (to > from && isTitleCase(text.tokens(from, to))) {
                out.add(new Span(from, to));
            }
            from = to + 1;
        }
        return out;
    }

    static boolean within(List<Span> lines, int offset) {
        for (Span s : lines) {
            if (s.start() <= offset && offset < s.end()) {
                return true;
            }
        }
        return false;
    }

    /** Every word that title case capitalises is capitalised, and there are enough of them to tell. */
    static boolean isTitleCase(List<Token> toks) {
        int words = 0;
        int capitalised = 0;
        for (Token t : toks) {
            if (!t.isWord() || !Character.isLetter(t.text().charAt(0))) {
                continue;
            }
            words++;
            if (SMALL_WORDS.contains(t.lower())) {
                continue;
            }
            if (!t.isCapitalised()) {
                return false;
            }
            capitalised++;
        }
        return words <= MAX_WORDS && capitalised >= MIN_CAPITALISED_WORDS;
    }
}
