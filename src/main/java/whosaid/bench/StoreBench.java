package whosaid.bench;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import whosaid.ingest.BadInputException;
import whosaid.pipeline.IngestJob;
import whosaid.pipeline.IngestListener;
import whosaid.pipeline.IngestSummary;
import whosaid.query.CheckQuery;
import whosaid.query.Listings;
import whosaid.store.BulkLoad;
import whosaid.store.Database;
import whosaid.store.DatabaseLocation;

/**
 * What a large store costs the commands a user runs on it: fills a database the user names with generated quotes
 * (bulk-loaded, already grouped, as {@link CheckBench} does; a store that already holds enough is reused), then
 * ingests one new generated article into it through the real ingest, every stage, and times the fact-check query
 * over it. The database is kept, so that the commands themselves can be timed on it afterwards
 * ({@code time whosaid --db X check "..."}, {@code time whosaid --db X ingest one.jsonl}).
 */
public final class StoreBench {
    private static final int QUERIES = 10;

    /**
     * @param quotes     quotes in the store before the article, as its highest quote id says
     * @param loadMs     filling it now (0 when it already held enough)
     * @param ingestMs   the one-article ingest, every stage, in this already-warm JVM
     * @param stageMs    that ingest's stages
     * @param newQuotes  quotes the article added
     * @param checkMs    each timed check query, in the order run
     */
    public record Result(long quotes, double loadMs, double ingestMs, Map<String, Double> stageMs, int newQuotes,
                         List<Double> checkMs) {
    }

    private final long seed;

    public StoreBench(long seed) {
        this.seed = seed;
    }

    public Result run(DatabaseLocation file, int quotes) {
        CheckBench check = new CheckBench(seed);
        try (Database database = Database.open(file)) {
            long stored = new BulkLoad(database).nextIds().quote() - 1;
            double loadMs = 0;
            if (stored < quotes) {
                long t0 = System.nanoTime();
                check.fill(database, (int) (quotes - stored));
                loadMs = (System.nanoTime() - t0) / 1e6;
                stored = new BulkLoad(database).nextIds().quote() - 1;
            }
            // A new article each run (the store keeps the last one), from a seed of the store's size.
            long articleSeed = seed * 1_000_003L + new BulkLoad(database).nextIds().article();
            List<byte[]> files = Bench.jsonlFiles(new ArticleGenerator(articleSeed).generate(1));
            long t0 = System.nanoTime();
            IngestJob.Result result = new IngestJob(database, InputStream.nullInputStream())
                    .run(List.of(IngestJob.Source.of("one-article.jsonl", files.get(0))), true, QUIET);
            double ingestMs = (System.nanoTime() - t0) / 1e6;
            Map<String, Double> stages = new LinkedHashMap<>();
            result.times().ms().forEach((stage, ms) -> stages.put(stage.label(), ms));

            CheckQuery query = new CheckQuery(new Listings(database));
            List<Double> times = new ArrayList<>();
            java.util.Random random = new java.util.Random(seed);
            int bases = (int) Math.max(1, stored / 4);
            for (int i = 0; i < QUERIES; i++) {
                String text = check.query(random.nextInt(bases), i);
                long q0 = System.nanoTime();
                query.ask(text, 5);
                times.add((System.nanoTime() - q0) / 1e6);
            }
            return new Result(stored, loadMs, ingestMs, stages, result.summary().quotes(), List.copyOf(times));
        }
    }

    private static final IngestListener QUIET = new IngestListener() {
        @Override
        public void fileDone(int index, int files, String name, IngestSummary soFar) {
        }

        @Override
        public void fileFailed(int index, int files, BadInputException error) {
            throw new IllegalStateException("generated input did not parse: " + error.getMessage(), error);
        }
    };
}
