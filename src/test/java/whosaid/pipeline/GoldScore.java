package whosaid.pipeline;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Test helper: scores predicted quotations against a gold file in the seed-gold format the way shared/eval/score
 * does (quotes matched one to one by word overlap ≥ 0.8 within an article, a speaker right when its name key is
 * one of the gold speaker's name forms), and counts right/matched/gold per attribution kind ("how").
 */
final class GoldScore {
    /** One predicted quotation: the gold article number it belongs to, its words, the speaker's name. */
    record Prediction(int article, String text, String speaker, String sieve) {
    }

    private static final Pattern WORDS = Pattern.compile("[\\p{L}\\p{N}_]+");
    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "dr", "sir", "prof");
    private static final String MARKS = "\"'“”‘’«» \t\r\n,.;:";

    final int gold;
    final int predicted;
    int matched;
    int attributableMatched;
    int right;
    final Map<String, int[]> byHow = new TreeMap<>();
    final List<String> misses = new ArrayList<>();

    GoldScore(JsonNode goldFile, List<Prediction> predictions) {
        Map<String, Set<String>> names = new HashMap<>();
        for (JsonNode s : goldFile.get("speakers")) {
            Set<String> keys = new HashSet<>();
            keys.add(key(s.get("name").asText()));
            s.get("aliases").forEach(x -> keys.add(key(x.asText())));
            names.put(s.get("id").asText(), keys);
        }
        Map<Integer, List<JsonNode>> goldByArticle = new HashMap<>();
        int g = 0;
        for (JsonNode q : goldFile.get("quotes")) {
            goldByArticle.computeIfAbsent(q.get("article").asInt(), k -> new ArrayList<>()).add(q);
            g++;
        }
        gold = g;
        predicted = predictions.size();
        Map<Integer, List<Prediction>> predByArticle = new HashMap<>();
        predictions.forEach(p -> predByArticle.computeIfAbsent(p.article(), k -> new ArrayList<>()).add(p));
        for (Map.Entry<Integer, List<JsonNode>> e : goldByArticle.entrySet()) {
            Map<JsonNode, Prediction> m = greedy(e.getValue(), predByArticle.getOrDefault(e.getKey(), List.of()));
            matched += m.size();
            for (JsonNode q : e.getValue()) {
                if (q.get("speaker").isNull()) {
                    continue;
                }
                int[] c = byHow.computeIfAbsent(q.get("how").asText(), k -> new int[3]);
                c[2]++;
                Prediction p = m.get(q);
                if (p == null) {
                    continue;
                }
                attributableMatched++;
                c[1]++;
                if (p.speaker() != null && names.get(q.get("speaker").asText()).contains(key(p.speaker()))) {
                    right++;
                    c[0]++;
                } else {
                    misses.add(String.format("[%s/%s] gold %s, got %s: %.60s", q.get("how").asText(), p.sieve(),
                            q.get("speaker").asText(), p.speaker(), q.get("text").asText()));
                }
            }
        }
    }

    double detectionF1() {
        double p = predicted == 0 ? 0 : (double) matched / predicted;
        double r = gold == 0 ? 0 : (double) matched / gold;
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    double speakerAccuracy() {
        return attributableMatched == 0 ? 0 : (double) right / attributableMatched;
    }

    String report(String corpus) {
        StringBuilder out = new StringBuilder(String.format("%s: detection F1 %.3f (%d gold, %d predicted, %d matched);"
                + " speaker accuracy %d/%d = %.3f%n", corpus, detectionF1(), gold, predicted, matched, right,
                attributableMatched, speakerAccuracy()));
        out.append("  how                 right/matched/gold\n");
        byHow.forEach((how, c) -> out.append(String.format("  %-18s %d/%d/%d%n", how, c[0], c[1], c[2])));
        misses.forEach(m -> out.append("  wrong ").append(m).append('\n'));
        return out.toString();
    }

    private static Map<JsonNode, Prediction> greedy(List<JsonNode> golds, List<Prediction> preds) {
        List<double[]> pairs = new ArrayList<>();
        for (int gi = 0; gi < golds.size(); gi++) {
            for (int pi = 0; pi < preds.size(); pi++) {
                double s = overlap(golds.get(gi).get("text").asText(), preds.get(pi).text());
                if (s >= 0.8) {
                    pairs.add(new double[]{s, gi, pi});
                }
            }
        }
        pairs.sort((x, y) -> Double.compare(y[0], x[0]));
        Set<Integer> usedGold = new HashSet<>();
        Set<Integer> usedPred = new HashSet<>();
        Map<JsonNode, Prediction> out = new HashMap<>();
        for (double[] p : pairs) {
            int gi = (int) p[1];
            int pi = (int) p[2];
            if (!usedGold.contains(gi) && !usedPred.contains(pi)) {
                usedGold.add(gi);
                usedPred.add(pi);
                out.put(golds.get(gi), preds.get(pi));
            }
        }
        return out;
    }

    private static List<String> words(String s) {
        String f = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC).replace('’', '\'')
                .toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        Matcher m = WORDS.matcher(f);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static String strip(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && MARKS.indexOf(s.charAt(a)) >= 0) {
            a++;
        }
        while (b > a && MARKS.indexOf(s.charAt(b - 1)) >= 0) {
            b--;
        }
        return s.substring(a, b);
    }

    static String key(String s) {
        List<String> out = new ArrayList<>();
        for (String w : words(s)) {
            if (!HONORIFICS.contains(w)) {
                out.add(w);
            }
        }
        return String.join(" ", out);
    }

    private static double overlap(String a, String b) {
        List<String> wa = words(strip(a));
        List<String> wb = words(strip(b));
        if (wa.isEmpty() || wb.isEmpty()) {
            return 0;
        }
        Map<String, Integer> count = new HashMap<>();
        wa.forEach(w -> count.merge(w, 1, Integer::sum));
        int common = 0;
        for (String w : wb) {
            Integer c = count.get(w);
            if (c != null && c > 0) {
                common++;
                count.put(w, c - 1);
            }
        }
        return (double) common / Math.max(wa.size(), wb.size());
    }
}
