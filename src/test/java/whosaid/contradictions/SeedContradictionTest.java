package whosaid.contradictions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The seed's 16 gold contradictions, matched with the scorer's rule (each side overlaps at least half the gold
 * side's words, or holds it or is held in it with 4+ words). Measured: 12 of 16 in 19 listings (oracle statements: the gold quotes with gold speakers), after the rules were narrowed to what is about the same thing.
 */
class SeedContradictionTest {

    /** Gold contradictions found when last measured; the test allows 2 fewer. */
    private static final int MEASURED_FOUND = 12;
    private static final int MAX_LISTED = 40;

    @Test
    void findsMostGoldContradictionsInFewListings() throws IOException {
        String shared = System.getProperty("whosaid.shared");
        assumeTrue(shared != null && Files.isDirectory(Path.of(shared)), "seed corpus not available");
        SeedFixture seed = new SeedFixture(Path.of(shared));
        List<Contradiction> found = new ContradictionFinder().find(seed.articles, seed.statements);

        ObjectMapper json = new ObjectMapper();
        StringBuilder jsonl = new StringBuilder();
        for (Contradiction c : found) {
            ObjectNode o = json.createObjectNode();
            o.put("kind", c.kind());
            o.set("a", side(json, c.a()));
            o.set("b", side(json, c.b()));
            o.put("why", c.why());
            jsonl.append(json.writeValueAsString(o)).append('\n');
        }
        Path out = Path.of("target", "seed-contradictions.jsonl");
        Files.createDirectories(out.getParent());
        Files.writeString(out, jsonl.toString(), StandardCharsets.UTF_8);

        Map<String, String> hitBy = new HashMap<>();
        int i = 0;
        for (Contradiction c : found) {
            List<String> hits = new ArrayList<>();
            for (JsonNode g : seed.gold.get("contradictions")) {
                if (hit(g, c)) {
                    hits.add(g.get("id").asText());
                    hitBy.putIfAbsent(g.get("id").asText(), "#" + i);
                }
            }
            System.out.printf(Locale.ROOT, "#%d %s %.2f %s%n   A[%d] %s%n   B[%d] %s%n   why: %s%n", i, c.kind(),
                    c.strength(), hits.isEmpty() ? "(not gold)" : hits, c.a().articleId(), c.a().text(),
                    c.b().articleId(), c.b().text(), c.why());
            i++;
        }
        for (JsonNode g : seed.gold.get("contradictions")) {
            String id = g.get("id").asText();
            System.out.println("gold " + id + " " + g.get("kind").asText() + ": " + hitBy.getOrDefault(id, "MISSED"));
        }
        System.out.printf("contradictions: found %d of %d gold, %d listed%n", hitBy.size(),
                seed.gold.get("contradictions").size(), found.size());
        assertTrue(hitBy.size() >= MEASURED_FOUND - 2, "found " + hitBy.size());
        assertTrue(found.size() <= MAX_LISTED, "listed " + found.size());
    }

    private static ObjectNode side(ObjectMapper json, Side s) {
        ObjectNode o = json.createObjectNode();
        if (s.statementId() != null) {
            o.put("quote_id", s.statementId());
        }
        o.put("article_id", String.valueOf(s.articleId()));
        o.put("article_title", s.articleTitle());
        o.put("outlet", s.outlet());
        o.put("speaker", s.speaker());
        o.put("text", s.text());
        o.put("start", s.start());
        o.put("end", s.end());
        return o;
    }

    /** The scorer's rule (eval/score, seed: hit). */
    static boolean hit(JsonNode g, Contradiction c) {
        String ga = g.get("a").get("text").asText();
        String gb = g.get("b").get("text").asText();
        return (near(ga, c.a().text()) && near(gb, c.b().text())) || (near(ga, c.b().text()) && near(gb, c.a().text()));
    }

    private static boolean near(String gold, String text) {
        List<String> gw = words(gold);
        List<String> tw = words(text);
        if (overlap(gw, tw) >= 0.5) {
            return true;
        }
        return (tw.size() >= 4 && String.join(" ", gw).contains(String.join(" ", tw)))
                || (gw.size() >= 4 && String.join(" ", tw).contains(String.join(" ", gw)));
    }

    private static double overlap(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Map<String, Integer> ca = new HashMap<>();
        a.forEach(w -> ca.merge(w, 1, Integer::sum));
        int common = 0;
        for (String w : b) {
            Integer n = ca.get(w);
            if (n != null && n > 0) {
                common++;
                ca.put(w, n - 1);
            }
        }
        return common / (double) Math.max(a.size(), b.size());
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");

    private static List<String> words(String s) {
        String f = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKC)
                .replace('“', '"').replace('”', '"').replace('‘', '\'').replace('’', '\'')
                .replace('–', '-').replace('—', '-').toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(f);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
