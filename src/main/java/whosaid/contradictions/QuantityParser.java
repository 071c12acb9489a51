package whosaid.contradictions;

import java.util.ArrayList;
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

    private static final Map<String, Integer> SMALL = Map.ofEntries(
            Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
            Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
            Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
            Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19),
            Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50),
            Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90));

    /** Vague amounts, as the range of values a reader takes them to mean. */
    private static final Map<String, double[]> VAGUE = Map.of(
            "dozens", new double[]{24, 99}, "scores", new double[]{40, 199}, "hundreds", new double[]{200, 999},
            "thousands", new double[]{2000, 9999}, "several", new double[]{3, 9}, "dozen", new double[]{12, 12},
            "millions", new double[]{2e6, 9.99e6});

    private static final Map<String, Double> MULTIPLIERS = Map.of("hundred", 100.0, "thousand", 1000.0,
            "million", 1e6, "billion", 1e9);

    /** Units: dimension and the factor to the dimension's base unit (km, days, percent). */
    private record Unit(String dimension, double factor, String name) {
    }

    private static final Map<String, Unit> UNITS = Map.ofEntries(
            Map.entry("km", new Unit("length", 1, "km")), Map.entry("kilometre", new Unit("length", 1, "km")),
            Map.entry("kilometres", new Unit("length", 1, "km")), Map.entry("kilometer", new Unit("length", 1, "km")),
            Map.entry("kilometers", new Unit("length", 1, "km")), Map.entry("mile", new Unit("length", 1.609344, "mile")),
            Map.entry("miles", new Unit("length", 1.609344, "mile")), Map.entry("percent", new Unit("percent", 1, "percent")),
            Map.entry("per cent", new Unit("percent", 1, "percent")),
            Map.entry("hour", new Unit("duration", 1 / 24.0, "hour")), Map.entry("hours", new Unit("duration", 1 / 24.0, "hour")),
            Map.entry("day", new Unit("duration", 1, "day")), Map.entry("days", new Unit("duration", 1, "day")),
            Map.entry("week", new Unit("duration", 7, "week")), Map.entry("weeks", new Unit("duration", 7, "week")),
            Map.entry("month", new Unit("duration", 30, "month")), Map.entry("months", new Unit("duration", 30, "month")),
            Map.entry("year", new Unit("duration", 365, "year")), Map.entry("years", new Unit("duration", 365, "year")));

    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec");

    /** Words that may stand between an amount and the noun it counts ("17 Afghan civilians", "hundreds more"). */
    private static final Set<String> COUNT_NOUNS = Set.of("number", "total", "count", "tally", "figure");
    private static final Set<String> SKIPPABLE = Set.of("more", "of", "the", "other", "local", "people's");

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
            } else if ((low.equals("a") || low.equals("an") || low.equals("one")) && i + 1 < tokens.size()
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
            // bounds and hedges before the figure
            String p1 = i >= 1 ? tokens.get(i - 1).lower() : "";
            String p2 = i >= 2 ? tokens.get(i - 2).lower() + " " + p1 : "";
            if (p2.equals("at least") || p2.equals("more than") || p2.equals("no fewer") || p1.equals("over")) {
                // a floor: news gives it when the count is still rising, so a figure far above it disagrees
                range = new double[]{range[0], Math.max(range[1], range[0]) * 2};
                approx = true;
                first = p1.equals("over") ? i - 1 : i - 2;
            } else if (p1.equals("nearly") || p1.equals("almost")) {
                range = new double[]{range[0] * 0.75, range[1]};
                approx = true;
                first = i - 1;
            } else if (p1.equals("about") || p1.equals("around") || p1.equals("roughly") || p1.equals("approximately")
                    || p1.equals("some") || p2.equals("an estimated")) {
                estimate = new double[]{range[0], significantPlace(range[0])};
                range = new double[]{range[0] * 0.85, range[1] * 1.15};
                approx = true;
                first = p2.equals("an estimated") ? i - 2 : i - 1;
            } else if (p2.equals("up to") || p2.equals("at most") || p2.equals("fewer than") || p2.equals("less than")) {
                range = new double[]{range[0] * 0.5, range[1]};
                approx = true;
                first = i - 2;
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
        if (tokens.get(i).lower().matches("a|an|one")) {
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
        if ("kill".equals(head) || "injure".equals(head)) {
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
            if ("kill".equals(c) || "injure".equals(c)) {
                return c;
            }
        }
        for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
            if (punctuationBetween(text, tokens.get(k), tokens.get(k + 1)) || tokens.get(k).lower().equals("and")) {
                break;
            }
            String c = Tokens.conceptOf(tokens.get(k));
            if ("kill".equals(c) || "injure".equals(c)) {
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
