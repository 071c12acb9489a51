package whosaid.claims;

import whosaid.lexicon.WordList;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the figures of a folded wording as values, so outlets that write a number differently agree: "15" and
 * "fifteen", "2,600" and "two thousand six hundred", "2.6 million" and "2,600,000", "twenty-five" and "25".
 * Vague quantities ("hundreds", "dozens") and fractions ("half") stay words: they are figures, but not values.
 */
public final class Figures {

    /** The figures of a wording: canonical values, whether one was written in digits, which tokens they used. */
    public record Reading(Set<String> values, boolean digits, boolean[] numeric) {
    }

    private static final Map<String, Integer> UNITS = numberWords();
    /** Scales that close a group of a written number ("two thousand six hundred"); "hundred" works inside one. */
    private static final Map<String, Long> SCALES = scales(1_000);
    /** Words that multiply the group they end: "six hundred", "two dozen". */
    private static final Map<String, Long> IN_GROUP = inGroup();
    private static final Set<String> VAGUE = WordList.set("vague-figures");
    /** Units of a figure that add nothing once the figure is read: "40 percent" and "40%" say the same. */
    private static final Set<String> UNIT_WORDS = WordList.set("figure-units");
    /** Words before "one" that make it a pronoun ("no one", "the one"), not a count; and words after it. */
    private static final Set<String> ONE_AS_PRONOUN_BEFORE = oneAsPronoun("before");
    private static final Set<String> ONE_AS_PRONOUN_AFTER = oneAsPronoun("after");
    /** The number word that is also a pronoun. */
    private static final String ONE = "one";
    /** The word inside a written number that joins its parts: "two hundred and fifty". */
    private static final String AND = "and";
    /** A dozen is a count of twelve ("two dozen"), and a vague amount only in the plural. */
    private static final String DOZEN = "dozen";
    private static final long TWELVE = 12;

    private static Map<String, Integer> numberWords() {
        Map<String, Integer> out = new HashMap<>();
        WordList.map("number-words").forEach((w, v) -> out.put(w, Integer.parseInt(v)));
        return Map.copyOf(out);
    }

    private static Map<String, Long> scales(long from) {
        Map<String, Long> out = new HashMap<>();
        WordList.map("number-scales").forEach((w, v) -> {
            if (Long.parseLong(v) >= from) {
                out.put(w, Long.parseLong(v));
            }
        });
        return Map.copyOf(out);
    }

    private static Map<String, Long> inGroup() {
        Map<String, Long> out = new HashMap<>();
        WordList.map("number-scales").forEach((w, v) -> {
            if (Long.parseLong(v) < 1_000) {
                out.put(w, Long.parseLong(v));
            }
        });
        out.put(DOZEN, TWELVE);
        return Map.copyOf(out);
    }

    private static Set<String> oneAsPronoun(String where) {
        Set<String> out = new HashSet<>();
        WordList.map("one-as-pronoun").forEach((w, at) -> {
            if (at.equals(where)) {
                out.add(w);
            }
        });
        return Set.copyOf(out);
    }

    private static final Pattern DIGITS = Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?");

    private Figures() {
    }

    /** True for a token that can start or continue a figure. */
    public static boolean isNumberWord(String token) {
        return UNITS.containsKey(token) || SCALES.containsKey(token) || IN_GROUP.containsKey(token)
                || VAGUE.contains(token) || UNIT_WORDS.contains(token) || compound(token) >= 0
                || Character.isDigit(token.charAt(0));
    }

    public static Reading read(List<String> tokens) {
        Set<String> values = new LinkedHashSet<>();
        boolean digits = false;
        boolean[] numeric = new boolean[tokens.size()];
        int i = 0;
        while (i < tokens.size()) {
            String t = tokens.get(i);
            if (UNIT_WORDS.contains(t) || VAGUE.contains(t)) {
                numeric[i] = true;
                if (VAGUE.contains(t)) {
                    values.add(t);
                }
                i++;
                continue;
            }
            Matcher d = DIGITS.matcher(t);
            boolean isDigits = d.lookingAt();
            if (!isDigits && smallValue(t) < 0 && !t.equals(DOZEN)) {
                i++;
                continue;
            }
            if (t.equals(ONE) && oneIsPronoun(tokens, i)) {
                i++;
                continue;
            }
            int from = i;
            BigDecimal total = BigDecimal.ZERO;
            BigDecimal current;
            if (isDigits) {
                current = new BigDecimal(d.group().replace(",", ""));
                digits = true;
                i++;
            } else {
                current = BigDecimal.ZERO;
            }
            // Words after the first: units add, "hundred" multiplies, scales close a group ("two thousand six hundred").
            while (i < tokens.size()) {
                String w = tokens.get(i);
                int small = smallValue(w);
                if (small >= 0 && !isDigits) {
                    current = current.add(BigDecimal.valueOf(small));
                } else if (IN_GROUP.containsKey(w)) {
                    current = (current.signum() == 0 ? BigDecimal.ONE : current).multiply(BigDecimal.valueOf(IN_GROUP.get(w)));
                } else if (SCALES.containsKey(w)) {
                    total = total.add((current.signum() == 0 ? BigDecimal.ONE : current)
                            .multiply(BigDecimal.valueOf(SCALES.get(w))));
                    current = BigDecimal.ZERO;
                } else if (w.equals(AND) && !isDigits && i + 1 < tokens.size() && smallValue(tokens.get(i + 1)) >= 0
                        && i > from) {
                    // "two hundred and fifty": "and" inside a written number
                } else {
                    break;
                }
                i++;
            }
            for (int k = from; k < i; k++) {
                numeric[k] = true;
            }
            values.add(total.add(current).stripTrailingZeros().toPlainString());
        }
        return new Reading(Set.copyOf(values), digits, numeric);
    }

    /** The value of a unit, teen, ten or hyphenated "twenty-five"; -1 when the word is none of them. */
    private static int smallValue(String w) {
        Integer v = UNITS.get(w);
        return v != null ? v : compound(w);
    }

    private static int compound(String w) {
        int dash = w.indexOf('-');
        if (dash < 0) {
            return -1;
        }
        Integer tens = UNITS.get(w.substring(0, dash));
        Integer unit = UNITS.get(w.substring(dash + 1));
        return tens != null && unit != null && tens >= 20 && tens % 10 == 0 && unit > 0 && unit < 10 ? tens + unit : -1;
    }

    private static boolean oneIsPronoun(List<String> tokens, int i) {
        boolean before = i > 0 && ONE_AS_PRONOUN_BEFORE.contains(tokens.get(i - 1));
        boolean after = i + 1 < tokens.size() && ONE_AS_PRONOUN_AFTER.contains(tokens.get(i + 1));
        return before || after;
    }
}
