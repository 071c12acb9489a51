package whosaid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end over the command line: ingest, then list what was stored. */
class IngestCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SAMPLES = Path.of("src/samples");

    @TempDir
    Path dir;

    private String db() {
        return dir.resolve("w.db").toString();
    }

    private List<JsonNode> jsonl(String out) throws Exception {
        List<JsonNode> rows = new ArrayList<>();
        for (String line : out.strip().split("\n")) {
            if (!line.isBlank()) {
                rows.add(JSON.readTree(line));
            }
        }
        return rows;
    }

    @Test
    void theSampleIngestsOnceHoweverOftenItIsGiven() throws Exception {
        CliRunner.Result first = CliRunner.run("--db", db(), "ingest", SAMPLES.toString());
        assertEquals(ExitCodes.OK, first.exitCode(), first.err());
        assertTrue(first.out().contains("3 articles new, 0 already known"), first.out());
        CliRunner.Result again = CliRunner.run("--db", db(), "ingest", SAMPLES.toString());
        assertTrue(again.out().contains("0 articles new, 3 already known"), again.out());
        List<JsonNode> articles = jsonl(CliRunner.run("--db", db(), "articles", "--format", "jsonl").out());
        assertEquals(3, articles.size());
        JsonNode first0 = articles.get(0);
        assertEquals("Port Workers Walk Out in Velmora as Wage Talks Collapse", first0.get("title").asText());
        assertEquals("The Coastal Ledger", first0.get("outlet").asText());
        assertEquals("Ines Carvalho", first0.get("byline").asText());
        assertEquals("2026-03-03", first0.get("published").asText());
        assertTrue(first0.get("source").asText().endsWith("harbour-strike-digest.txt"));
        assertTrue(first0.get("chars").asInt() > 500);
    }

    @Test
    void theInventedDigestsIngestWholeWithClaimsAndContradictions() throws Exception {
        // every stage, the claim and contradiction refresh included, over text the rules were not written on
        CliRunner.Result r = CliRunner.run("--db", db(), "ingest", "src/test/resources/whosaid/dev/dev-digest.txt",
                "src/test/resources/whosaid/heldout/heldout-digest.txt");
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        assertTrue(r.out().contains("18 articles new"), r.out());
        CliRunner.Result c = CliRunner.run("--db", db(), "contradictions", "--format", "jsonl");
        assertEquals(ExitCodes.OK, c.exitCode(), c.err());
    }

    @Test
    void aBadFileIsNamedSkippedAndLeavesTheOthersStored() throws Exception {
        // A byte that is not UTF-8 makes the whole file unreadable: not one record's problem but the file's.
        Path bad = dir.resolve("bad.jsonl");
        byte[] good = "{\"id\": \"a1\", \"text\": \"Fine article text.\"}\n{\"id\": \"a2\", \"text\": \"Caf"
                .getBytes(StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(good, good.length + 4);
        bytes[good.length] = (byte) 0xE9;
        bytes[good.length + 1] = '"';
        bytes[good.length + 2] = '}';
        bytes[good.length + 3] = '\n';
        Files.write(bad, bytes);
        CliRunner.Result r = CliRunner.run("--db", db(), "ingest", bad.toString(), SAMPLES.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode());
        assertTrue(r.err().contains(bad + ":2:"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        List<JsonNode> articles = jsonl(CliRunner.run("--db", db(), "articles", "--format", "jsonl").out());
        assertEquals(3, articles.size(), "the bad file stored nothing, the sample everything");
        assertTrue(articles.stream().noneMatch(a -> "a1".equals(a.get("article_id").asText())));
    }

    /** Good records with an empty text, a line that is not JSON and a text of the wrong type among them. */
    private Path mixedFeed() throws Exception {
        Path feed = dir.resolve("feed.jsonl");
        Files.writeString(feed, String.join("\n",
                "{\"id\": \"g1\", \"text\": \"Mayor Ana Ruiz said: \u201cThe pier opens in May.\u201d\"}",
                "{\"id\": \"paywalled\", \"title\": \"Video\", \"text\": \"\"}",
                "{\"id\": \"g2\", \"text\": \"The council met on Monday. \u201cWe are ready,\u201d said Ola Berg.\"}",
                "{\"id\": \"cut\", \"text\": \"The line ends",
                "{\"id\": \"typed\", \"text\": 42}",
                "{\"id\": \"g3\", \"text\": \"Fishers said the catch was small this year.\"}") + "\n");
        return feed;
    }

    private List<String> articleIds() throws Exception {
        CliRunner.Result r = CliRunner.run("--db", db(), "articles", "--format", "jsonl");
        if (r.exitCode() == ExitCodes.NOTHING_FOUND) {
            return List.of();
        }
        return jsonl(r.out()).stream().map(a -> a.get("article_id").asText()).toList();
    }

    @Test
    void badRecordsAreSkippedWithTheirLinesAndTheGoodOnesStored() throws Exception {
        Path feed = mixedFeed();
        CliRunner.Result r = CliRunner.run("--db", db(), "ingest", feed.toString(), SAMPLES.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), r.err());
        List<String> errors = r.err().strip().lines().toList();
        assertEquals(3, errors.size(), r.err());
        assertEquals("whosaid: " + feed + ":2: \"text\" is empty", errors.get(0));
        assertTrue(errors.get(1).startsWith("whosaid: " + feed + ":4: malformed JSON"), errors.get(1));
        assertEquals("whosaid: " + feed + ":5: \"text\" must be a string", errors.get(2));
        assertTrue(r.out().contains("6 articles new"), r.out());
        assertTrue(r.out().contains("3 bad records skipped, 0 errors"), r.out());
        List<String> ids = articleIds();
        assertEquals(6, ids.size(), ids.toString());
        assertTrue(ids.containsAll(List.of("g1", "g2", "g3")), ids.toString());

        // Again: nothing new, the same records named and skipped, still exit 3.
        CliRunner.Result again = CliRunner.run("--db", db(), "ingest", feed.toString());
        assertEquals(ExitCodes.BAD_INPUT, again.exitCode(), again.err());
        assertTrue(again.out().contains("0 articles new, 3 already known"), again.out());
        assertEquals(3, again.err().strip().lines().count(), again.err());
        assertEquals(6, articleIds().size());
    }

    @Test
    void aFileOfOnlyBadRecordsStoresNothingOfItAndTheOthersGoOn() throws Exception {
        Path feed = dir.resolve("broken.jsonl");
        Files.writeString(feed, "{\"text\": \"  \"}\n{\"text\": null}\n");
        CliRunner.Result r = CliRunner.run("--db", db(), "ingest", feed.toString(), SAMPLES.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), r.err());
        assertEquals(List.of("whosaid: " + feed + ":1: \"text\" is empty", "whosaid: " + feed + ":2: missing \"text\""),
                r.err().strip().lines().toList());
        assertTrue(r.out().contains("2 files: 3 articles new"), r.out());
        assertEquals(3, articleIds().size());
    }

    @Test
    void strictRejectsTheWholeFileOfABadRecordAndStops() throws Exception {
        Path feed = mixedFeed();
        CliRunner.Result r = CliRunner.run("--db", db(), "ingest", "--strict", feed.toString(), SAMPLES.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), r.err());
        assertEquals(List.of("whosaid: " + feed + ":2: \"text\" is empty"), r.err().strip().lines().toList());
        assertTrue(r.out().contains("0 articles new"), r.out());
        assertTrue(r.out().contains("1 error"), r.out());
        assertEquals(List.of(), articleIds(), "nothing of the file, and the run stopped before the sample");
    }

    @Test
    void strictStopsAtTheFirstBadFile() throws Exception {
        Path empty = dir.resolve("empty.txt");
        Files.writeString(empty, "");
        CliRunner.Result r = CliRunner.run("--db", db(), "ingest", "--strict", empty.toString(), SAMPLES.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode());
        assertTrue(r.err().contains(empty.toString()), r.err());
        assertEquals(ExitCodes.NOTHING_FOUND, CliRunner.run("--db", db(), "articles").exitCode());
    }

    @Test
    void binaryAndInvalidUtf8AreBadInput() throws Exception {
        Path binary = dir.resolve("blob.txt");
        Files.write(binary, new byte[] {'a', 0, 1, 2, 'b'});
        Path latin1 = dir.resolve("latin1.txt");
        Files.write(latin1, "Title\n\nCaf\u00e9 owners said prices rose.\n".getBytes(StandardCharsets.ISO_8859_1));
        CliRunner.Result r = CliRunner.run("--db", db(), "ingest", binary.toString(), latin1.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode());
        assertTrue(r.err().contains(binary.toString()), r.err());
        assertTrue(r.err().contains(latin1 + ":3:"), r.err());
        assertEquals(2, r.err().strip().lines().count(), r.err());
    }

    @Test
    void aMissingPathIsBadInput() {
        CliRunner.Result r = CliRunner.run("--db", db(), "ingest", dir.resolve("nope.txt").toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode());
        assertTrue(r.err().contains("nope.txt"), r.err());
    }

    @Test
    void jsonlKeepsTheGivenIdAndText() throws Exception {
        Path file = dir.resolve("feed.jsonl");
        String text = "Mayor Ana Ruiz said: “The bridge opens in May.”\n\nWork began in 2024.";
        Files.writeString(file, JSON.writeValueAsString(Map.of("id", "feed-7", "title", "Bridge to open",
                "outlet", "River Times", "published", "2026-04-01", "text", text)) + "\n");
        assertEquals(ExitCodes.OK, CliRunner.run("--db", db(), "ingest", file.toString()).exitCode());
        JsonNode article = jsonl(CliRunner.run("--db", db(), "articles", "--format", "jsonl").out()).get(0);
        assertEquals("feed-7", article.get("article_id").asText());
        assertEquals(text.length(), article.get("chars").asInt());
    }

    /** The seed digest's header fields, read through the whole CLI, against the hand-made gold. */
    @Test
    void seedDigestArticlesMatchTheGold() throws Exception {
        String shared = System.getProperty("whosaid.shared");
        assumeTrue(shared != null && Files.isDirectory(Path.of(shared, "corpus")), "../shared is not beside the checkout");
        Path digest = Path.of(shared, "corpus", "afpak-ceasefire-2025-10.txt");
        JsonNode gold = JSON.readTree(Path.of(shared, "eval", "seed-gold.json").toFile());
        assertEquals(ExitCodes.OK, CliRunner.run("--db", db(), "ingest", digest.toString()).exitCode());
        assertEquals(ExitCodes.OK, CliRunner.run("--db", db(), "ingest", digest.toString()).exitCode());
        List<JsonNode> articles = jsonl(CliRunner.run("--db", db(), "articles", "--format", "jsonl").out());
        assertEquals(10, articles.size());
        List<String> mismatches = new ArrayList<>();
        for (JsonNode g : gold.get("articles")) {
            JsonNode a = articles.get(g.get("n").asInt() - 1);
            for (String[] field : new String[][] {{"title", "title"}, {"outlet", "outlet"}, {"byline", "byline"},
                    {"date", "published"}}) {
                String want = g.get(field[0]).isNull() ? null : g.get(field[0]).asText();
                String got = a.get(field[1]).isNull() ? null : a.get(field[1]).asText();
                if (want == null ? got != null : !want.equals(got)) {
                    mismatches.add("article " + g.get("n") + " " + field[0] + ": want " + want + ", got " + got);
                }
            }
        }
        assertEquals(List.of(), mismatches);
    }
}
