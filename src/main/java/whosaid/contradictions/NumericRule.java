package whosaid.contradictions;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * numeric: two reports give different figures for the same quantity. The same quantity means the same dimension
 * (a length, a duration, a share, a count of dead or of wounded, a count of the same noun) in passages that share
 * their subject words. Ranges, not numbers, are compared, so bounds that fit each other ("at least 17" and 20) and
 * unit conversions within rounding ("1,600-mile" and "2,574 km") do not conflict.
 *
 * <p>Never compared, because news states such figures of different things all the time: ages ("78-year-old"),
 * spans back from now ("eight years ago"), scores and votes ("5-to-4"), a survey's shares (two polls differ by
 * design), figures whose clauses name different owners ("Cruz has 370 delegates" / "Rubio won 163"), and two
 * reports of one outlet (a later report updating a running count revises it). Two reports that differ in many
 * figures of one measure are listing different things (delegates by state, counts by group): such a pair of
 * articles gives no listing of that measure; otherwise at most its strongest one.
 */
final class NumericRule {

    /** Relative rounding allowed when a figure was converted from another unit. */
    private static final double CONVERSION_TOLERANCE = 0.03;

    /** Above this ratio two figures are taken to count different things (a week vs a 20-year war). */
    private static final double MAX_RATIO = 6;

    private final CandidateIndex index;

    NumericRule(CandidateIndex index) {
        this.index = index;
    }

    /** More disagreeing figures than this between two articles means they count different things. */
    private static final int MAX_FIGURE_PAIRS = 2;

    List<Contradiction> find(List<Passage> passages) {
        List<Passage> withNumbers = passages.stream().filter(p -> !p.quantities().isEmpty()).toList();
        java.util.Map<String, List<Contradiction>> byArticles = new java.util.LinkedHashMap<>();
        for (CandidateIndex.Pair pair : index.pairs(withNumbers, withNumbers, Passage::concepts, 2)) {
            Passage a = withNumbers.get(pair.a());
            Passage b = withNumbers.get(pair.b());
            // one article rarely contradicts its own figures; the disagreements worth listing are between reports
            if (a.articleId() == b.articleId() || sameOutlet(a, b)) {
                continue;
            }
            Contradiction best = null;
            for (Quantity qa : a.quantities()) {
                for (Quantity qb : b.quantities()) {
                    Contradiction c = compare(a, qa, b, qb);
                    if (c != null && (best == null || c.strength() > best.strength())) {
                        best = c;
                    }
                }
            }
            if (best != null) {
                // the measure is what the reason names first ("death toll: ...", "border length: ...")
                String key = Math.min(a.articleId(), b.articleId()) + "/" + Math.max(a.articleId(), b.articleId())
                        + "/" + best.why().substring(0, Math.max(0, best.why().indexOf(':')));
                byArticles.computeIfAbsent(key, k -> new ArrayList<>()).add(best);
            }
        }
        List<Contradiction> out = new ArrayList<>();
        for (List<Contradiction> found : byArticles.values()) {
            if (distinctPlaces(found) <= MAX_FIGURE_PAIRS) {
                out.add(found.stream().max(java.util.Comparator.comparingDouble(Contradiction::strength)).get());
            }
        }
        return out;
    }

    /** How many different pairs of places the listings join (a statement and its sentence are one place). */
    private static int distinctPlaces(List<Contradiction> found) {
        List<Contradiction> kept = new ArrayList<>();
        for (Contradiction c : found) {
            boolean dup = kept.stream().anyMatch(k -> overlaps(k.a(), c.a()) && overlaps(k.b(), c.b())
                    || overlaps(k.a(), c.b()) && overlaps(k.b(), c.a()));
            if (!dup) {
                kept.add(c);
            }
        }
        return kept.size();
    }

    private static boolean overlaps(Side x, Side y) {
        return x.articleId() == y.articleId() && x.start() < y.end() && y.start() < x.end();
    }

    private static boolean sameOutlet(Passage a, Passage b) {
        String oa = a.side().outlet();
        String ob = b.side().outlet();
        return oa != null && ob != null && oa.equalsIgnoreCase(ob);
    }

    /** A figure that is an age, a span back from now or a score, not an amount two reports could dispute. */
    private static boolean notAnAmount(Passage p, Quantity q) {
        String after = p.text().substring(q.end(), Math.min(p.text().length(), q.end() + 12)).toLowerCase(Locale.ROOT);
        String surface = q.surface().toLowerCase(Locale.ROOT);
        String before = p.text().substring(Math.max(0, q.start() - 24), q.start()).toLowerCase(Locale.ROOT);
        if (before.matches(".*\\d\\s+of\\s+(its|the|their|his|her|all)\\s+$")) {
            return true; // "23 of its 29 delegates": the whole of a part, not a count anyone disputes
        }
        if (q.dimension().equals("count") && q.status() == null
                && q.surface().matches("(?s).*\\p{Alnum}-(?!odd\\b|plus\\b|some\\b)\\p{L}+.*")) {
            return true; // "a three-way race", "a 12-member panel": the kind of thing, not a count anyone reports
        }
        if (q.dimension().equals("count") && NEEDED_BEFORE.matcher(before).find()) {
            return true; // "would need 2,383 delegates": a threshold, not a count of what happened
        }
        if (q.dimension().equals("count") && NEEDED.matcher(
                p.text().substring(q.end(), Math.min(p.text().length(), q.end() + 40))).find()) {
            return true; // "the 1,200 seats needed to win": a threshold, not a count of what happened
        }
        return (q.head() != null && q.head().contains("-")) || surface.contains("-year-old") || surface.contains("-to-")
                || after.matches("^[\\s-]*(ago|old|earlier|before|later)\\b.*")
                || after.startsWith("-to-") || after.startsWith("-year-old");
    }

    private static final java.util.regex.Pattern NEEDED_BEFORE = java.util.regex.Pattern.compile(
            "\\b(need|needs|needed|requires|required)\\s+(\\p{L}+\\s+)?$");
    private static final java.util.regex.Pattern NEEDED = java.util.regex.Pattern.compile(
            "^\\s*(\\p{L}+\\s+){0,2}(needed|required|necessary)\\b");

    /**
     * A figure in a sentence about a survey: its shares, margins and leads differ from another survey's by design.
     */
    private static boolean surveyShare(Passage p, Quantity q) {
        return p.tokens().stream().anyMatch(t -> Lexicon.SURVEY.contains(Lexicon.lemma(t.lower())) || Lexicon.SURVEY.contains(t.lower()));
    }

    /** Entity keys named in the figure's own clause (up to a comma, semicolon or dash either side). */
    private static Set<String> owners(Passage p, Quantity q) {
        String text = p.text();
        int from = q.start();
        while (from > 0 && ",;:–—(".indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        int to = q.end();
        while (to < text.length() && ",;:–—)".indexOf(text.charAt(to)) < 0) {
            to++;
        }
        Set<String> out = new HashSet<>();
        boolean first = true;
        for (Token t : p.tokens()) {
            if (t.start() < from || t.end() > to) {
                continue;
            }
            boolean sentenceStart = first && from == 0; // a sentence's first word is capitalised whatever it is
            first = false;
            if (!sentenceStart && t.capitalised() && Tokens.isEntityLike(t)) {
                out.add(Tokens.entityKey(t.text()));
            }
        }
        return out;
    }

    private Contradiction compare(Passage a, Quantity qa, Passage b, Quantity qb) {
        if (!qa.dimension().equals(qb.dimension()) || notAnAmount(a, qa) || notAnAmount(b, qb)
                || surveyShare(a, qa) || surveyShare(b, qb)) {
            return null;
        }
        Set<String> ownersA = owners(a, qa);
        Set<String> ownersB = owners(b, qb);
        if (!ownersA.isEmpty() && !ownersB.isEmpty() && !shares(ownersA, ownersB)) {
            return null; // "Cruz has 370 delegates" and "Rubio won 163": two owners, two counts
        }
        if (qa.dimension().equals("percent") && (qa.head() == null || !qa.head().equals(qb.head()))) {
            return null; // a share of what: without the same thing named, two percentages measure two things
        }
        double topic = topicSimilarity(a, qa, b, qb);
        boolean scopesDiffer = false;
        switch (qa.dimension()) {
            case "count" -> {
                if (qa.status() != null || qb.status() != null) {
                    if (!java.util.Objects.equals(qa.status(), qb.status())) {
                        return null;
                    }
                    scopesDiffer = !java.util.Objects.equals(qa.head(), qb.head());
                    if (scopesDiffer && (specific(qa) || specific(qb))) {
                        return null; // soldiers, cricket players, all dead: tolls of different groups
                    }
                    if (namesDiffer(qa.scope(), qb.scope())) {
                        return null; // "Afghan civilians" and "Pakistani soldiers" are two tolls
                    }
                    if (shares(a.entities(), b.entities())) {
                        topic = Math.max(topic, 0.3); // casualties in the same place are likely the same toll
                    }
                } else if (qa.head() == null || !qa.head().equals(qb.head())) {
                    return null;
                } else if (!reported(a) || !reported(b)) {
                    // a count that no one is said to give is the writer's background ("12 states vote on
                    // Tuesday"); two reports dispute a count when each says whose figure it is
                    return null;
                }
            }
            default -> {
                Set<String> shared = new HashSet<>(qa.scope());
                shared.retainAll(qb.scope());
                if (shared.isEmpty() && (topic < 0.25 || (!qa.scope().isEmpty() && !qb.scope().isEmpty()))) {
                    return null; // "a week of clashes" and "a 48-hour truce" measure two things
                }
                if (!shared.isEmpty()) {
                    topic = Math.max(topic, 0.5);
                }
            }
        }
        if (topic < 0.15) {
            return null;
        }
        double tol = qa.sameUnitAs(qb) || qa.unit() == null ? 0 : CONVERSION_TOLERANCE;
        double aLo = qa.lo() * (1 - tol);
        double aHi = qa.hi() * (1 + tol);
        boolean rivalEstimates = rivals(qa, qb, tol);
        if (aLo <= qb.hi() * (1 + tol) && qb.lo() * (1 - tol) <= aHi && !rivalEstimates) {
            // the ranges meet: the figures can both be true. Two estimates that each name a different figure
            // ("about 4,000" and "around 3,800") still disagree: each source says its own number
            return null;
        }
        double gap = Math.max(qa.lo(), qb.lo()) / Math.max(1e-9, Math.min(qa.hi(), qb.hi())) - 1;
        if (gap < 0) { // rival estimates whose hedged ranges overlap: the gap between the figures they name
            gap = Math.abs(named(qa) - named(qb)) / Math.max(1e-9, Math.min(named(qa), named(qb)));
        }
        if (gap > MAX_RATIO - 1) {
            return null; // reports of one quantity differ by small factors; ten times more is another quantity
        }
        // even a small gap between two exact figures in one unit is material (2,600 km vs 2,574 km)
        double size = Math.min(1, 0.7 + gap);
        double strength = topic * size * (scopesDiffer ? 0.8 : 1) * (qa.approximate() || qb.approximate() ? 0.85 : 1);
        String what = describe(qa);
        String why = what + ": " + qa.surface() + " vs " + qb.surface()
                + (scopesDiffer ? " (scopes differ: " + scopeName(qa) + " vs " + scopeName(qb) + ")" : "");
        return new Contradiction("numeric", a.side(), b.side(), why, Math.min(1, strength));
    }

    /**
     * An estimate and another estimate or an exact figure that name different numbers, beyond the estimate's own
     * rounding: "around 3,800" against "4,000" (3,800 is rounded to the hundred), not "about 4,000" against 4,012.
     */
    private static boolean rivals(Quantity qa, Quantity qb, double tol) {
        if (!(qa.estimate() || qb.estimate()) || !(qa.estimate() || !qa.approximate())
                || !(qb.estimate() || !qb.approximate())) {
            return false;
        }
        double place = Math.min(qa.estimate() ? qa.place() : Double.MAX_VALUE, qb.estimate() ? qb.place() : Double.MAX_VALUE);
        return Math.abs(named(qa) - named(qb)) > place * (1 + tol);
    }

    /** The figure a quantity names: the stated value of an estimate, else its (exact) value. */
    private static double named(Quantity q) {
        return q.estimate() ? q.stated() : q.lo();
    }

    /** Whether the passage says who gives its content: a quotation, or a sentence with a word of saying. */
    private static boolean reported(Passage p) {
        return p.isStatement() || p.tokens().stream().anyMatch(t -> Lexicon.ASSERTION.contains(t.lower()));
    }

    /** Share of the smaller passage's concepts that the other holds too, leaving out the figures' own words. */
    static double topicSimilarity(Passage a, Quantity qa, Passage b, Quantity qb) {
        Set<String> ca = new HashSet<>(a.concepts());
        Set<String> cb = new HashSet<>(b.concepts());
        for (String casualty : new String[]{Lexicon.KILL, Lexicon.INJURE}) {
            ca.remove(casualty);
            cb.remove(casualty);
        }
        int min = Math.min(ca.size(), cb.size());
        if (min == 0) {
            return 0;
        }
        Set<String> shared = new HashSet<>(ca);
        shared.retainAll(cb);
        return shared.size() / (double) Math.min(min, 12);
    }

    private static String describe(Quantity q) {
        return switch (q.dimension()) {
            case "count" -> q.status() == null ? "number of " + q.head()
                    : q.status().equals(Lexicon.KILL) ? "death toll" : "number wounded";
            case "length" -> (q.head() == null ? "" : q.head() + " ") + "length";
            case "duration" -> "duration";
            default -> q.dimension();
        };
    }

    /** A count of everyone (no noun, or "people"/"civilians"), as against a count of one group. */
    private static boolean generic(String head) {
        return head == null || head.equals("civilian");
    }

    private static boolean specific(Quantity q) {
        return !generic(q.head());
    }

    /** Both scopes name someone, and not the same one. */
    private static boolean namesDiffer(Set<String> a, Set<String> b) {
        Set<String> na = new HashSet<>();
        a.stream().filter(x -> x.startsWith("@")).forEach(na::add);
        Set<String> nb = new HashSet<>();
        b.stream().filter(x -> x.startsWith("@")).forEach(nb::add);
        return !na.isEmpty() && !nb.isEmpty() && !shares(na, nb);
    }

    private static boolean shares(java.util.Set<String> a, java.util.Set<String> b) {
        return a.stream().anyMatch(b::contains);
    }

    private static String scopeName(Quantity q) {
        return q.scope().isEmpty() || q.head() == null ? "all" : String.join(" ", q.scope()).replace("@", "").toLowerCase(Locale.ROOT);
    }
}
