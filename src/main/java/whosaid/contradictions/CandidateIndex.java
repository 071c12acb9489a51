package whosaid.contradictions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Blocking: pairs up only the passages that share keys (entity keys and content concepts), through an inverted
 * index, never by trying all pairs. It is used inside one story at a time, so its cost is bounded by the size of a
 * story, not of the store; pairs the caller does not want (both sides already compared by an earlier ingest) are
 * left out.
 */
final class CandidateIndex {

    /** Two passages (by index in the list given) and how many keys they share. */
    record Pair(int a, int b, int shared) {
    }

    private final java.util.function.BiPredicate<Passage, Passage> wanted;

    /** @param wanted whether a pair is to be compared at all */
    CandidateIndex(java.util.function.BiPredicate<Passage, Passage> wanted) {
        this.wanted = wanted;
    }

    /**
     * Pairs (left index, right index) between two lists that share at least {@code minShared} keys; when the lists
     * are the same object, each unordered pair comes once.
     */
    List<Pair> pairs(List<Passage> left, List<Passage> right, Function<Passage, Set<String>> keys, int minShared) {
        return pairs(left, keys, right, keys, minShared);
    }

    /** As above, with each side's own keys (a denial offers its proposition's words, the other side all its words). */
    List<Pair> pairs(List<Passage> left, Function<Passage, Set<String>> leftKeys, List<Passage> right,
                     Function<Passage, Set<String>> rightKeys, int minShared) {
        Map<String, List<Integer>> postings = new HashMap<>();
        for (int j = 0; j < right.size(); j++) {
            for (String k : rightKeys.apply(right.get(j))) {
                postings.computeIfAbsent(k, x -> new ArrayList<>()).add(j);
            }
        }
        boolean same = left == right;
        List<Pair> out = new ArrayList<>();
        for (int i = 0; i < left.size(); i++) {
            Map<Integer, Integer> counts = new HashMap<>();
            for (String k : leftKeys.apply(left.get(i))) {
                List<Integer> p = postings.get(k);
                if (p == null) {
                    continue;
                }
                for (int j : p) {
                    if (!same || j > i) {
                        counts.merge(j, 1, Integer::sum);
                    }
                }
            }
            for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
                if (e.getValue() >= minShared && wanted.test(left.get(i), right.get(e.getKey()))) {
                    out.add(new Pair(i, e.getKey(), e.getValue()));
                }
            }
        }
        return out;
    }
}
