package whosaid.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import whosaid.ingest.Article;
import whosaid.ingest.ArticleReader;
import whosaid.ingest.BadInputException;
import whosaid.pipeline.ClaimRefresh;
import whosaid.pipeline.ContradictionRefresh;
import whosaid.pipeline.QuotePipeline;
import whosaid.store.AnalysisWriter;
import whosaid.store.ArticleWrite;
import whosaid.store.ArticleWriter;
import whosaid.store.Database;
import whosaid.store.Reads;

/**
 * Runs the real stages of an ingest over generated articles into a fresh SQLite database, and times each stage.
 *
 * <p>The articles go in as JSONL files of {@link #ARTICLES_PER_FILE} articles, the way a feed delivers them, so the
 * parse stage reads real bytes. Each file then goes through what {@code whosaid ingest} does with it: the known-article
 * check and the write are the store stage, and {@link QuotePipeline}'s three phases are timed one by one: detect
 * (quotations and reported speech) and attribute (who said each, within the article) on every core, as ingest runs
 * them, then link (speakers to entities across articles) in article order. After all files the claim grouping and
 * the contradiction listing run once over the store, as ingest runs them. Every figure is wall-clock time.
 */
public final class Bench {
    /** The stages, in the order they run. */
    public static final List<String> STAGES = List.of("parse", "detect", "attribute", "link", "store", "group",
            "contradictions");
    static final int ARTICLES_PER_FILE = 500;

    /**
     * What one run measured.
     *
     * @param quotes       quotations stored (direct and partial)
     * @param reported     reported-speech statements stored
     * @param stageMs      milliseconds of each stage of {@link #STAGES}
     * @param endToEndMs   parse + detect + attribute + link + store: what the ingest of a file costs
     * @param totalMs      every stage, with grouping and contradictions
     * @param peakHeapMb   the highest heap use seen during the run, garbage included (sampled every 2 ms)
     */
    public record Run(int articles, int quotes, int reported, int claims, int contradictions,
                      Map<String, Double> stageMs, double endToEndMs, double totalMs, double peakHeapMb) {
        public double articlesPerSecond() {
            return articles / (endToEndMs / 1000.0);
        }

        public double quotesPerSecond() {
            return quotes / (endToEndMs / 1000.0);
        }
    }

    private final long seed;

    public Bench(long seed) {
        this.seed = seed;
    }

    /** Runs {@code articles} generated articles through every stage in a database under a fresh temporary folder. */
    public Run run(int articles) {
        List<byte[]> files = jsonlFiles(new ArticleGenerator(seed).generate(articles));
        Path folder = temporaryFolder();
        try (Database database = Database.open(folder.resolve("bench.db"))) {
            // A collection now keeps the garbage of generating and of earlier runs out of this run's heap peak.
            System.gc();
            try (HeapPeak heap = HeapPeak.start()) {
                Run run = measure(database, files, articles);
                return new Run(run.articles(), run.quotes(), run.reported(), run.claims(), run.contradictions(),
                        run.stageMs(), run.endToEndMs(), run.totalMs(), heap.peakMb());
            }
        } finally {
            delete(folder);
        }
    }

    private Run measure(Database database, List<byte[]> files, int articles) {
        ArticleReader reader = new ArticleReader();
        QuotePipeline pipeline = new QuotePipeline(new Reads(database).speakers());
        ArticleWriter writer = new ArticleWriter(database);
        long parse = 0;
        long detect = 0;
        long attribute = 0;
        long link = 0;
        long store = 0;
        int quotes = 0;
        int reported = 0;
        for (int f = 0; f < files.size(); f++) {
            long t0 = System.nanoTime();
            List<Article> read = parse("bench-" + f + ".jsonl", files.get(f), reader);
            long t1 = System.nanoTime();
            List<Article> fresh = writer.unknown(read);
            // The phases of QuotePipeline.analyzeAll, run one after the other so that each has its own time:
            // detection and attribution on every core, linking in article order.
            long t2 = System.nanoTime();
            List<QuotePipeline.Detected> detected = fresh.parallelStream().map(pipeline::detect).toList();
            long t3 = System.nanoTime();
            List<QuotePipeline.Attributed> attributed = detected.parallelStream().map(pipeline::attribute).toList();
            long t4 = System.nanoTime();
            List<ArticleWrite> writes = new ArrayList<>(attributed.size());
            for (QuotePipeline.Attributed a : attributed) {
                writes.add(pipeline.link(a));
            }
            long t5 = System.nanoTime();
            ArticleWriter.Outcome outcome = writer.write(writes);
            long t6 = System.nanoTime();
            parse += t1 - t0;
            detect += t3 - t2;
            attribute += t4 - t3;
            link += t5 - t4;
            store += (t2 - t1) + (t6 - t5);
            quotes += outcome.quotesStored();
            reported += outcome.reportedStored();
        }
        Reads reads = new Reads(database);
        AnalysisWriter analysis = new AnalysisWriter(database);
        long g0 = System.nanoTime();
        new ClaimRefresh(reads, analysis).run();
        long g1 = System.nanoTime();
        int contradictions = new ContradictionRefresh(reads, analysis).run();
        long g2 = System.nanoTime();
        int claims = reads.claims().size();

        Map<String, Double> stages = new LinkedHashMap<>();
        stages.put("parse", ms(parse));
        stages.put("detect", ms(detect));
        stages.put("attribute", ms(attribute));
        stages.put("link", ms(link));
        stages.put("store", ms(store));
        stages.put("group", ms(g1 - g0));
        stages.put("contradictions", ms(g2 - g1));
        double endToEnd = ms(parse + detect + attribute + link + store);
        return new Run(articles, quotes, reported, claims, contradictions, stages, endToEnd,
                endToEnd + ms(g2 - g0), 0);
    }

    private static List<Article> parse(String name, byte[] content, ArticleReader reader) {
        try {
            return reader.read(name, content);
        } catch (BadInputException e) {
            // The generator writes the JSONL itself; a failure here is a bug in it, not bad input.
            throw new IllegalStateException("generated input did not parse: " + e.getMessage(), e);
        }
    }

    /** The articles as JSONL files, {@link #ARTICLES_PER_FILE} a file: the input the parse stage reads. */
    static List<byte[]> jsonlFiles(List<ArticleGenerator.Generated> generated) {
        ObjectMapper json = new ObjectMapper();
        List<byte[]> files = new ArrayList<>();
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        int inFile = 0;
        for (ArticleGenerator.Generated g : generated) {
            Article a = g.article();
            ObjectNode line = json.createObjectNode();
            line.put("id", a.externalId());
            line.put("title", a.title());
            line.put("outlet", a.outlet());
            line.put("published", a.published());
            line.put("url", a.url());
            line.put("byline", a.byline());
            line.put("text", a.body());
            file.writeBytes(line.toString().getBytes(StandardCharsets.UTF_8));
            file.write('\n');
            if (++inFile == ARTICLES_PER_FILE) {
                files.add(file.toByteArray());
                file.reset();
                inFile = 0;
            }
        }
        if (inFile > 0) {
            files.add(file.toByteArray());
        }
        return files;
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }

    static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("whosaid-bench");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder for the benchmark database", e);
        }
    }

    static void delete(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // A leftover temporary file is not worth failing a finished measurement for.
        }
    }
}
