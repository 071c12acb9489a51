package whosaid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Titles and scare quotes end to end: stored with their kind, with no speaker and no claim, left out of
 * `whosaid quotes` unless asked for, and never one side of a contradiction (two people "saying" a show's name).
 */
class NotSpeechQuotesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FIRST = "Harbour Mayor Plans Festival\n\nThe Island Post\n2031-05-02\n\n"
            + "“We will open the pier for the festival in June,” said Mara Velden, the harbour mayor. Velden hosted "
            + "the show “Tides at Noon” for six years before she ran for office.\n\n"
            + "The council passed the so-called “tidy rule” by one vote.\n";
    private static final String SECOND = "Festival Plans Draw Doubts\n\nThe Harbour Gazette\n2031-05-04\n\n"
            + "“Nobody has asked the fishermen about the pier,” said Oskar Lunde, who runs the boat club. Lunde "
            + "once appeared on the show “Tides at Noon” as a guest.\n";

    @TempDir
    static Path dir;

    private static String db() {
        return dir.resolve("w.db").toString();
    }

    @BeforeAll
    static void ingest() throws Exception {
        Files.writeString(dir.resolve("first.txt"), FIRST, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("second.txt"), SECOND, StandardCharsets.UTF_8);
        CliRunner.Result r = CliRunner.run("--db", db(), "ingest", dir.resolve("first.txt").toString(),
                dir.resolve("second.txt").toString());
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
    }

    private static List<JsonNode> jsonl(String... args) throws Exception {
        CliRunner.Result r = CliRunner.run(args);
        List<JsonNode> rows = new ArrayList<>();
        if (r.exitCode() == ExitCodes.NOTHING_FOUND) {
            return rows;
        }
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        for (String line : r.out().strip().split("\n")) {
            rows.add(JSON.readTree(line));
        }
        return rows;
    }

    @Test
    void quotesListsOnlySpeechByDefault() throws Exception {
        List<JsonNode> quotes = jsonl("--db", db(), "quotes", "--format", "jsonl");
        assertEquals(2, quotes.size(), quotes.toString());
        assertTrue(quotes.stream().allMatch(q -> q.get("kind").asText().equals("direct")), quotes.toString());
    }

    @Test
    void titlesAreListedOnRequestWithNoSpeakerAndNoClaim() throws Exception {
        List<JsonNode> titles = jsonl("--db", db(), "quotes", "--kind", "title", "--format", "jsonl");
        assertEquals(2, titles.size(), titles.toString());
        for (JsonNode t : titles) {
            assertEquals("Tides at Noon", t.get("text").asText());
            assertEquals("title", t.get("kind").asText());
            assertTrue(t.get("speaker").isNull(), t.toString());
            assertTrue(t.get("claim_id").isNull(), t.toString());
        }
    }

    @Test
    void scareQuotesAreListedOnRequestAndAllListsEveryKind() throws Exception {
        List<JsonNode> scare = jsonl("--db", db(), "quotes", "--kind", "scare", "--format", "jsonl");
        assertEquals(1, scare.size(), scare.toString());
        assertEquals("tidy rule", scare.get(0).get("text").asText());
        assertTrue(scare.get(0).get("speaker").isNull());
        assertEquals(5, jsonl("--db", db(), "quotes", "--kind", "all", "--format", "jsonl").size());
    }

    @Test
    void aTitleInTwoArticlesIsNoContradiction() throws Exception {
        for (JsonNode c : jsonl("--db", db(), "contradictions", "--format", "jsonl")) {
            assertTrue(!c.get("a").get("text").asText().contains("Tides")
                    && !c.get("b").get("text").asText().contains("Tides"), c.toString());
        }
    }
}
