package whosaid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The questions users ask of an ingested store, end to end over the command line on the bundled sample. */
class AnalysisCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    private static String db() {
        return dir.resolve("w.db").toString();
    }

    @BeforeAll
    static void ingestTheSample() {
        CliRunner.Result r = CliRunner.run("--db", db(), "ingest", "src/samples");
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
    }

    private static List<JsonNode> jsonl(String... args) throws Exception {
        CliRunner.Result r = CliRunner.run(args);
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        List<JsonNode> rows = new ArrayList<>();
        for (String line : r.out().strip().split("\n")) {
            rows.add(JSON.readTree(line));
        }
        return rows;
    }

    private static JsonNode quote(List<JsonNode> quotes, String text) {
        return quotes.stream().filter(q -> q.get("text").asText().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote " + text));
    }

    @Test
    void quotesCarrySpeakerCueSieveAndOffsets() throws Exception {
        List<JsonNode> quotes = jsonl("--db", db(), "quotes", "--format", "jsonl");
        JsonNode fair = quote(quotes, "That offer is fair and it is final,");
        assertEquals("Mara Lindqvist", fair.get("speaker").asText());
        assertEquals("said", fair.get("cue").asText());
        JsonNode rally = quote(quotes, "We will not be divided. Not by threats, and not by rumours.");
        assertEquals("Tomas Brandt", rally.get("speaker").asText(), "a pronoun after a colon cue");
        assertEquals("stressed", rally.get("cue").asText());
        assertEquals(rally.get("text").asText().length(), rally.get("end").asInt() - rally.get("start").asInt());
        assertTrue(quotes.stream().noneMatch(q -> q.get("kind").asText().equals("indirect")),
                "reported speech is listed only when asked for");
    }

    @Test
    void reportedSpeechIsStoredWithItsSpeaker() throws Exception {
        List<JsonNode> reported = jsonl("--db", db(), "quotes", "--kind", "indirect", "--format", "jsonl");
        JsonNode loss = quote(reported, "the loss to the port had reached 3 million euros a day");
        assertEquals("Mara Lindqvist", loss.get("speaker").asText());
        assertEquals("indirect", loss.get("kind").asText());
    }

    @Test
    void checkFindsAClaimGivenInOtherWordsAndNamesWhoSaidIt() throws Exception {
        List<JsonNode> found = jsonl("--db", db(), "check", "nobody will return to work before an agreement is signed",
                "--limit", "3", "--format", "jsonl");
        JsonNode first = found.get(0);
        assertTrue(first.get("text").asText().startsWith("Nobody goes back until there is a signed agreement"),
                first.toString());
        List<String> speakers = new ArrayList<>();
        first.get("speakers").forEach(s -> speakers.add(s.asText()));
        assertTrue(speakers.contains("Tomas Brandt"), speakers.toString());
        assertEquals(2, first.get("quote_ids").size(), "both outlets' wordings are one claim");
    }

    @Test
    void contradictionsShowBothSidesWithTheirEvidence() throws Exception {
        List<JsonNode> numeric = jsonl("--db", db(), "contradictions", "--kind", "numeric", "--format", "jsonl");
        assertTrue(numeric.stream().anyMatch(c -> c.get("why").asText().contains("2 million")
                && c.get("why").asText().contains("3 million")), numeric.toString());
        for (JsonNode c : numeric) {
            for (String side : List.of("a", "b")) {
                JsonNode s = c.get(side);
                assertTrue(s.get("end").asInt() > s.get("start").asInt());
                assertTrue(s.hasNonNull("article_title"));
            }
        }
    }

    @Test
    void theSpeakerReportGroupsTheirQuotesByArticleAndListsTheirClaims() throws Exception {
        CliRunner.Result r = CliRunner.run("--db", db(), "speaker", "Brandt", "--format", "json");
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        JsonNode report = JSON.readTree(r.out()).get(0);
        assertEquals("Tomas Brandt", report.get("speaker").asText());
        assertEquals(3, report.get("articles").size(), "quoted in all three sample articles");
        assertTrue(report.get("claims").size() >= 3, report.get("claims").toString());
    }

    @Test
    void outletsCountTheirArticlesQuotesAndSpeakers() throws Exception {
        List<JsonNode> outlets = jsonl("--db", db(), "outlets", "--format", "jsonl");
        List<JsonNode> articles = jsonl("--db", db(), "articles", "--format", "jsonl");
        List<JsonNode> quotes = jsonl("--db", db(), "quotes", "--format", "jsonl");
        assertEquals(articles.size(), outlets.stream().mapToInt(o -> o.get("articles").asInt()).sum());
        assertEquals(quotes.size(), outlets.stream().mapToInt(o -> o.get("quotes").asInt()).sum());
        for (JsonNode o : outlets) {
            String name = o.get("outlet").asText();
            long ofOutlet = articles.stream().filter(a -> name.equals(a.get("outlet").asText(null))).count();
            if (!name.equals("(unknown)")) {
                assertEquals(ofOutlet, o.get("articles").asLong(), name);
            }
            assertTrue(o.get("speakers").asInt() <= o.get("quotes").asInt(), o.toString());
        }
    }

    @Test
    void anUnknownSpeakerIsNothingFoundNotAnError() {
        CliRunner.Result r = CliRunner.run("--db", db(), "speaker", "Nobody Atall");
        assertEquals(ExitCodes.NOTHING_FOUND, r.exitCode());
        assertTrue(r.err().contains("no speaker called 'Nobody Atall'"), r.err());
    }
}
