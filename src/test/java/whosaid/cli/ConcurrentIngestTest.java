package whosaid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import whosaid.store.EmbeddedPostgres;

/**
 * Two ingests at once into one PostgreSQL store, with overlapping inputs given in opposite orders, lose and double
 * nothing: the store ends up holding every article once, with the same quotations as one ingest of all the inputs
 * into an SQLite file, one speaker row a name, and every quotation that has a speaker under a claim.
 */
class ConcurrentIngestTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DEV = "src/test/resources/whosaid/dev/dev-digest.txt";
    private static final String SHARED = "src/test/resources/whosaid/postgresql/shared-store.jsonl";
    private static final String SAMPLE = "src/samples/harbour-strike-digest.txt";
    private static final String SMALL = "src/test/resources/whosaid/ingest/digest.txt";

    private static final String ALL_KINDS = "direct,partial,indirect,title,scare";

    @TempDir
    Path dir;

    @Test
    void twoIngestsAtOnceLoseAndDoubleNothing() throws Exception {
        String postgresql = EmbeddedPostgres.freshDatabase();
        // the store exists before the race, as a shared store does (creating it is not what is tested)
        assertEquals(ExitCodes.NOTHING_FOUND, CliRunner.run("--db", postgresql, "outlets").exitCode());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<CliRunner.Result> a = pool.submit(() -> {
                start.await();
                return CliRunner.run("--db", postgresql, "ingest", "--quiet", DEV, SHARED, SAMPLE);
            });
            Future<CliRunner.Result> b = pool.submit(() -> {
                start.await();
                return CliRunner.run("--db", postgresql, "ingest", "--quiet", SHARED, DEV, SMALL);
            });
            start.countDown();
            assertEquals(ExitCodes.OK, a.get().exitCode(), a.get().err());
            assertEquals(ExitCodes.OK, b.get().exitCode(), b.get().err());
        } finally {
            pool.shutdownNow();
        }

        String sqlite = dir.resolve("one.db").toString();
        CliRunner.Result once = CliRunner.run("--db", sqlite, "ingest", "--quiet", DEV, SHARED, SAMPLE, SMALL);
        assertEquals(ExitCodes.OK, once.exitCode(), once.err());

        List<JsonNode> expectedArticles = rows(sqlite, "articles");
        List<JsonNode> articles = rows(postgresql, "articles");
        assertEquals(expectedArticles.size(), articles.size(), "every article once");

        Map<String, Integer> expectedQuotes = quoteKeys(rows(sqlite, "quotes", "--kind", ALL_KINDS));
        List<JsonNode> quotes = rows(postgresql, "quotes", "--kind", ALL_KINDS);
        assertEquals(expectedQuotes, quoteKeys(quotes), "the same quotations, each once");

        // A speaker is one row a name, as one ingest of everything makes them (where that has two of a name, such
        // as two different unnamed "trusts", the race may not add a third).
        Map<String, Integer> expectedSpeakers = speakerNames(rows(sqlite, "speakers"));
        Map<String, Integer> speakers = speakerNames(rows(postgresql, "speakers"));
        assertEquals(expectedSpeakers.keySet(), speakers.keySet());
        speakers.forEach((name, n) -> assertTrue(n <= expectedSpeakers.get(name),
                name + ": " + n + " speaker rows, one ingest of everything has " + expectedSpeakers.get(name)));
        for (JsonNode q : quotes) {
            if (!q.get("speaker").isNull() && !q.get("kind").asText().equals("indirect")) {
                assertNotNull(q.get("claim_id"), q.toString());
                assertTrue(!q.get("claim_id").isNull(), "a quote with a speaker under a claim: " + q);
            }
        }
    }

    private static Map<String, Integer> speakerNames(List<JsonNode> speakers) {
        Map<String, Integer> names = new TreeMap<>();
        for (JsonNode s : speakers) {
            names.merge(s.get("speaker").asText(), 1, Integer::sum);
        }
        return names;
    }

    /** Each quotation as where it is (article, offsets, kind) and what it says, with how often it is stored. */
    private static Map<String, Integer> quoteKeys(List<JsonNode> quotes) {
        Map<String, Integer> keys = new TreeMap<>();
        for (JsonNode q : quotes) {
            String key = String.join("|", q.get("article_title").asText(), q.get("outlet").asText(),
                    q.get("published").asText(), q.get("in_title").asText(), q.get("start").asText(),
                    q.get("end").asText(), q.get("kind").asText(), q.get("text").asText());
            keys.merge(key, 1, Integer::sum);
        }
        return keys;
    }

    private static List<JsonNode> rows(String db, String... command) throws Exception {
        List<String> args = new ArrayList<>(List.of("--db", db));
        args.addAll(List.of(command));
        args.addAll(List.of("--format", "jsonl"));
        CliRunner.Result r = CliRunner.run(args.toArray(String[]::new));
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        List<JsonNode> out = new ArrayList<>();
        for (String line : r.out().strip().split("\n")) {
            out.add(JSON.readTree(line));
        }
        return out;
    }
}
