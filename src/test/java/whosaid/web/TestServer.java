package whosaid.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import whosaid.cli.Main;
import whosaid.store.DatabaseLocation;

/**
 * A store built from the bundled sample plus an invented article full of markup, served on a free loopback port,
 * and a plain java.net.http client to ask it things.
 */
final class TestServer implements AutoCloseable {
    /** An article whose every field tries to inject markup or a script; the app must show it all as text. */
    static final String HOSTILE_JSONL = "{\"id\": \"x<1>&\", \"title\": \"<script>alert(7)</script> Pier plan\","
            + " \"outlet\": \"<i>Harbour</i> Watch\", \"published\": \"2026-03-09\","
            + " \"url\": \"javascript:alert('url')\", \"byline\": \"<b>Staff</b>\","
            + " \"text\": \"The council met on Monday.\\n\\n“We will build <script>alert(1)</script> piers by June,”"
            + " said Ada Vance, the harbour councillor. “Nobody <img src=x onerror=alert(2)> will stop it.”\"}\n";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The SQLite file, or null for PostgreSQL. */
    final Path db;
    final WebApp app;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    record Reply(int status, String contentType, String body) {
        JsonNode json() throws IOException {
            return JSON.readTree(body);
        }
    }

    TestServer(Path dir) throws IOException {
        this(dir, dir.resolve("web.db").toString());
    }

    /** The same store at any --db value (an SQLite path, or a PostgreSQL URL). */
    TestServer(Path dir, String dbValue) throws IOException {
        DatabaseLocation location = DatabaseLocation.parse(dbValue);
        db = location.file();
        Path hostile = dir.resolve("hostile.jsonl");
        Files.writeString(hostile, HOSTILE_JSONL, StandardCharsets.UTF_8);
        int code = Main.run("--db", dbValue, "ingest", "--quiet", "src/samples", hostile.toString());
        if (code != 0) {
            throw new IllegalStateException("ingest of the test store failed with exit code " + code);
        }
        app = WebApp.start(location, "127.0.0.1", 0);
    }

    String base() {
        return "http://127.0.0.1:" + app.port();
    }

    Reply get(String pathAndQuery) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base() + pathAndQuery)).GET());
    }

    Reply send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> r = client.send(request.timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
    }

    @Override
    public void close() {
        app.close();
    }
}
