package whosaid.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cheap regex tokenizer: numbers with separators (12,000, 2.5) stay whole, abbreviations with inner dots (U.S., T.T.P.) stay whole, a possessive ’s is its own
 * token, hyphenated and apostrophe words (Kabul-based, don’t) stay whole, and every other non-space character is a
 * punctuation token. No-break and narrow no-break spaces separate tokens like spaces. Given spans are emitted as
 * single quotation tokens.
 */
public final class Tokenizer {
    private static final Pattern TOKEN = Pattern.compile(
            "(?:\\p{L}\\.){2,}"
                    + "|\\p{N}+(?:[.,]\\p{N}+)+(?:[-‑‐][\\p{L}\\p{N}]+)*"
                    + "|[’']s(?![\\p{L}])"
                    + "|[\\p{L}\\p{N}]+(?:[-‑‐][\\p{L}\\p{N}]+)*(?:[’'](?!s(?![\\p{L}]))\\p{L}+)*(?:[-‑‐][\\p{L}\\p{N}]+)*"
                    + "|[^\\s\\u00A0\\u202F\\u2009\\u200B]");

    private Tokenizer() {
    }

    /** Tokens of text[from, to); each span in quotes (sorted, inside the range) becomes one QUOTE token. */
    public static List<Token> tokenize(String text, int from, int to, List<Span> quotes, List<Integer> quoteIds) {
        List<Token> out = new ArrayList<>();
        int pos = from;
        for (int qi = 0; qi <= quotes.size(); qi++) {
            int segEnd = qi < quotes.size() ? quotes.get(qi).start() : to;
            words(text, pos, segEnd, out);
            if (qi < quotes.size()) {
                Span q = quotes.get(qi);
                out.add(new Token(q.start(), q.end(), q.of(text), Token.Type.QUOTE, quoteIds.get(qi)));
                pos = q.end();
            }
        }
        return out;
    }

    private static void words(String text, int from, int to, List<Token> out) {
        if (to <= from) {
            return;
        }
        Matcher m = TOKEN.matcher(text).region(from, to);
        while (m.find()) {
            String t = m.group();
            boolean word = Character.isLetterOrDigit(t.charAt(0)) || (t.length() > 1 && t.endsWith("s"));
            out.add(new Token(m.start(), m.end(), t, word ? Token.Type.WORD : Token.Type.PUNCT, -1));
        }
    }
}
