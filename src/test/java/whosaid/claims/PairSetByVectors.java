package whosaid.claims;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The pair set's precision and recall (as ClaimJudgeTest counts them) with vectors from one text a call and from
 * {@link SentenceEmbedder}'s batches, side by side: what batching the model costs the claim decision.
 */
public final class PairSetByVectors {
    public static void main(String[] args) throws Exception {
        List<String[]> pairs = new ArrayList<>();
        try (InputStream in = PairSetByVectors.class.getResourceAsStream("/whosaid/claims/pairs.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    pairs.add(line.split("\t"));
                }
            }
        }
        List<String> texts = new ArrayList<>();
        pairs.forEach(p -> {
            texts.add(p[2]);
            texts.add(p[3]);
        });
        Map<String, float[]> single = new HashMap<>();
        try (MiniLmEncoder e = new MiniLmEncoder()) {
            for (String t : new java.util.LinkedHashSet<>(texts)) {
                single.put(t, e.embed(List.of(t)).get(0));
            }
        }
        Map<String, float[]> batched;
        try (SentenceEmbedder e = new SentenceEmbedder()) {
            batched = e.embed(texts);
        }
        ClaimJudge judge = new ClaimJudge(new WordNetLexicon());
        for (Map<String, float[]> v : List.of(single, batched)) {
            int tp = 0, fp = 0, fn = 0;
            for (String[] p : pairs) {
                boolean same = judge.judge(judge.side(Wording.of(p[2], null), v.get(p[2])),
                        judge.side(Wording.of(p[3], null), v.get(p[3])), l -> 1.0).same();
                boolean gold = p[0].equals("1");
                if (same && gold) {
                    tp++;
                } else if (same) {
                    fp++;
                } else if (gold) {
                    fn++;
                }
            }
            System.out.printf("%s: precision %.3f recall %.3f (tp %d fp %d fn %d)%n", v == single ? "one a call" : "batched",
                    tp / (double) (tp + fp), tp / (double) (tp + fn), tp, fp, fn);
        }
    }
}
