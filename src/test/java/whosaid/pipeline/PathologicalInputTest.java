package whosaid.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import whosaid.ingest.BadInputException;
import whosaid.store.Database;

/**
 * No input makes a stage superlinear (issue 16): a quotation holding a word of thirty hyphen-joined parts (a URL slug
 * pasted into a quote; WordNet's morphology re-joins the parts every way, so it once cost minutes) and an article of
 * two thousand short quotations by one speaker (every claim candidate list full) ingest together, through every
 * stage, every quotation kept. The issue asks under 15 s wall; a test does not time itself (a shared machine would
 * make it fail at random), so the time is printed for the record and the README's performance section states it;
 * a stage gone superlinear again shows as this test running for minutes.
 */
class PathologicalInputTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int QUOTATIONS = 2_000;
    private static final int PARTS = 30;

    @TempDir
    Path dir;

    private static String line(String id, String title, String text) throws Exception {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", id);
        node.put("title", title);
        node.put("text", text);
        return JSON.writeValueAsString(node) + "\n";
    }

    private static String slugArticle() {
        List<String> parts = new ArrayList<>();
        String[] words = {"city", "council", "budget", "vote", "harbour", "ferry", "school", "library", "tram", "bridge"};
        for (int k = 0; k < PARTS; k++) {
            parts.add(words[k % words.length] + (k / words.length == 0 ? "" : "s"));
        }
        String slug = String.join("-", parts);
        return "Mayor Ana Ruiz spoke to reporters on Monday.\n\n\u201cEverything is written at " + slug
                + " for anyone to read,\u201d said Ana Ruiz, the mayor of Kelm.\n";
    }

    private static String manyQuotationsArticle() {
        StringBuilder text = new StringBuilder("Ola Berg, the harbour master, gave a long interview on Friday.\n\n");
        String[] things = {"ferries", "berths", "cranes", "piers", "boats"};
        for (int k = 0; k < QUOTATIONS; k++) {
            text.append("\u201cWe will add ").append(k + 1).append(' ').append(things[k % things.length])
                    .append(" next year,\u201d said Berg.\n\n");
        }
        return text.toString();
    }

    @Test
    void aThirtyPartWordAndTwoThousandQuotationsIngestInSeconds() throws Exception {
        byte[] feed = (line("slug", "Mayor speaks", slugArticle())
                + line("many", "Harbour master interview", manyQuotationsArticle())).getBytes(StandardCharsets.UTF_8);
        IngestListener failOnError = new IngestListener() {
            @Override
            public void fileDone(int index, int files, String name, IngestSummary soFar) {
            }

            @Override
            public void fileFailed(int index, int files, BadInputException error) {
                throw new AssertionError(error.getMessage(), error);
            }
        };
        try (Database db = Database.open(dir.resolve("w.db"))) {
            long start = System.nanoTime();
            IngestJob.Result result = new IngestJob(db, InputStream.nullInputStream())
                    .run(List.of(IngestJob.Source.of("pathological.jsonl", feed)), false, failOnError);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("pathological input: 30-part word + %d quotations ingested in %.1f s; stages (ms) %s%n",
                    QUOTATIONS, seconds, result.times().ms());
            assertEquals(2, result.summary().articlesNew());
            assertEquals(QUOTATIONS + 1, result.summary().quotes(), "every quotation found, none lost to a bound");
        }
    }
}
