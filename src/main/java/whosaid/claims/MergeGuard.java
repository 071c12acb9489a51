package whosaid.claims;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The vetoes every merge passes: similarity measures (shingles, synonyms, embeddings) rate "will attack" and "will not
 * attack" as close, so polarity, figures and antonyms are checked apart from the score.
 */
public final class MergeGuard {

    private final Lexicon lexicon;

    public MergeGuard(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Why two wordings may not be one claim, or null when nothing forbids it. */
    public String veto(Wording a, List<String> lemmasA, Wording b, List<String> lemmasB, boolean containment) {
        if (a.negated() != b.negated()) {
            return "negation";
        }
        if (!containment) {
            if (!a.numbers().isEmpty() && !b.numbers().isEmpty() && !a.numbers().equals(b.numbers())) {
                return "numbers";
            }
            // A figure in digits on one side only changes what is claimed ("killed 40" vs "killed civilians").
            if ((a.digits() && b.numbers().isEmpty()) || (b.digits() && a.numbers().isEmpty())) {
                return "numbers";
            }
            String antonym = antonymPair(lemmasA, lemmasB);
            if (antonym != null) {
                return "antonym " + antonym;
            }
        }
        return null;
    }

    /** Share of meaning above which a continuation of the opposite polarity restates, and so reverses, its antecedent. */
    static final double RESTATEMENT = 0.5;

    /**
     * The veto for a continuation ("It does not …" after "… will not be allowed …"): it adds to what was said rather
     * than rewording it, so its polarity may differ; only a continuation that says the same things with the opposite
     * polarity ("We will cut taxes." "We will not cut taxes, that is …") reverses the claim and must stay apart.
     */
    public String vetoContinuation(Wording next, SoftOverlap.Bag nextBag, Wording previous, SoftOverlap.Bag previousBag,
                                   java.util.function.ToDoubleFunction<String> idf) {
        if (next.negated() == previous.negated()) {
            return null;
        }
        // judged by the share of the continuation's own words that restate the previous statement as well: a short
        // "It was worse." after "… this one would be no worse" is all restatement, however long the antecedent
        SoftOverlap.Score s = SoftOverlap.score(nextBag, previousBag, idf);
        // and one with no words of its own ("It did not.") only answers the previous statement, with the opposite
        if (nextBag.lemmas().isEmpty() || Math.max(s.value(), s.coverageA()) >= RESTATEMENT) {
            return "negation of the previous statement";
        }
        return null;
    }

    /** A word of one side whose antonym stands on the other side (and is not shared by both). */
    String antonymPair(List<String> lemmasA, List<String> lemmasB) {
        Set<String> setA = new HashSet<>(lemmasA);
        Set<String> setB = new HashSet<>(lemmasB);
        for (String x : setA) {
            if (setB.contains(x)) {
                continue;
            }
            for (String anti : lexicon.antonyms(x)) {
                if (setB.contains(anti) && !setA.contains(anti)) {
                    return x + "/" + anti;
                }
            }
        }
        for (String y : setB) {
            if (setA.contains(y)) {
                continue;
            }
            for (String anti : lexicon.antonyms(y)) {
                if (setA.contains(anti) && !setB.contains(anti)) {
                    return anti + "/" + y;
                }
            }
        }
        return null;
    }
}
