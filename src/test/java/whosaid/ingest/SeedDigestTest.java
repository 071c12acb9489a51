package whosaid.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Reads the shared seed digest and checks every article's header fields and body start against the gold.
 * Skipped when the shared folder (system property {@code whosaid.shared}) is absent.
 */
class SeedDigestTest {

    @Test
    void everySeedArticleMatchesTheGoldHeaderAndBodyStart() throws Exception {
        String shared = System.getProperty("whosaid.shared");
        assumeTrue(shared != null && Files.isDirectory(Path.of(shared)), "no shared folder");
        Path corpus = Path.of(shared, "corpus", "afpak-ceasefire-2025-10.txt");
        Path goldFile = Path.of(shared, "eval", "seed-gold.json");
        assumeTrue(Files.isRegularFile(corpus) && Files.isRegularFile(goldFile), "no seed corpus or gold");

        List<Article> articles = new ArticleReader().read(corpus);
        String file = Files.readString(corpus);
        JsonNode gold = new ObjectMapper().readTree(goldFile.toFile()).get("articles");

        List<String> failures = new ArrayList<>();
        if (articles.size() != gold.size()) {
            failures.add("articles: expected " + gold.size() + ", read " + articles.size());
        }
        for (int k = 0; k < Math.min(articles.size(), gold.size()); k++) {
            Article a = articles.get(k);
            JsonNode g = gold.get(k);
            String n = "article " + g.get("n").asInt() + " ";
            check(failures, n + "title", text(g, "title"), a.title());
            check(failures, n + "outlet", text(g, "outlet"), a.outlet());
            check(failures, n + "byline", text(g, "byline"), a.byline());
            check(failures, n + "date", text(g, "date"), a.published());
            check(failures, n + "dek", text(g, "dek"), a.dek());
            check(failures, n + "start line", String.valueOf(g.get("lines").get(0).asInt()), String.valueOf(a.line()));
            for (String paragraph : a.body().split("\n\n")) {
                if (!file.contains(paragraph)) {
                    failures.add(n + "body paragraph not verbatim in the file: " + paragraph);
                }
            }
            if (a.body().contains("\n\n" + a.title()) || a.body().toLowerCase().endsWith("read more")) {
                failures.add(n + "end marker left in the body");
            }
            String firstLine = text(g, "first_line");
            if (!a.body().startsWith(firstLine)) {
                failures.add(n + "body starts with \"" + a.body().substring(0, Math.min(60, a.body().length()))
                        + "\", gold \"" + firstLine + "\"");
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        assertEquals(gold.size(), articles.size());
    }

    private static void check(List<String> failures, String what, String expected, String actual) {
        if (!Objects.equals(expected, actual)) {
            failures.add(what + ": expected " + expected + ", read " + actual);
        }
    }

    private static String text(JsonNode node, String key) {
        JsonNode value = node.get(key);
        return value == null || value.isNull() ? null : value.asText();
    }
}
