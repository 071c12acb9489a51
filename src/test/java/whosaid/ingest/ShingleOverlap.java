package whosaid.ingest;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How much of an expected text an extracted one holds, scored as the published article-extraction benchmarks score
 * it: the texts' word 4-grams (lower case, punctuation dropped) compared as multisets, giving precision, recall, F1.
 */
record ShingleOverlap(double precision, double recall) {
    static final int N = 4;

    static ShingleOverlap of(String extracted, String expected) {
        Map<String, Integer> got = shingles(extracted);
        Map<String, Integer> want = shingles(expected);
        int common = 0;
        int gotTotal = 0;
        int wantTotal = 0;
        for (Map.Entry<String, Integer> e : got.entrySet()) {
            gotTotal += e.getValue();
            common += Math.min(e.getValue(), want.getOrDefault(e.getKey(), 0));
        }
        for (int v : want.values()) {
            wantTotal += v;
        }
        double p = gotTotal == 0 ? (wantTotal == 0 ? 1 : 0) : (double) common / gotTotal;
        double r = wantTotal == 0 ? 1 : (double) common / wantTotal;
        return new ShingleOverlap(p, r);
    }

    double f1() {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    private static Map<String, Integer> shingles(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        java.util.List<String> w = new java.util.ArrayList<>();
        for (String s : words) {
            if (!s.isEmpty()) {
                w.add(s);
            }
        }
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i + N <= Math.max(w.size(), N); i++) {
            String key = String.join(" ", w.subList(i, Math.min(w.size(), i + N)));
            if (!key.isEmpty()) {
                out.merge(key, 1, Integer::sum);
            }
        }
        return out;
    }
}
