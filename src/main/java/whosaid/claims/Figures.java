package whosaid.claims;

import java.math.BigDecimal;
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

    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90));
    private static final Map<String, Long> SCALES = Map.of("thousand", 1_000L, "million", 1_000_000L,
            "billion", 1_000_000_000L, "trillion", 1_000_000_000_000L);
    private static final Set<String> VAGUE = Set.of("dozens", "scores", "hundreds", "thousands", "millions",
            "billions", "half");
    /** Units of a figure that add nothing once the figure is read: "40 percent" and "40%" say the same. */
    private static final Set<String> UNIT_WORDS = Set.of("percent", "pc");
    /** Words before "one" that make it a pronoun ("no one", "the one"), not a count. */
    private static final Set<String> ONE_AS_PRONOUN_BEFORE = Set.of("no", "any", "some", "every", "each", "the",
            "this", "that", "which", "someone", "anyone");
    private static final Pattern DIGITS = Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?");

    private Figures() {
    }

    /** True for a token that can start or continue a figure. */
    public static boolean isNumberWord(String token) {
        return UNITS.containsKey(token) || SCALES.containsKey(token) || token.equals("hundred")
                || token.equals("dozen") || VAGUE.contains(token) || UNIT_WORDS.contains(token) || compound(token) >= 0
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
            if (!isDigits && smallValue(t) < 0 && !t.equals("dozen")) {
                i++;
                continue;
            }
            if (t.equals("one") && oneIsPronoun(tokens, i)) {
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
                } else if (w.equals("hundred")) {
                    current = (current.signum() == 0 ? BigDecimal.ONE : current).multiply(BigDecimal.valueOf(100));
                } else if (w.equals("dozen")) {
                    current = (current.signum() == 0 ? BigDecimal.ONE : current).multiply(BigDecimal.valueOf(12));
                } else if (SCALES.containsKey(w)) {
                    total = total.add((current.signum() == 0 ? BigDecimal.ONE : current)
                            .multiply(BigDecimal.valueOf(SCALES.get(w))));
                    current = BigDecimal.ZERO;
                } else if (w.equals("and") && !isDigits && i + 1 < tokens.size() && smallValue(tokens.get(i + 1)) >= 0
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
        boolean after = i + 1 < tokens.size() && (tokens.get(i + 1).equals("of") || tokens.get(i + 1).equals("another"));
        return before || after;
    }
}
