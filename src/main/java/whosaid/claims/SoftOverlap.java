package whosaid.claims;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * Lexical meaning similarity of two wordings: IDF-weighted share of content lemmas that find a match on the other
 * side, where a match is the same lemma or a shared {@link Lexicon#concepts concept} (synonym, derivation, the
 * adjective of a country). Symmetric, 0..1. Re-translations keep the rare words (names, key nouns) and swap the
 * common verbs for synonyms, which is what this rewards.
 */
public final class SoftOverlap {

    private SoftOverlap() {
    }

    /**
     * Content lemmas with their concept keys, ready to compare, and every key of the bag in one set: a word matches
     * the other side when one of its keys is in that set, so a score costs the keys of both sides, not their
     * product (a quotation of thousands of words would otherwise cost millions of set probes per comparison).
     */
    public record Bag(List<String> lemmas, List<Set<String>> concepts, Set<String> keys) {
    }

    public static Bag bag(List<String> contentTokens, Lexicon lexicon) {
        List<String> lemmas = contentTokens.stream().map(lexicon::lemma).toList();
        List<Set<String>> concepts = lemmas.stream().map(lexicon::concepts).toList();
        Set<String> keys = new HashSet<>();
        concepts.forEach(keys::addAll);
        return new Bag(lemmas, concepts, keys);
    }

    /**
     * The similarity, how many content words of each side matched (callers want at least two), and the weighted
     * share of each side that found a match (a query wants its own words covered more than the claim's).
     */
    public record Score(double value, int matchedA, int matchedB, double coverageA, double coverageB) {
    }

    public static Score score(Bag a, Bag b, ToDoubleFunction<String> idf) {
        double totalA = 0;
        double hitA = 0;
        int matchedA = 0;
        for (int i = 0; i < a.lemmas().size(); i++) {
            double w = idf.applyAsDouble(a.lemmas().get(i));
            totalA += w;
            if (matches(a.concepts().get(i), b)) {
                hitA += w;
                matchedA++;
            }
        }
        double totalB = 0;
        double hitB = 0;
        int matchedB = 0;
        for (int j = 0; j < b.lemmas().size(); j++) {
            double w = idf.applyAsDouble(b.lemmas().get(j));
            totalB += w;
            if (matches(b.concepts().get(j), a)) {
                hitB += w;
                matchedB++;
            }
        }
        double total = totalA + totalB;
        return new Score(total == 0 ? 0 : (hitA + hitB) / total, matchedA, matchedB,
                totalA == 0 ? 0 : hitA / totalA, totalB == 0 ? 0 : hitB / totalB);
    }

    private static boolean matches(Set<String> concepts, Bag other) {
        for (String k : concepts) {
            if (other.keys().contains(k)) {
                return true;
            }
        }
        return false;
    }
}
