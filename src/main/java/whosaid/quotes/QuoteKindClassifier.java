package whosaid.quotes;

import whosaid.lexicon.WordList;
import whosaid.text.Span;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells a quoted sentence or clause (direct) from a quoted phrase (partial) with cheap cues instead of a parser:
 * where the quotation starts (a sentence start or a colon before a capital), whether it opens with a subject
 * pronoun, whether it holds a finite auxiliary or modal after a non-verb first word, whether "that" introduces it,
 * and whether it continues a quotation that an attribution split ("A,” she said, “b…").
 */
final class QuoteKindClassifier {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}’'\\-.]*");
    private static final Set<String> SUBJECT_PRONOUNS = WordList.set("clause-subjects");
    private static final Set<String> FINITE = WordList.set("finite-auxiliaries");
    private static final Set<String> NON_SUBJECT_STARTS = WordList.set("non-subject-openers");

    QuoteKind classify(String text, Span inner, int paraStart, boolean inTitle) {
        String quoted = inner.of(text);
        Matcher m = WORD.matcher(quoted);
        java.util.List<String> words = new java.util.ArrayList<>();
        while (m.find()) {
            words.add(m.group().toLowerCase(Locale.ROOT));
        }
        if (words.isEmpty()) {
            return QuoteKind.PARTIAL;
        }
        String left = text.substring(paraStart, Math.max(paraStart, inner.start() - 1)).stripTrailing();
        boolean startsUpper = startsUpper(quoted);
        if (!inTitle && startsUpper && opensSentence(left)) {
            return QuoteKind.DIRECT;
        }
        if (words.size() >= 2 && SUBJECT_PRONOUNS.contains(words.get(0))) {
            return QuoteKind.DIRECT;
        }
        String first = words.get(0);
        if (!NON_SUBJECT_STARTS.contains(first) && !FINITE.contains(first)) {
            for (int i = 1; i < words.size(); i++) {
                if (FINITE.contains(words.get(i)) || words.get(i).endsWith("n’t") || words.get(i).endsWith("n't")) {
                    return QuoteKind.DIRECT;
                }
            }
            if (words.size() >= 4 && introducedByThat(left)) {
                return QuoteKind.DIRECT;
            }
        }
        if (continuesSplitQuote(text, left, paraStart)) {
            return QuoteKind.DIRECT;
        }
        return QuoteKind.PARTIAL;
    }

    private static boolean startsUpper(String quoted) {
        for (int i = 0; i < quoted.length(); i++) {
            char c = quoted.charAt(i);
            if (Character.isLetter(c)) {
                return Character.isUpperCase(c);
            }
            if (Character.isDigit(c)) {
                return true;
            }
        }
        return false;
    }

    /** Nothing before the mark in its paragraph, or a colon, comma or sentence end right before it. */
    private static boolean opensSentence(String left) {
        if (left.isEmpty()) {
            return true;
        }
        char last = left.charAt(left.length() - 1);
        return last == ':' || last == ',' || last == '.' || last == '?' || last == '!' || last == '”' || last == '—';
    }

    private static final Pattern THAT_CLAUSE = Pattern.compile("(?i)\\bthat(\\s*|\\s[^,”“]{0,60},)$");

    private static boolean introducedByThat(String left) {
        return THAT_CLAUSE.matcher(left).find();
    }

    /** “A,” she said, “b” : the second part of a quotation split by its attribution is as direct as the first. */
    private static boolean continuesSplitQuote(String text, String left, int paraStart) {
        if (!left.endsWith(",")) {
            return false;
        }
        int close = Math.max(left.lastIndexOf('”'), left.lastIndexOf('"'));
        if (close < 1) {
            return false;
        }
        String between = left.substring(close + 1).trim();
        if (between.split("\\s+").length > 6) {
            return false;
        }
        char beforeClose = left.charAt(close - 1);
        return beforeClose == ',';
    }
}
