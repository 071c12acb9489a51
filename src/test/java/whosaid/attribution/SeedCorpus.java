package whosaid.attribution;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import whosaid.ingest.Article;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Test helper: rebuilds the seed articles from the shared corpus and gold (ingest is written elsewhere). Body =
 * the paragraphs from the one that starts with the gold's first_line up to the repeated title, joined by a blank
 * line, characters kept exactly.
 */
final class SeedCorpus {
    final JsonNode gold;
    final List<Article> articles = new ArrayList<>();

    SeedCorpus(Path shared) throws IOException {
        gold = new ObjectMapper().readTree(shared.resolve("eval/seed-gold.json").toFile());
        List<String> lines = Files.readAllLines(shared.resolve("corpus/afpak-ceasefire-2025-10.txt"),
                StandardCharsets.UTF_8);
        for (JsonNode a : gold.get("articles")) {
            int first = a.get("lines").get(0).asInt();
            int last = a.get("lines").get(1).asInt();
            String title = a.get("title").asText();
            String firstLine = a.get("first_line").asText();
            List<String> paras = new ArrayList<>();
            boolean started = false;
            for (int ln = first + 1; ln <= last; ln++) { // 1-based line numbers; line `first` is the title
                String line = lines.get(ln - 1);
                if (!started && line.startsWith(firstLine)) {
                    started = true;
                }
                if (!started || line.isBlank()) {
                    continue;
                }
                if (line.equals(title)) {
                    break;
                }
                paras.add(line);
            }
            String dek = a.hasNonNull("dek") ? a.get("dek").asText() : null;
            articles.add(new Article(String.valueOf(a.get("n").asInt()), title, dek, null, null, null, null,
                    String.join("\n\n", paras), "seed", first));
        }
    }
}
