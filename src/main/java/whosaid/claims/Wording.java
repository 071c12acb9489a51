package whosaid.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One wording prepared for comparison: its folded tokens, content tokens, numbers and polarity.
 *
 * @param text     the words as given
 * @param tokens   folded tokens, in order
 * @param folded   the folded tokens joined by single spaces (the key of exact matching)
 * @param content  the content tokens, in order
 * @param numbers  canonical numbers the wording carries
 * @param digits   true when one of the numbers is written in digits
 * @param negated  true when the wording, or the words that govern it in its sentence, negate it
 */
public record Wording(String text, List<String> tokens, String folded, List<String> content, Set<String> numbers,
                      boolean digits, boolean negated) {

    /** How many words before a quotation a negation may stand and still govern it ("would not “support …”"). */
    private static final int GOVERNING_WINDOW = 4;

    /**
     * Verbs of stopping, abstaining and refusing: as the frame of a quoted fragment they negate it (ending “hostile
     * actions”, refraining “from targeting …”). Inside a wording they are ordinary words ("will cease immediately").
     */
    private static final java.util.regex.Pattern NEGATING_FRAME = java.util.regex.Pattern.compile(
            "(" + String.join("|", whosaid.lexicon.WordList.lines("negating-frames")) + ")"
                    + "(s|es|ed|d|ped|ping|ing|ning|ned)?");

    /** Prepares a wording; the context is the sentence around it (may be null), read only for governing negation. */
    public static Wording of(String text, String context) {
        List<String> tokens = TextFolding.tokens(text);
        List<String> content = new ArrayList<>();
        Figures.Reading figures = Figures.read(tokens);
        boolean negated = false;
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            if (TextFolding.isNegator(t)) {
                negated = true;
            } else if (!figures.numeric()[i] && TextFolding.isContent(t)) {
                content.add(t);
            }
        }
        if (!negated && context != null) {
            negated = governedByNegation(text, context);
        }
        return new Wording(text, List.copyOf(tokens), String.join(" ", tokens), List.copyOf(content),
                figures.values(), figures.digits(), negated);
    }

    /**
     * A quoted fragment takes the polarity of the clause that frames it: the Taliban "would not “support groups …”"
     * asserts the negation of the quoted words. Looks at the few words before the fragment, up to a clause break.
     */
    private static boolean governedByNegation(String text, String context) {
        int at = context.indexOf(text);
        if (at <= 0) {
            return false;
        }
        String before = context.substring(0, at);
        int cut = Math.max(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')),
                Math.max(before.lastIndexOf('.'), before.lastIndexOf(':')));
        List<String> lead = TextFolding.tokens(before.substring(cut + 1));
        for (int i = Math.max(0, lead.size() - GOVERNING_WINDOW); i < lead.size(); i++) {
            String t = lead.get(i);
            if (TextFolding.isNegator(t) || NEGATING_FRAME.matcher(t).matches()) {
                return true;
            }
        }
        return false;
    }

    /** The tokens without leading and trailing function words: "the first step in the right direction" → "first … direction". */
    public List<String> trimmedTokens() {
        int from = 0;
        int to = tokens.size();
        while (from < to && TextFolding.isStopword(tokens.get(from))) {
            from++;
        }
        while (to > from && TextFolding.isStopword(tokens.get(to - 1))) {
            to--;
        }
        return tokens.subList(from, to);
    }

    /** True when this wording's trimmed word sequence occurs, contiguously, in the other's. */
    public boolean containedIn(Wording other) {
        List<String> needle = trimmedTokens();
        List<String> hay = other.tokens;
        if (needle.isEmpty() || needle.size() > hay.size()) {
            return false;
        }
        outer:
        for (int i = 0; i + needle.size() <= hay.size(); i++) {
            for (int j = 0; j < needle.size(); j++) {
                if (!hay.get(i + j).equals(needle.get(j))) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
