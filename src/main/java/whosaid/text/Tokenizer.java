package whosaid.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A cheap regex tokenizer: numbers with separators (12,000, 2.5) stay whole, abbreviations with inner dots (U.S., T.T.P.) stay whole, a possessive ’s is its own
 * token, hyphenated and apostrophe words (Kabul-based, don’t) stay whole, and every other non-space character is a
 * punctuation token. No-break and narrow no-break spaces separate tokens like spaces. Given spans are emitted as
 * single quotation tokens.
 */
public final class Tokenizer {
    /** The tokens, as a pattern: {@link #tokenEnd} reads it by hand, and tests hold the two equal. */
    static final Pattern TOKEN = Pattern.compile(
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
        int pos = from;
        while (pos < to) {
            int c = text.codePointAt(pos);
            if (isSpace(c)) {
                pos += Character.charCount(c);
                continue;
            }
            int end = tokenEnd(text, pos, to, c);
            String t = text.substring(pos, end);
            boolean word = Character.isLetterOrDigit(t.charAt(0)) || (t.length() > 1 && t.endsWith("s"));
            out.add(new Token(pos, end, t, word ? Token.Type.WORD : Token.Type.PUNCT, -1));
            pos = end;
        }
    }

    /**
     * Where the token starting at {@code pos} ends: {@link #TOKEN} read by hand, since matching it cost a third of
     * attribution. The alternatives are tried in the pattern's order and each takes its longest form, which is
     * what the pattern's greedy loops give when nothing after them can fail; {@code to} ends the text as a
     * matcher's region would, lookahead included.
     */
    static int tokenEnd(String text, int pos, int to, int c) {
        if (isLetter(c)) {
            // (?:\p{L}\.){2,}
            int k = pos;
            int pairs = 0;
            while (k < to) {
                int l = text.codePointAt(k);
                int dot = k + Character.charCount(l);
                if (!isLetter(l) || dot >= to || text.charAt(dot) != '.') {
                    break;
                }
                pairs++;
                k = dot + 1;
            }
            if (pairs >= 2) {
                return k;
            }
        } else if (isNumber(c)) {
            // \p{N}+(?:[.,]\p{N}+)+(?:[-‑‐][\p{L}\p{N}]+)*
            int k = run(text, pos, to, false);
            int groups = 0;
            while (k + 1 < to && (text.charAt(k) == '.' || text.charAt(k) == ',') && isNumber(text.codePointAt(k + 1))) {
                k = run(text, k + 1, to, false);
                groups++;
            }
            if (groups > 0) {
                return hyphenParts(text, k, to);
            }
        } else if (isApostrophe(c)) {
            // [’']s(?![\p{L}]), else a mark of its own
            return pos + 1 < to && text.charAt(pos + 1) == 's' && !letterAt(text, pos + 2, to) ? pos + 2 : pos + 1;
        }
        if (isLetter(c) || isNumber(c)) {
            // [\p{L}\p{N}]+(?:[-‑‐][\p{L}\p{N}]+)*(?:[’'](?!s(?![\p{L}]))\p{L}+)*(?:[-‑‐][\p{L}\p{N}]+)*
            int k = hyphenParts(text, run(text, pos, to, true), to);
            while (k + 1 < to && isApostrophe(text.charAt(k)) && letterAt(text, k + 1, to)
                    && !(text.charAt(k + 1) == 's' && !letterAt(text, k + 2, to))) {
                k = run(text, k + 1, to, false, true);
            }
            return hyphenParts(text, k, to);
        }
        return pos + Character.charCount(c);
    }

    /** After {@code k}, every "-part" of letters and digits ({@code (?:[-‑‐][\p{L}\p{N}]+)*}). */
    private static int hyphenParts(String text, int k, int to) {
        while (k + 1 < to && isHyphen(text.charAt(k))) {
            int c = text.codePointAt(k + 1);
            if (!isLetter(c) && !isNumber(c)) {
                break;
            }
            k = run(text, k + 1, to, true);
        }
        return k;
    }

    /** The end of the run from {@code k} of numbers, or of letters and numbers when {@code letters}. */
    private static int run(String text, int k, int to, boolean letters) {
        return run(text, k, to, true, letters);
    }

    private static int run(String text, int k, int to, boolean numbers, boolean letters) {
        while (k < to) {
            int c = text.codePointAt(k);
            if (!(numbers && isNumber(c) || letters && isLetter(c))) {
                break;
            }
            k += Character.charCount(c);
        }
        return k;
    }

    private static boolean letterAt(String text, int k, int to) {
        return k < to && isLetter(text.codePointAt(k));
    }

    /** {@code \p{L}}. */
    private static boolean isLetter(int c) {
        return Character.isLetter(c);
    }

    /** {@code \p{N}}: digits, letter numbers (Ⅻ) and other numbers (½). */
    private static boolean isNumber(int c) {
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    private static boolean isApostrophe(int c) {
        return c == '’' || c == '\'';
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '‑' || c == '‐';
    }

    /** What separates tokens: the pattern's {@code \s} (ASCII) and the no-break, thin and zero-width spaces. */
    private static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r'
                || c == '\u00A0' || c == '\u202F' || c == '\u2009' || c == '\u200B';
    }
}
