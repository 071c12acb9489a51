package whosaid.contradictions;

import whosaid.lexicon.WordList;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Locale;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the quantities a sentence states: numbers written as digits or words, vague amounts ("dozens",
 * "hundreds"), bounds ("at least 17", "more than 600", "nearly two weeks", "50-odd") and their unit or counted
 * noun. Years, dates and ordinals are left out: they are not amounts.
 */
final class QuantityParser {

    /**
     * Number words from two up: "one" in news is mostly "a" or a pronoun ("one of them"), and a lone "one" before a
     * unit of time is read apart ("one week").
     */
    private static final Map<String, Integer> SMALL = numberWords(2);

    /** Vague amounts, as the range of values a reader takes them to mean. */
    private static final Map<String, double[]> VAGUE = vagueAmounts();

    private static final Map<String, Double> MULTIPLIERS = multipliers();

    /** Units: dimension and the factor to the dimension's base unit (km, days, percent). */
    private record Unit(String dimension, double factor, String name) {
    }

    private static final Map<String, Unit> UNITS = units();

    private static final Set<String> MONTHS = WordList.set("months");

    /** Words that count one of a unit of time ("a week", "one day"); before anything else they count nothing. */
    private static final Set<String> ONE_OF_A_UNIT = WordList.set("one-of-a-unit");

    /** Words that may stand between an amount and the noun it counts ("17 Afghan civilians", "hundreds more"). */
    private static final Set<String> COUNT_NOUNS = WordList.set("count-nouns");
    private static final Set<String> SKIPPABLE = WordList.set("count-fillers");

    /** How a word or two before a figure bounds it ("at least", "nearly", "about", "up to"). */
    private enum Hedge { FLOOR, NEAR, ESTIMATE, CEILING }

    private static final Map<String, Hedge> HEDGES = hedges();

    private static Map<String, Integer> numberWords(int from) {
        Map<String, Integer> out = new HashMap<>();
        WordList.map("number-words").forEach((w, v) -> {
            if (Integer.parseInt(v) >= from) {
                out.put(w, Integer.parseInt(v));
            }
        });
        return Map.copyOf(out);
    }

    private static Map<String, double[]> vagueAmounts() {
        Map<String, double[]> out = new HashMap<>();
        WordList.map("vague-amounts").forEach((w, range) -> {
            String[] r = range.split(" ");
            out.put(w, new double[]{Double.parseDouble(r[0]), Double.parseDouble(r[1])});
        });
        return Map.copyOf(out);
    }

    private static Map<String, Double> multipliers() {
        Map<String, Double> out = new HashMap<>();
        WordList.map("number-scales").forEach((w, v) -> out.put(w, Double.parseDouble(v)));
        return Map.copyOf(out);
    }

    private static Map<String, Unit> units() {
        Map<String, Unit> out = new HashMap<>();
        WordList.map("units").forEach((w, spec) -> {
            String[] f = spec.split(" ");
            int slash = f[1].indexOf('/');
            double factor = slash < 0 ? Double.parseDouble(f[1])
                    : Double.parseDouble(f[1].substring(0, slash)) / Double.parseDouble(f[1].substring(slash + 1));
            out.put(w, new Unit(f[0], factor, f[2]));
        });
        return Map.copyOf(out);
    }

    private static Map<String, Hedge> hedges() {
        Map<String, Hedge> out = new HashMap<>();
        WordList.map("quantity-hedges").forEach((w, kind) -> out.put(w, Hedge.valueOf(kind.toUpperCase(Locale.ROOT))));
        return Map.copyOf(out);
    }

    List<Quantity> parse(String text, List<Token> tokens) {
        List<Quantity> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String low = t.lower();
            double[] range = null;
            boolean approx = false;
            double[] estimate = null;
            int first = i;
            int last = i;
            if (t.numeric()) {
                Double v = parseDigits(t.text());
                if (v == null || isDateOrYear(text, tokens, i, v)) {
                    continue;
                }
                if (i + 1 < tokens.size() && MULTIPLIERS.containsKey(tokens.get(i + 1).lower())) {
                    v *= MULTIPLIERS.get(tokens.get(i + 1).lower());
                    last = i + 1;
                }
                range = new double[]{v, v};
            } else if (SMALL.containsKey(low) || (low.contains("-") && SMALL.containsKey(low.substring(0, low.indexOf('-'))))) {
                int v = wordValue(low);
                if (v <= 0) {
                    continue;
                }
                range = new double[]{v, v};
            } else if (VAGUE.containsKey(low)) {
                range = VAGUE.get(low).clone();
                approx = true;
                if (low.equals("dozen") && i > 0 && tokens.get(i - 1).lower().equals("a")) {
                    first = i - 1;
                }
            } else if (ONE_OF_A_UNIT.contains(low) && i + 1 < tokens.size()
                    && UNITS.containsKey(tokens.get(i + 1).lower())
                    && UNITS.get(tokens.get(i + 1).lower()).dimension().equals("duration")) {
                range = new double[]{1, 1};
            } else {
                continue;
            }
            // "50-odd", "30-plus": a figure given as a floor
            String after = text.substring(tokens.get(last).end(), Math.min(text.length(), tokens.get(last).end() + 5)).toLowerCase();
            if (after.startsWith("-odd") || after.startsWith("-plus") || after.startsWith("-some")) {
                range = new double[]{range[0], range[0] * 1.2};
                approx = true;
                last = i + 1 < tokens.size() ? i + 1 : i;
            }
            // bounds and hedges before the figure: a two-word hedge first ("more than"), then a one-word one
            String p1 = i >= 1 ? tokens.get(i - 1).lower() : "";
            String p2 = i >= 2 ? tokens.get(i - 2).lower() + " " + p1 : "";
            Hedge hedge = HEDGES.get(p2);
            int hedgeWords = 2;
            if (hedge == null) {
                hedge = HEDGES.get(p1);
                hedgeWords = 1;
            }
            if (hedge == Hedge.FLOOR) {
                // a floor: news gives it when the count is still rising, so a figure far above it disagrees
                range = new double[]{range[0], Math.max(range[1], range[0]) * 2};
                approx = true;
                first = i - hedgeWords;
            } else if (hedge == Hedge.NEAR) {
                range = new double[]{range[0] * 0.75, range[1]};
                approx = true;
                first = i - hedgeWords;
            } else if (hedge == Hedge.ESTIMATE) {
                estimate = new double[]{range[0], significantPlace(range[0])};
                range = new double[]{range[0] * 0.85, range[1] * 1.15};
                approx = true;
                first = i - hedgeWords;
            } else if (hedge == Hedge.CEILING) {
                range = new double[]{range[0] * 0.5, range[1]};
                approx = true;
                first = i - hedgeWords;
            }
            Quantity q = withUnit(text, tokens, i, last, first, range, approx,
                    estimate == null ? new double[]{0, 0} : estimate);
            if (q != null) {
                out.add(q);
            }
        }
        return out;
    }

    /** The noun before "at" when "number of …", "total of …" or "count of …" opens the phrase; null otherwise. */
    private static String countedBefore(List<Token> tokens, int at, Set<String> scope) {
        for (int k = at - 2; k >= 0 && at - k <= 6; k--) {
            String w = tokens.get(k).lower();
            if (w.equals("of") && k >= 1 && COUNT_NOUNS.contains(tokens.get(k - 1).lower())) {
                String head = null;
                for (int m = k + 1; m < at; m++) {
                    String c = Tokens.conceptOf(tokens.get(m));
                    if (c != null && !c.startsWith("@")) {
                        scope.add(c);
                        head = c;
                    }
                }
                return head;
            }
        }
        return null;
    }

    /** The place of a figure's last significant digit: 100 for 3,800, 1,000 for 4,000, 1 for 17. */
    static double significantPlace(double v) {
        double place = 1;
        while (v >= place * 10 && Math.abs(v / (place * 10) - Math.rint(v / (place * 10))) < 1e-9) {
            place *= 10;
        }
        return place;
    }

    private Quantity withUnit(String text, List<Token> tokens, int i, int last, int first, double[] range, boolean approx,
                              double[] estimate) {
        int j = last + 1;
        // a parenthesised conversion right after the figure ("2,600km (1,600-mile) border") is its own quantity
        Unit unit = j < tokens.size() ? UNITS.get(tokens.get(j).lower()) : null;
        if (unit == null && text.startsWith("%", tokens.get(last).end())) {
            unit = UNITS.get("percent");
        }
        boolean perCent = unit == null && j + 1 < tokens.size() && tokens.get(j).lower().equals("per")
                && tokens.get(j + 1).lower().equals("cent");
        if (perCent) {
            unit = UNITS.get("per cent");
            j++; // "15 per cent": the unit is two words
        }
        boolean numericValue = tokens.get(i).numeric() || SMALL.containsKey(tokens.get(i).lower());
        if (unit != null) {
            // "15%" (the sign right after the figure, perhaps at the very end of the text) ends one past the figure
            boolean sign = text.startsWith("%", tokens.get(last).end());
            int unitEnd = sign ? tokens.get(last).end() + 1 : tokens.get(j).end();
            if (!text.startsWith("%", tokens.get(last).end())) {
                j++;
            }
            Set<String> headWords = new LinkedHashSet<>();
            int k = skipParenthesis(text, tokens, j);
            for (int n = 0; k < tokens.size() && n < 3; k++, n++) {
                if (k > 0 && punctuationBetween(text, tokens.get(k - 1), tokens.get(k))) {
                    break; // "For nearly two weeks, Afghanistan and ...": the comma ends the phrase
                }
                String c = Tokens.conceptOf(tokens.get(k));
                if (c == null) {
                    if (n == 0) {
                        continue; // "a week of deadly clashes": step over "of"
                    }
                    break;
                }
                headWords.add(c);
            }
            String head = headWords.isEmpty() ? null : headWords.iterator().next();
            if (unit.dimension().equals("duration") && !numericValue && range[0] != 1 && !approx) {
                return null;
            }
            int start = tokens.get(first).start();
            return new Quantity(range[0] * unit.factor(), range[1] * unit.factor(), unit.dimension(), null, head,
                    headWords, unit.name(), approx, text.substring(start, unitEnd), start, unitEnd,
                    estimate[0] * unit.factor(), estimate[1] * unit.factor());
        }
        if (ONE_OF_A_UNIT.contains(tokens.get(i).lower())) {
            return null;
        }
        // a count: the noun after the figure, and whether the sentence counts dead or wounded
        Set<String> scope = new LinkedHashSet<>();
        String head = null;
        int k = j;
        int lastWord = -1;
        for (int n = 0; k < tokens.size() && n < 4; k++, n++) {
            Token tk = tokens.get(k);
            String low = tk.lower();
            if (k > 0 && punctuationBetween(text, tokens.get(k - 1), tk)) {
                break;
            }
            if (SKIPPABLE.contains(low)) {
                continue;
            }
            String c = Tokens.conceptOf(tk);
            if (c == null || tk.numeric()) {
                break;
            }
            scope.add(c);
            head = c;
            lastWord = k;
            if (!tk.capitalised()) {
                break; // the first lower-case noun ends the phrase
            }
        }
        if (head != null && head.startsWith("@")) {
            head = null;
        }
        String status = null;
        if (Lexicon.KILL.equals(head) || Lexicon.INJURE.equals(head)) {
            status = head;
            head = null;
        } else if (head == null || !head.equals("fight")) {
            status = nearestCasualty(text, tokens, i, k);
        }
        if (head == null && status == null && first == i && i >= 1 && tokens.get(i - 1).lower().equals("at")) {
            // "put the number of striking nurses at 4,000": what is counted stands before "at"
            head = countedBefore(tokens, i - 1, scope);
        }
        if (head == null && status == null) {
            return null;
        }
        int endTok = Math.max(last, lastWord);
        int start = tokens.get(first).start();
        int end = tokens.get(endTok).end();
        return new Quantity(range[0], range[1], "count", status, head, scope, null, approx, text.substring(start, end),
                start, end, estimate[0], estimate[1]);
    }

    /**
     * kill or injure when a word of death or injury stands next to the figure in its clause: after it first
     * ("12 villagers were killed"), else before it ("killed at least 23 soldiers"); a comma or "and" ends the search,
     * so in "killed dozens of people, injured hundreds" the dozens are dead and the hundreds wounded.
     */
    private static String nearestCasualty(String text, List<Token> tokens, int i, int after) {
        for (int k = after; k < Math.min(tokens.size(), after + 4); k++) {
            if (k > 0 && (punctuationBetween(text, tokens.get(k - 1), tokens.get(k)) || tokens.get(k).lower().equals("and"))) {
                break;
            }
            String c = Tokens.conceptOf(tokens.get(k));
            if (Lexicon.KILL.equals(c) || Lexicon.INJURE.equals(c)) {
                return c;
            }
        }
        for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
            if (punctuationBetween(text, tokens.get(k), tokens.get(k + 1)) || tokens.get(k).lower().equals("and")) {
                break;
            }
            String c = Tokens.conceptOf(tokens.get(k));
            if (Lexicon.KILL.equals(c) || Lexicon.INJURE.equals(c)) {
                return c;
            }
        }
        return null;
    }

    private static boolean punctuationBetween(String text, Token a, Token b) {
        String gap = text.substring(a.end(), b.start());
        return gap.chars().anyMatch(ch -> ",;:.!?\u201c\u201d\"–—".indexOf(ch) >= 0);
    }

    private static int skipParenthesis(String text, List<Token> tokens, int j) {
        if (j >= tokens.size() || j == 0) {
            return j;
        }
        String gap = text.substring(tokens.get(j - 1).end(), tokens.get(j).start());
        if (!gap.contains("(")) {
            return j;
        }
        int close = text.indexOf(')', tokens.get(j - 1).end());
        if (close < 0) {
            return j;
        }
        while (j < tokens.size() && tokens.get(j).start() < close) {
            j++;
        }
        return j;
    }

    private static boolean isDateOrYear(String text, List<Token> tokens, int i, double v) {
        Token t = tokens.get(i);
        if (t.text().length() == 4 && t.text().indexOf(',') < 0 && v >= 1900 && v <= 2100) {
            return true;
        }
        if (text.startsWith("s", t.end()) || text.startsWith("th", t.end()) || text.startsWith("st", t.end())
                || text.startsWith("nd", t.end()) || text.startsWith("rd", t.end())) {
            return true; // "2000s", "19th"
        }
        boolean monthBefore = i > 0 && MONTHS.contains(tokens.get(i - 1).lower());
        boolean monthAfter = i + 1 < tokens.size() && MONTHS.contains(tokens.get(i + 1).lower());
        return monthBefore || monthAfter;
    }

    static Double parseDigits(String s) {
        try {
            return Double.parseDouble(s.replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static int wordValue(String low) {
        int dash = low.indexOf('-');
        if (dash < 0) {
            return SMALL.getOrDefault(low, -1);
        }
        Integer tens = SMALL.get(low.substring(0, dash));
        Integer ones = SMALL.get(low.substring(dash + 1));
        if (tens == null) {
            return -1;
        }
        return ones == null ? tens : tens + ones;
    }
}
