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

    List<Contradiction> find(List<Passage> passages) {
        List<Passage> withNumbers = passages.stream().filter(p -> !p.quantities().isEmpty()).toList();
        List<Contradiction> out = new ArrayList<>();
        for (CandidateIndex.Pair pair : index.pairs(withNumbers, withNumbers, Passage::concepts, 2)) {
            Passage a = withNumbers.get(pair.a());
            Passage b = withNumbers.get(pair.b());
            // one article rarely contradicts its own figures; the disagreements worth listing are between reports
            if (a.articleId() == b.articleId()) {
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
                out.add(best);
            }
        }
        return out;
    }

    private Contradiction compare(Passage a, Quantity qa, Passage b, Quantity qb) {
        if (!qa.dimension().equals(qb.dimension())) {
            return null;
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
