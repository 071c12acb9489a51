package whosaid.quotes;

/**
 * Which characters open and close quotations, and how to tell a single quotation mark from an apostrophe.
 * Curly marks say their direction; straight marks take it from their neighbours.
 */
final class QuoteMarks {
    private static final java.util.Set<String> ELISIONS = whosaid.lexicon.WordList.set("elisions");

    private QuoteMarks() {
    }

    static boolean isDoubleOpen(char c) {
        return c == '“' || c == '„' || c == '«' || c == '‟';
    }

    static boolean isDoubleClose(char c) {
        return c == '”' || c == '»';
    }

    static boolean isSingleClosingShape(char c) {
        return c == '’' || c == '\'' || c == '›';
    }

    /** A straight double quote opens when it stands at a word's start (after a space, a bracket or a dash). */
    static boolean straightOpens(String text, int i, int paraStart) {
        if (i == paraStart) {
            return true;
        }
        char prev = text.charAt(i - 1);
        return Character.isWhitespace(prev) || prev == '(' || prev == '[' || prev == '—' || prev == '–'
                || prev == '-' || prev == '/' || prev == ':' || isDoubleOpen(prev) || prev == '‘';
    }

    /**
     * A single mark opens a quotation when it stands before a word and after no letter: ‘word or 'word. Elisions
     * that start a word ('90s, 'em, 'tis, 'n') are apostrophes.
     */
    static boolean singleOpens(String text, int i, int paraStart, int paraEnd) {
        char c = text.charAt(i);
        if (c != '‘' && c != '\'' && c != '‹') {
            return false;
        }
        if (i + 1 >= paraEnd) {
            return false;
        }
        char next = text.charAt(i + 1);
        if (Character.isWhitespace(next)) {
            return false;
        }
        if (i > paraStart) {
            char prev = text.charAt(i - 1);
            if (Character.isLetterOrDigit(prev)) {
                return false;
            }
        }
        if (c == '‹') {
            return true;
        }
        return !isElision(text, i + 1, paraEnd);
    }

    private static boolean isElision(String text, int from, int end) {
        int j = from;
        while (j < end && Character.isLetterOrDigit(text.charAt(j))) {
            j++;
        }
        String word = text.substring(from, j).toLowerCase(java.util.Locale.ROOT);
        if (word.matches("\\d\\d?s?")) {
            return true;
        }
        return ELISIONS.contains(word) && (j >= end || !isSingleClosingShape(text.charAt(j)));
    }

    /**
     * Whether a closing-shaped single mark at i can end a single-quoted span: it follows a non-space and stands
     * before no letter or digit (so don’t, it’s stay apostrophes).
     */
    static boolean singleCloses(String text, int i, int paraEnd) {
        char c = text.charAt(i);
        if (!isSingleClosingShape(c) || i == 0) {
            return false;
        }
        char prev = text.charAt(i - 1);
        if (Character.isWhitespace(prev)) {
            return false;
        }
        return i + 1 >= paraEnd || !Character.isLetterOrDigit(text.charAt(i + 1));
    }

    /** A plural possessive (Afghans’ rights): an s, the mark, a space, then a word. */
    static boolean looksPossessive(String text, int i, int paraEnd) {
        char prev = text.charAt(i - 1);
        return (prev == 's' || prev == 'S') && i + 2 < paraEnd && text.charAt(i + 1) == ' '
                && Character.isLetter(text.charAt(i + 2));
    }
}
