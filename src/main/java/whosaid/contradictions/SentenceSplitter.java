package whosaid.contradictions;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import whosaid.text.LeadLabels;

/**
 * Splits article text into sentences with exact offsets. A rule splitter is enough here: this stage only needs
 * sentence-sized evidence, and it is far cheaper than loading a model. A line break always ends a sentence
 * (news bodies put one paragraph a line); a stop ends one when the next word starts with a capital, a digit, an
 * opening quotation mark or parenthesis, unless the word before the stop is a title, an initial or a short form.
 */
public final class SentenceSplitter {

    /** A sentence: its text and where it stands in the string that was split. */
    public record Span(String text, int start, int end) {
    }

    /** Short forms that end with a stop inside a sentence in English news. */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm", "maj", "sen", "rep",
            "gov", "prof", "jr", "sr", "inc", "corp", "co", "ltd", "no", "vs", "etc", "jan", "feb", "mar", "apr",
            "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "est", "fig", "rev", "hon", "pres");

    /** Words that usually open a sentence: after a dotted acronym ("U.S.") only these make the stop final. */
    private static final Set<String> OPENERS = Set.of(
            "The", "But", "It", "He", "She", "They", "This", "That", "These", "Those", "In", "A", "An", "And",
            "We", "I", "Its", "Their", "His", "Her", "On", "At", "For", "Since", "After", "However", "Yet", "There");

    /** Where a line's first sentence starts: past a live blog's time stamp or a dateline ("08.40", "KELM —"). */
    private static int lineStart(String text, int from) {
        int end = text.indexOf('\n', from);
        return LeadLabels.sentenceStart(text, new whosaid.text.Span(from, end < 0 ? text.length() : end));
    }

    public List<Span> split(String text) {
        List<Span> out = new ArrayList<>();
        int n = text.length();
        int start = lineStart(text, 0);
        int i = start;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                add(out, text, start, i);
                start = lineStart(text, i + 1);
                i = start;
                continue;
            }
            if (c == '.' || c == '!' || c == '?') {
                int j = i + 1;
                while (j < n && isCloser(text.charAt(j))) {
                    j++;
                }
                if (j < n && Character.isSpaceChar(text.charAt(j)) && endsHere(text, i, j)) {
                    add(out, text, start, j);
                    start = j;
                }
                i = j;
                continue;
            }
            i++;
        }
        add(out, text, start, n);
        return out;
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\u201d' || c == '\u2019' || c == '\'' || c == ')' || c == ']' || c == '.'
                || c == '!' || c == '?';
    }

    /** Whether the stop at {@code stop} (followed by closers up to {@code after}) ends the sentence. */
    private static boolean endsHere(String text, int stop, int after) {
        int k = after;
        while (k < text.length() && (Character.isWhitespace(text.charAt(k)) || Character.isSpaceChar(text.charAt(k)))) {
            k++;
        }
        if (k >= text.length()) {
            return true;
        }
        char next = text.charAt(k);
        boolean opens = Character.isUpperCase(next) || Character.isDigit(next) || next == '"' || next == '\u201c'
                || next == '\u2018' || next == '(' || next == '[';
        if (!opens) {
            return false;
        }
        if (text.charAt(stop) != '.' || after > stop + 1) {
            return true;
        }
        int w = stop;
        while (w > 0 && !Character.isWhitespace(text.charAt(w - 1)) && text.charAt(w - 1) != '(') {
            w--;
        }
        String word = text.substring(w, stop);
        if (ABBREVIATIONS.contains(word.toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return false; // an initial, as in "John F. Kennedy"
        }
        if (word.indexOf('.') >= 0) { // a dotted short form such as "U.S." or "T.T.P."
            int e = k;
            while (e < text.length() && Character.isLetter(text.charAt(e))) {
                e++;
            }
            return OPENERS.contains(text.substring(k, e));
        }
        return true;
    }

    private static void add(List<Span> out, String text, int from, int to) {
        while (from < to && (Character.isWhitespace(text.charAt(from)) || Character.isSpaceChar(text.charAt(from)))) {
            from++;
        }
        while (to > from && (Character.isWhitespace(text.charAt(to - 1)) || Character.isSpaceChar(text.charAt(to - 1)))) {
            to--;
        }
        if (to > from) {
            out.add(new Span(text.substring(from, to), from, to));
        }
    }
}
