package whosaid.spark;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.SparkSession;

import whosaid.ingest.BadInputException;
import whosaid.ingest.InputFiles;
import whosaid.pipeline.IngestListener;
import whosaid.pipeline.IngestSummary;
import whosaid.store.Database;
import whosaid.store.StoreException;

/**
 * {@code java -jar target/whosaid-spark.jar [--master local[N]] [--db DB] [--parquet DIR] [--partitions N] PATH…}, or
 * the same arguments after {@code spark-submit --class whosaid.spark.SparkIngestMain target/whosaid.jar} on a
 * cluster. Exit codes as {@code whosaid ingest}: 0 done, 2 bad usage, 3 bad input (named on stderr), 4 store error.
 * A handful of options, read by hand: the CLI's option library belongs to {@code whosaid.cli}.
 */
public final class SparkIngestMain {
    private static final String USAGE = "usage: whosaid-spark [--master URL] [--db DB] [--parquet DIR] "
            + "[--partitions N] [--strict] PATH...";

    /** The parsed command line. */
    record Options(String master, String db, String parquet, int partitions, boolean strict, List<String> paths) {
    }

    private SparkIngestMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            err.println("whosaid-spark: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        long t0 = System.nanoTime();
        SparkSession spark = session(options.master());
        long t1 = System.nanoTime();
        try (Database database = SparkIngest.openStore(options.db())) {
            InputFiles.Expansion inputs = new InputFiles().expand(options.paths());
            SparkIngest job = new SparkIngest(spark, options.partitions());
            SparkIngest.Result result = job.run(database, inputs, options.strict(), new Errors(err));
            IngestSummary summary = result.ingest().summary();
            out.println("ingested " + summary);
            StringBuilder times = new StringBuilder(String.format(
                    "spark: start %d ms, executors' analysis %d ms (%d articles, %d partitions), store and corpus "
                            + "stages %d ms, rate %.1f articles/s without the start;",
                    (t1 - t0) / 1_000_000, result.analyseMs(), result.analysed(),
                    job.partitions(), result.storeMs(),
                    summary.articlesNew() * 1000.0 / Math.max(1, result.analyseMs() + result.storeMs())));
            times.append(String.format(" CPU: analysis %d ms, store and corpus stages %d ms;", result.analyseCpuMs(),
                    result.storeCpuMs()));
            times.append(" stage ms:");
            result.ingest().times().ms().forEach((stage, ms) -> times.append(' ').append(stage.label()).append('=')
                    .append(Math.round(ms)));
            err.println(times);
            if (options.parquet() != null) {
                Map<String, Long> written = new ParquetTables(spark).write(database, options.parquet());
                out.println("parquet " + options.parquet() + ": " + written);
            }
            return summary.anyBadInput() ? 3 : 0;
        } catch (StoreException e) {
            err.println("whosaid-spark: " + e.getMessage());
            return 4;
        } finally {
            spark.stop();
        }
    }

    /**
     * A session on the given master, or on the one spark-submit set, or on every local core. In local mode Spark
     * stays on loopback and starts no web UI: nothing of an ingest needs the network.
     */
    static SparkSession session(String master) {
        SparkSession.Builder builder = SparkSession.builder().appName("whosaid ingest")
                .config("spark.ui.enabled", "false");
        String chosen = master != null ? master : System.getProperty("spark.master");
        if (chosen == null) {
            chosen = "local[*]";
        }
        builder.master(chosen);
        if (chosen.startsWith("local")) {
            // the Spark jar carries two logging back ends (whosaid's silent one, Spark's log4j): choose, quietly
            if (System.getProperty("slf4j.provider") == null) {
                System.setProperty("slf4j.provider", "org.slf4j.nop.NOPServiceProvider");
            }
            builder.config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1");
        }
        SparkSession spark = builder.getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        return spark;
    }

    static Options parse(String[] args) {
        String master = null;
        String db = System.getenv().getOrDefault("WHOSAID_DB", "db/whosaid.db");
        String parquet = null;
        int partitions = 0;
        boolean strict = false;
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--master" -> master = value(args, ++i, a);
                case "--db" -> db = value(args, ++i, a);
                case "--parquet" -> parquet = value(args, ++i, a);
                case "--partitions" -> {
                    String v = value(args, ++i, a);
                    try {
                        partitions = Integer.parseInt(v);
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("--partitions takes a number, not '" + v + "'");
                    }
                    if (partitions < 1) {
                        throw new IllegalArgumentException("--partitions must be at least 1");
                    }
                }
                case "--strict" -> strict = true;
                case "-h", "--help" -> throw new IllegalArgumentException("reads PATH... into the store as a Spark job");
                default -> {
                    if (a.startsWith("--")) {
                        throw new IllegalArgumentException("unknown option " + a);
                    }
                    if (a.equals("-")) {
                        throw new IllegalArgumentException("standard input cannot be spread over executors: "
                                + "give files or directories");
                    }
                    paths.add(a);
                }
            }
        }
        if (paths.isEmpty()) {
            throw new IllegalArgumentException("no PATH to ingest");
        }
        return new Options(master, db, parquet, partitions, strict, paths);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    /** Errors on stderr, one line each, as {@code whosaid ingest} prints them in a pipe. */
    private record Errors(PrintStream err) implements IngestListener {
        @Override
        public void fileDone(int index, int files, String name, IngestSummary soFar) {
        }

        @Override
        public void fileFailed(int index, int files, BadInputException error) {
            err.println("whosaid: " + error.getMessage());
        }

        @Override
        public void recordSkipped(int index, int files, BadInputException error) {
            err.println("whosaid: " + error.getMessage());
        }
    }
}
