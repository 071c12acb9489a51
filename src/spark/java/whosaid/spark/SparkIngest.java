package whosaid.spark;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;

import whosaid.contradictions.ArticleRef;
import whosaid.contradictions.Contradiction;
import whosaid.ingest.Article;
import whosaid.ingest.InputFiles;
import whosaid.pipeline.ContradictionRefresh;
import whosaid.pipeline.IngestJob;
import whosaid.pipeline.IngestListener;
import whosaid.pipeline.QuotePipeline;
import whosaid.pipeline.WordingVectors;
import whosaid.store.Database;
import whosaid.store.DatabaseLocation;
import whosaid.store.VectorStore;
import whosaid.text.ArticleText;

/**
 * The ingest as a Spark job. Two steps:
 * <ol>
 *   <li>on the executors: each input file read into articles (a task a file), the articles spread over
 *       {@code partitions} partitions, and each partition analysed ({@link ExecutorAnalysis#analyse}); the results
 *       come back to the driver;</li>
 *   <li>on the driver: the vectors saved, then the plain ingest ({@link IngestJob}) run over the same files with
 *       the executors' analysis in place of its own, so speakers are linked in file order, each file is one
 *       transaction, bad records are named, and speaker settling, claims and stories run exactly as
 *       {@code whosaid ingest} runs them;</li>
 *   <li>on the executors again: the contradiction search, a story a block ({@link #searchStories}); the driver
 *       writes what they found in the plain ingest's order.</li>
 * </ol>
 * The driver reads each file a second time (parsing is about 1 % of an ingest's time) rather than keeping a second
 * way of storing articles: one writer, one set of answers.
 */
final class SparkIngest {
    /**
     * What a run did, with its times for the measurements in the README: wall time (ms) and this JVM's CPU time
     * (ms, every thread) of the two steps. In local mode the executors are this JVM, so the CPU time of the
     * analysis is the whole cluster's; on a cluster it is the driver's only.
     */
    record Result(IngestJob.Result ingest, int analysed, long analyseMs, long storeMs, long analyseCpuMs,
                  long storeCpuMs) {
    }

    private final SparkSession spark;
    private final int partitions;

    /**
     * @param partitions how many partitions the articles are analysed in; 0 for eight per core (a task loads no
     *                   model, so small partitions cost little, and a core that finishes early takes the next)
     */
    SparkIngest(SparkSession spark, int partitions) {
        this.spark = spark;
        this.partitions = partitions > 0 ? partitions
                : 8 * Math.max(1, spark.sparkContext().defaultParallelism());
    }

    int partitions() {
        return partitions;
    }

    Result run(Database database, InputFiles.Expansion inputs, boolean strict, IngestListener listener) {
        long t0 = System.nanoTime();
        long c0 = cpuNanos();
        Map<Article, AnalysedRecord> analysed = analyse(inputs);
        long t1 = System.nanoTime();
        long c1 = cpuNanos();
        Map<String, byte[]> vectors = new HashMap<>();
        for (AnalysedRecord r : analysed.values()) {
            vectors.putAll(r.vectors());
        }
        // stored before the ingest: the claim stage finds every new wording's vector and embeds none
        new VectorStore(database).save(WordingVectors.MODEL, vectors);
        IngestJob.Analysis fromExecutors = (fresh, pipeline) -> attributed(fresh, pipeline, analysed);
        IngestJob.Result result = new IngestJob(database, new ByteArrayInputStream(new byte[0]), fromExecutors,
                this::searchStories).run(inputs, strict, listener);
        long t2 = System.nanoTime();
        long c2 = cpuNanos();
        return new Result(result, analysed.size(), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
                (c1 - c0) / 1_000_000, (c2 - c1) / 1_000_000);
    }

    /** This JVM's CPU time, every thread (a shared machine's load does not inflate it as it does wall time). */
    private static long cpuNanos() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    /** The executors' analysis of every article of the inputs, by article. */
    private Map<Article, AnalysedRecord> analyse(InputFiles.Expansion inputs) {
        List<FileInput> files = new ArrayList<>();
        for (InputFiles.Input input : inputs.inputs()) {
            if (!input.isStdin()) {
                files.add(new FileInput(input.name(), input.path().toAbsolutePath().toString()));
            }
        }
        Map<Article, AnalysedRecord> out = new HashMap<>();
        if (files.isEmpty()) {
            return out;
        }
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        JavaRDD<Article> articles = context.parallelize(files, files.size()).flatMap(ExecutorAnalysis::read);
        // a single large file is read by one task: spread its articles before the analysis, which is the cost
        List<AnalysedRecord> results = articles.repartition(partitions)
                .mapPartitions(ExecutorAnalysis::analyse)
                .collect();
        for (AnalysedRecord r : results) {
            out.put(r.article(), r);
        }
        return out;
    }

    /**
     * The contradiction stage's search, story by story on the executors (a story is the block: nothing in it looks
     * outside). The stories are dealt, largest first, round the buckets, a bucket a task, several tasks a core so
     * that a free core takes the next; each story's contradictions come back to its place, so the driver writes
     * them in the order a plain ingest does. The driver's text layers are not shipped: the Spark job makes none.
     */
    private List<List<Contradiction>> searchStories(List<ContradictionRefresh.StoryPassages> stories,
                                                    Map<Long, ArticleText> texts) {
        if (stories.isEmpty() || !texts.isEmpty()) {
            return ContradictionRefresh.HERE.find(stories, texts);
        }
        List<Integer> order = new ArrayList<>(stories.size());
        for (int i = 0; i < stories.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingLong((Integer i) -> -size(stories.get(i))).thenComparingInt(i -> i));
        int buckets = Math.min(stories.size(), 4 * Math.max(1, spark.sparkContext().defaultParallelism()));
        List<List<ExecutorAnalysis.IndexedStory>> dealt = new ArrayList<>(buckets);
        for (int b = 0; b < buckets; b++) {
            dealt.add(new ArrayList<>());
        }
        for (int k = 0; k < order.size(); k++) {
            int i = order.get(k);
            dealt.get(k % buckets).add(new ExecutorAnalysis.IndexedStory(i, stories.get(i)));
        }
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        List<ExecutorAnalysis.FoundInStory> found = context.parallelize(dealt, buckets)
                .mapPartitions(ExecutorAnalysis::contradictions).collect();
        List<List<Contradiction>> out = new ArrayList<>(Collections.nCopies(stories.size(), List.of()));
        for (ExecutorAnalysis.FoundInStory f : found) {
            out.set(f.index(), f.found());
        }
        return out;
    }

    /** What a story costs to search, roughly: the text of its articles, which the finder splits and reads. */
    private static long size(ContradictionRefresh.StoryPassages story) {
        long chars = 0;
        for (ArticleRef a : story.articles()) {
            chars += a.article().body().length();
        }
        return chars;
    }

    /**
     * One batch of the plain ingest's new articles, from the executors' results; an article they did not see
     * (standard input, a file changed between the two readings) is analysed here.
     */
    private static List<QuotePipeline.Attributed> attributed(List<Article> fresh, QuotePipeline pipeline,
                                                             Map<Article, AnalysedRecord> analysed) {
        List<QuotePipeline.Attributed> out = new ArrayList<>(fresh.size());
        for (Article a : fresh) {
            AnalysedRecord r = analysed.get(a);
            out.add(r != null ? r.attributed() : pipeline.attribute(pipeline.detect(a)));
        }
        return out;
    }

    /** The one call that opens the store: a SQLite path or a PostgreSQL URL, read as every command reads --db. */
    static Database openStore(String db) {
        return Database.open(DatabaseLocation.parse(db));
    }
}
