package whosaid.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

import whosaid.cli.Main;
import whosaid.query.ClaimView;
import whosaid.query.ExportRows;
import whosaid.query.Listings;
import whosaid.query.QuoteFilter;
import whosaid.store.Database;

/**
 * The same corpus (JSONL with a bad line, a digest, a web page and a crawl archive, all invented) ingested by
 * {@code whosaid ingest} and by the Spark job at local[2] gives the same stores: every quotation with its article,
 * offsets, kind and speaker, the same speakers, claims, stories' contradictions; and the Parquet tables carry the
 * export's field names. Runs with {@code mvn -Pspark test} only.
 */
@Tag("spark")
class SparkIngestParityTest {
    @TempDir
    static Path dir;

    private static Path corpus;
    private static Path cliDb;
    private static Path sparkDb;
    private static Path parquet;
    private static int cliExit;
    private static int sparkExit;
    private static String sparkErr;

    /** Invented news: two councillors of an invented town, quoted across articles, one figure disputed. */
    private static final List<String> JSONL = List.of(
            json("t-1", "Ferrow council approves harbour levy", "Ferrow Courier", "2026-02-03",
                    "The council of Ferrow voted on Tuesday to add a levy to harbour berths.\n\n"
                            + "“The levy will raise 40,000 crowns a year for the sea wall,” said councillor Mira "
                            + "Haldane, who proposed it.\n\n"
                            + "Councillor Tobias Renk voted against. “Fishermen cannot carry another charge this "
                            + "winter,” he said.\n\n"
                            + "Haldane said the money would be kept apart from the town's other accounts."),
            json("t-2", "Harbour levy will fund sea wall, Haldane says", "Coastline Weekly", "2026-02-04",
                    "Mira Haldane defended the new berth levy on Wednesday.\n\n"
                            + "“The levy will raise 25,000 crowns a year for the sea wall,” Haldane told reporters.\n\n"
                            + "“It is the fairest way to pay for repairs,” she added.\n\n"
                            + "Tobias Renk, who opposed the levy, said he would ask for a second vote."),
            json("t-3", "Fishermen protest berth charge", "Ferrow Courier", "2026-02-06",
                    "About forty fishermen gathered outside the Ferrow town hall on Friday.\n\n"
                            + "“Fishermen cannot carry another charge this winter,” said Renk, speaking to the crowd.\n\n"
                            + "Ada Quell, who chairs the fishermen's association, said the levy had never been "
                            + "discussed with her members. “Nobody asked us,” Quell said."),
            "{\"id\": \"t-4\", \"text\": 17}",
            json("t-5", "Library hours extended", "Coastline Weekly", "2026-02-10",
                    "The Ferrow library will open on Sundays from March.\n\n"
                            + "“Readers asked for it for years,” said librarian Oskar Brevik.\n\n"
                            + "Brevik said the extra hours would be staffed by volunteers."));

    @BeforeAll
    static void ingestBothWays() throws IOException {
        corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.write(corpus.resolve("news.jsonl"), JSONL, StandardCharsets.UTF_8);
        Files.write(corpus.resolve("digest.txt"), resource("/whosaid/dev/dev-digest.txt"));
        Files.write(corpus.resolve("page.html"), resource("/whosaid/ingest/html/newspaper-article.html"));
        Files.write(corpus.resolve("crawl.warc"), archive("blog-post.html", "article-with-comments.html"));
        cliDb = dir.resolve("cli.db");
        sparkDb = dir.resolve("spark.db");
        parquet = dir.resolve("parquet");
        cliExit = Main.run("--db", cliDb.toString(), "ingest", "--quiet", corpus.toString());
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        sparkExit = SparkIngestMain.run(new String[]{"--master", "local[2]", "--db", sparkDb.toString(),
                "--parquet", parquet.toString(), corpus.toString()}, System.out, new PrintStream(err, true,
                StandardCharsets.UTF_8));
        sparkErr = err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aBadRecordIsNamedAndTheExitCodeIsThatOfTheCli() {
        assertEquals(3, cliExit);
        assertEquals(cliExit, sparkExit);
        assertTrue(sparkErr.contains("news.jsonl:4"), sparkErr);
    }

    @Test
    void everyQuotationHasTheSameArticleOffsetsKindSpeakerAndClaim() {
        List<Map<String, Object>> cli = quotes(cliDb);
        List<Map<String, Object>> spark = quotes(sparkDb);
        assertTrue(cli.size() > 40, "the corpus should hold quotations, found " + cli.size());
        assertTrue(cli.stream().map(q -> q.get("article_id")).distinct().count() >= 8);
        assertEquals(cli, spark);
    }

    @Test
    void theSameSpeakersWithTheirAliasesAndCounts() {
        try (Database a = Database.open(cliDb); Database b = Database.open(sparkDb)) {
            List<Map<String, Object>> cli = new Listings(a).speakers().stream().map(ExportRows::speaker).toList();
            List<Map<String, Object>> spark = new Listings(b).speakers().stream().map(ExportRows::speaker).toList();
            assertFalse(cli.isEmpty());
            assertEquals(cli, spark);
        }
    }

    @Test
    void theSameClaimsAndContradictions() {
        try (Database a = Database.open(cliDb); Database b = Database.open(sparkDb)) {
            assertEquals(claims(a), claims(b));
            List<Map<String, Object>> cli = new Listings(a).contradictions().stream()
                    .map(ExportRows::contradiction).toList();
            List<Map<String, Object>> spark = new Listings(b).contradictions().stream()
                    .map(ExportRows::contradiction).toList();
            assertEquals(cli, spark);
        }
    }

    @Test
    void parquetTablesCarryTheExportFieldNames() {
        SparkSession spark = SparkIngestMain.session("local[1]");
        try (Database db = Database.open(sparkDb)) {
            List<Map<String, Object>> quotes = quotes(sparkDb);
            Dataset<Row> table = spark.read().parquet(parquet.resolve("quotes").toString());
            assertEquals(quotes.size(), table.count());
            assertEquals(new TreeSet<>(quotes.get(0).keySet()), new TreeSet<>(List.of(table.columns())));
            Set<String> fromParquet = table.select("article_id", "start", "end", "speaker").collectAsList().stream()
                    .map(r -> r.get(0) + ":" + r.get(1) + ":" + r.get(2) + ":" + r.get(3)).collect(Collectors.toSet());
            Set<String> fromStore = quotes.stream()
                    .map(q -> q.get("article_id") + ":" + q.get("start") + ":" + q.get("end") + ":" + q.get("speaker"))
                    .collect(Collectors.toSet());
            assertEquals(fromStore, fromParquet);
            long speakers = spark.read().parquet(parquet.resolve("speakers").toString()).count();
            assertEquals(new Listings(db).speakers().size(), speakers);
        } finally {
            spark.stop();
        }
    }

    private static List<Map<String, Object>> quotes(Path db) {
        try (Database database = Database.open(db)) {
            return new Listings(database).quotes(QuoteFilter.all()).stream().map(ExportRows::quote).toList();
        }
    }

    private static List<Map<String, Object>> claims(Database db) {
        Listings listings = new Listings(db);
        return ClaimView.all(listings.claims(), listings.quotes(QuoteFilter.all())).stream()
                .map(c -> ExportRows.claim(c, false)).toList();
    }

    private static String json(String id, String title, String outlet, String published, String text) {
        return "{\"id\": " + quoted(id) + ", \"title\": " + quoted(title) + ", \"outlet\": " + quoted(outlet)
                + ", \"published\": " + quoted(published) + ", \"text\": " + quoted(text) + "}";
    }

    private static String quoted(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = SparkIngestParityTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("no test resource " + name);
            }
            return in.readAllBytes();
        }
    }

    private static byte[] archive(String... pages) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WarcWriter writer = new WarcWriter(Channels.newChannel(out), WarcCompression.NONE);
        Instant fetched = Instant.parse("2026-03-05T12:30:00Z");
        for (String page : pages) {
            HttpResponse http = new HttpResponse.Builder(200, "OK")
                    .body(MediaType.parse("text/html; charset=utf-8"), resource("/whosaid/ingest/html/" + page))
                    .build();
            writer.write(new WarcResponse.Builder(URI.create("https://pages.example/" + page)).date(fetched)
                    .body(http).build());
        }
        writer.close();
        return out.toByteArray();
    }
}
