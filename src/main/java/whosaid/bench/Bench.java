package whosaid.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import whosaid.ingest.Article;
import whosaid.ingest.BadInputException;
import whosaid.pipeline.IngestJob;
import whosaid.pipeline.IngestListener;
import whosaid.pipeline.IngestSummary;
import whosaid.pipeline.QuotePipeline;
import whosaid.pipeline.Stage;
import whosaid.query.Listings;
import whosaid.store.Database;

/**
 * Runs the real stages of an ingest over generated articles into a fresh SQLite database, and times each stage.
 *
 * <p>The articles go in as JSONL files of {@link #ARTICLES_PER_FILE} articles, the way a feed delivers them, so the
 * parse stage reads real bytes. They go through {@link IngestJob}, the very path of {@code whosaid ingest}, which
 * times its stages: the known-article check and the write are the store stage, and {@link QuotePipeline}'s three
 * phases are timed one by one: detect (quotations and reported speech) and attribute (who said each, within the
 * article) on every core, then link (speakers to entities across articles) in article order. After all files the
 * claim grouping and the contradiction listing run once. Every figure is wall-clock time.
 */
public final class Bench {
    /** The stages' labels, in the order they run. */
    public static final List<String> STAGES = Arrays.stream(Stage.values()).map(Stage::label).toList();
    /** What the ingest of a file costs; grouping and contradictions run once after all files. */
    private static final Set<Stage> END_TO_END = EnumSet.of(Stage.PARSE, Stage.DETECT, Stage.ATTRIBUTE, Stage.LINK,
            Stage.STORE);
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
        List<IngestJob.Source> sources = new ArrayList<>(files.size());
        for (int f = 0; f < files.size(); f++) {
            sources.add(IngestJob.Source.of("bench-" + f + ".jsonl", files.get(f)));
        }
        IngestJob.Result result = new IngestJob(database, InputStream.nullInputStream())
                .run(sources, true, GENERATED_INPUT);
        IngestSummary summary = result.summary();
        int claims = new Listings(database).claims().size();
        Map<String, Double> stages = new LinkedHashMap<>();
        result.times().ms().forEach((stage, ms) -> stages.put(stage.label(), ms));
        double endToEnd = 0;
        for (Stage stage : END_TO_END) {
            endToEnd += result.times().ms(stage);
        }
        double total = stages.values().stream().mapToDouble(Double::doubleValue).sum();
        return new Run(articles, summary.quotes(), summary.reported(), claims, result.contradictions(), stages,
                endToEnd, total, 0);
    }

    /** The generator writes the JSONL itself: a file that does not parse is a bug in it, not bad input. */
    private static final IngestListener GENERATED_INPUT = new IngestListener() {
        @Override
        public void fileDone(int index, int files, String name, IngestSummary soFar) {
        }

        @Override
        public void fileFailed(int index, int files, BadInputException error) {
            throw new IllegalStateException("generated input did not parse: " + error.getMessage(), error);
        }
    };

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
