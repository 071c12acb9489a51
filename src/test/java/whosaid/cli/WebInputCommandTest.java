package whosaid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** Web pages and crawl archives through the command line, and the articles export with their stored text. */
class WebInputCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static byte[] page(String name) throws IOException {
        try (InputStream in = WebInputCommandTest.class.getResourceAsStream("/whosaid/ingest/html/" + name)) {
            return in.readAllBytes();
        }
    }

    private static List<JsonNode> jsonl(String out) throws IOException {
        List<JsonNode> rows = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (!line.isBlank()) {
                rows.add(JSON.readTree(line));
            }
        }
        return rows;
    }

    @Test
    void anArchiveAndAPageIngestAndExportTheirStoredText() throws IOException {
        Path warc = dir.resolve("crawl.warc.gz");
        try (WarcWriter writer = new WarcWriter(Files.newByteChannel(warc, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            for (String name : List.of("blog-post.html", "paywall-stub.html")) {
                HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.HTML_UTF8, page(name)).build();
                writer.write(new WarcResponse.Builder(URI.create("https://pages.example/" + name))
                        .date(Instant.parse("2026-03-05T12:00:00Z")).body(http).build());
            }
        }
        Path html = dir.resolve("ferry.html");
        Files.write(html, page("newspaper-article.html"));
        String db = dir.resolve("w.db").toString();

        CliRunner.Result r = CliRunner.run("--db", db, "ingest", "--quiet", warc.toString(), html.toString());
        // the paywall stub is skipped with its reason, so the run says bad input
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), r.err());
        assertTrue(r.out().contains("2 articles new"), r.out());
        assertTrue(r.err().contains(warc + ":2: record 2 (https://pages.example/paywall-stub.html): a paywall stub"),
                r.err());

        List<JsonNode> rows = jsonl(CliRunner.run("--db", db, "articles", "--format", "jsonl", "--text").out());
        assertEquals(2, rows.size());
        JsonNode blog = rows.get(0);
        assertEquals("https://pages.example/blog-post.html", blog.get("url").asText());
        assertEquals("Notes from Plot 14", blog.get("outlet").asText());
        assertTrue(blog.get("text").asText().startsWith("Three years ago our allotment society voted"));
        assertEquals(blog.get("chars").asInt(), blog.get("text").asText().length());
        assertFalse(blog.get("text").asText().contains("<"));
        try (whosaid.store.Database store = whosaid.store.Database.open(Path.of(db))) {
            List<String> stored = store.dsl().fetch("select language, fetched from article order by id")
                    .map(rec -> rec.get(0) + " " + rec.get(1));
            assertEquals(List.of("en-us 2026-03-05T12:00:00Z", "en-gb null"), stored);
        }
        // without --text the export keeps its contract's fields only
        JsonNode plain = jsonl(CliRunner.run("--db", db, "articles", "--format", "jsonl").out()).get(0);
        assertFalse(plain.has("text"));
    }
}
