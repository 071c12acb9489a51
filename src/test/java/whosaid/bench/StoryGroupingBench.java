package whosaid.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import whosaid.stories.StoryArticle;
import whosaid.stories.StoryAssignment;
import whosaid.stories.StoryGrouper;
import whosaid.stories.StoryIndex;
import whosaid.stories.StoryTerms;
import whosaid.stories.TermRarity;
import whosaid.text.TextLayer;

/**
 * Groups a corpus into stories in one run, as one ingest would, and prints how many stories hold more than one
 * article and their headlines, to read. Usage: StoryGroupingBench ARTICLES.jsonl [QUOTES.jsonl] (quotes as
 * {@code whosaid quotes --format jsonl} prints them, for the speakers; article ids matched by the jsonl "id").
 */
public final class StoryGroupingBench {
    public static void main(String[] args) throws Exception {
        ObjectMapper json = new ObjectMapper();
        Map<String, List<String>> speakers = new HashMap<>();
        if (args.length > 1) {
            for (String line : Files.readAllLines(Path.of(args[1]))) {
                JsonNode q = json.readTree(line);
                if (!q.path("speaker").isNull() && !q.path("kind").asText().equals("scare")) {
                    speakers.computeIfAbsent(q.path("article_id").asText(), k -> new ArrayList<>())
                            .add(q.path("speaker").asText());
                }
            }
        }
        StoryTerms terms = new StoryTerms();
        TextLayer layer = new TextLayer();
        List<StoryArticle> articles = new ArrayList<>();
        Map<Long, String> titles = new HashMap<>();
        Map<Long, String> outlets = new HashMap<>();
        Map<String, Long> df = new HashMap<>();
        long t0 = System.nanoTime();
        long id = 0;
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            JsonNode a = json.readTree(line);
            id++;
            String title = a.path("title").asText("");
            Map<String, Integer> counts = terms.of(layer.of(title, a.path("text").asText()),
                    speakers.getOrDefault(a.path("id").asText(), List.of()));
            counts.keySet().forEach(t -> df.merge(t, 1L, Long::sum));
            articles.add(new StoryArticle(id, title, StoryArticle.date(a.path("published").asText(null)), counts));
            titles.put(id, title);
            outlets.put(id, a.path("outlet").asText());
        }
        long t1 = System.nanoTime();
        StoryGrouper grouper = new StoryGrouper(new TermRarity(articles.size(), df), StoryIndex.NONE);
        List<StoryAssignment> out = grouper.assign(articles);
        long t2 = System.nanoTime();
        Map<Long, List<StoryAssignment>> byStory = new TreeMap<>();
        out.forEach(s -> byStory.computeIfAbsent(-s.story().id(), k -> new ArrayList<>()).add(s));
        Map<Integer, Integer> sizes = new TreeMap<>();
        int multi = 0;
        int inMulti = 0;
        StringBuilder dump = new StringBuilder();
        for (Map.Entry<Long, List<StoryAssignment>> e : byStory.entrySet()) {
            int n = e.getValue().size();
            sizes.merge(n, 1, Integer::sum);
            if (n > 1) {
                multi++;
                inMulti += n;
                dump.append("story ").append(e.getKey()).append(" (").append(n).append(")\n");
                for (StoryAssignment s : e.getValue()) {
                    StoryArticle a = articles.get((int) s.articleId() - 1);
                    dump.append(String.format("   %s %-12s %.2f %s%n", a.published(), outlets.get(s.articleId()),
                            s.score(), titles.get(s.articleId())));
                }
            }
        }
        if (System.getenv("DUMP") != null) {
            System.out.print(dump);
        }
        System.out.printf("%d articles, %d stories, %d with more than one article (%d articles in them); sizes %s%n",
                articles.size(), byStory.size(), multi, inMulti, sizes);
        System.out.printf("terms %d ms, grouping %d ms%n", (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);
    }
}
