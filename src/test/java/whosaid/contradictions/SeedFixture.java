package whosaid.contradictions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import whosaid.claims.Statement;
import whosaid.ingest.Article;
import whosaid.quotes.QuoteKind;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The seed digest as this stage's input, built from the gold file because the ingester is written elsewhere: each
 * gold article's body is its paragraphs from the one opening with {@code first_line} up to the repeated title.
 * The statements are ORACLE statements: the gold quotes with the gold speakers, not the pipeline's own output.
 */
final class SeedFixture {
    final List<ArticleRef> articles = new ArrayList<>();
    final List<Statement> statements = new ArrayList<>();
    final JsonNode gold;

    SeedFixture(Path shared) throws IOException {
        gold = new ObjectMapper().readTree(shared.resolve("eval/seed-gold.json").toFile());
        List<String> lines = Files.readAllLines(shared.resolve("corpus/afpak-ceasefire-2025-10.txt"), StandardCharsets.UTF_8);
        Map<Integer, ArticleRef> byNumber = new HashMap<>();
        for (JsonNode a : gold.get("articles")) {
            int n = a.get("n").asInt();
            int first = a.get("lines").get(0).asInt();
            int last = a.get("lines").get(1).asInt();
            String title = a.get("title").asText();
            String firstLine = a.get("first_line").asText();
            List<String> paragraphs = new ArrayList<>();
            boolean in = false;
            for (int i = first - 1; i < last && i < lines.size(); i++) {
                String line = lines.get(i);
                if (!in && line.startsWith(firstLine)) {
                    in = true;
                }
                if (!in) {
                    continue;
                }
                if (line.equals(title)) {
                    break;
                }
                if (!line.isBlank()) {
                    paragraphs.add(line);
                }
            }
            Article art = new Article(null, title, null, text(a, "outlet"), null, text(a, "date"), null,
                    String.join("\n\n", paragraphs), "seed", first);
            ArticleRef ref = new ArticleRef(n, art);
            articles.add(ref);
            byNumber.put(n, ref);
        }
        Map<String, String> speakerNames = new HashMap<>();
        for (JsonNode s : gold.get("speakers")) {
            speakerNames.put(s.get("id").asText(), s.get("name").asText());
        }
        long id = 1;
        for (JsonNode q : gold.get("quotes")) {
            ArticleRef ref = byNumber.get(q.get("article").asInt());
            String text = q.get("text").asText();
            int start = ref.article().body().indexOf(text);
            if (start < 0) {
                continue; // the headline quote: not in the body
            }
            String speaker = q.get("speaker").isNull() ? null : speakerNames.get(q.get("speaker").asText());
            QuoteKind kind = q.get("kind").asText().equals("direct") ? QuoteKind.DIRECT : QuoteKind.PARTIAL;
            statements.add(new Statement(id++, ref.articleId(), ref.article().title(), ref.article().outlet(),
                    ref.article().published(), speaker, text, start, start + text.length(), false, kind, null));
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
