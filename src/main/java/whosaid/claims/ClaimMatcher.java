package whosaid.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ranks candidate claims against a statement given in any wording (the fact-check query). The store pre-selects
 * candidates (full-text search); this scores them by meaning: lexical overlap with WordNet synonyms
 * ({@link SoftOverlap}), then agreement in polarity and figures, since a check of "X will not attack" is about the
 * claim that says so, not about one that says the opposite.
 */
public final class ClaimMatcher {

    /** Added when query and wording agree in polarity, taken off when they do not. */
    static final double POLARITY_WEIGHT = 0.15;
    /** Weight of the query's own words being covered, against the claim's words being covered. */
    static final double QUERY_SHARE = 0.75;
    /** Taken off when both carry figures and they differ. */
    static final double NUMBER_PENALTY = 0.2;

    private final Lexicon lexicon;

    public ClaimMatcher() {
        this(new WordNetLexicon());
    }

    public ClaimMatcher(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** A claim to rank, with its wordings. */
    public record Candidate(long claimId, List<String> wordings) {
        public Candidate {
            wordings = List.copyOf(wordings);
        }
    }

    /**
     * One ranked claim.
     *
     * @param score       higher is closer; only the order is meaningful
     * @param bestWording the wording of the claim closest to the query
     * @param sameSense   true when polarity and figures agree with the query (false: it may state the opposite)
     */
    public record Match(long claimId, double score, String bestWording, boolean sameSense) {
    }

    /** The candidates, best first; a candidate with no wording that shares anything with the query scores 0. */
    public List<Match> rank(String query, List<Candidate> candidates) {
        Wording q = Wording.of(query, null);
        SoftOverlap.Bag qBag = SoftOverlap.bag(q.content(), lexicon);
        Map<String, Integer> df = new HashMap<>();
        int docs = 1;
        countLemmas(qBag, df);
        List<List<SoftOverlap.Bag>> bags = new ArrayList<>();
        List<List<Wording>> wordings = new ArrayList<>();
        for (Candidate c : candidates) {
            List<SoftOverlap.Bag> cb = new ArrayList<>();
            List<Wording> cw = new ArrayList<>();
            for (String text : c.wordings()) {
                Wording w = Wording.of(text, null);
                SoftOverlap.Bag b = SoftOverlap.bag(w.content(), lexicon);
                countLemmas(b, df);
                docs++;
                cb.add(b);
                cw.add(w);
            }
            bags.add(cb);
            wordings.add(cw);
        }
        final int n = docs;
        List<Match> out = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            double best = 0;
            String bestText = null;
            boolean bestSense = false;
            for (int j = 0; j < bags.get(i).size(); j++) {
                Wording w = wordings.get(i).get(j);
                SoftOverlap.Score sc = SoftOverlap.score(qBag, bags.get(i).get(j),
                        l -> Math.log((n + 1.0) / (df.getOrDefault(l, 0) + 1.0)) + 1.0);
                // What the query says must be in the claim; the claim may say more (a full quote around it).
                double overlap = QUERY_SHARE * sc.coverageA() + (1 - QUERY_SHARE) * sc.coverageB();
                boolean samePolarity = w.negated() == q.negated();
                boolean sameNumbers = q.numbers().isEmpty() || w.numbers().isEmpty() || q.numbers().equals(w.numbers());
                double s = overlap;
                if (overlap > 0) {
                    s += samePolarity ? POLARITY_WEIGHT : -POLARITY_WEIGHT;
                    s -= sameNumbers ? 0 : NUMBER_PENALTY;
                }
                if (bestText == null || s > best) {
                    best = s;
                    bestText = candidates.get(i).wordings().get(j);
                    bestSense = samePolarity && sameNumbers;
                }
            }
            out.add(new Match(candidates.get(i).claimId(), Math.max(0, best), bestText, bestSense));
        }
        out.sort(Comparator.comparingDouble(Match::score).reversed());
        return out;
    }

    private static void countLemmas(SoftOverlap.Bag bag, Map<String, Integer> df) {
        Set<String> seen = new HashSet<>(bag.lemmas());
        for (String l : seen) {
            df.merge(l, 1, Integer::sum);
        }
    }
}
