package whosaid.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import whosaid.cli.Main;

/**
 * What a PostgreSQL store costs an ingest, against an SQLite file: ingests the given inputs into each (first a
 * warm-up run into a throwaway SQLite file, so model loading is paid before either is timed) and prints the wall
 * time of each and of a few queries. A measurement, not a test:
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) whosaid.store.PostgresqlIngestTiming PATH...}.
 */
public final class PostgresqlIngestTiming {
    private PostgresqlIngestTiming() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("whosaid-timing");
        long t0 = System.nanoTime();
        String postgresql = EmbeddedPostgres.freshDatabase();
        System.err.printf("embedded PostgreSQL start and a fresh database: %.1f s%n", (System.nanoTime() - t0) / 1e9);
        run(dir.resolve("warm.db").toString(), "warm-up (SQLite)", args);
        run(dir.resolve("w.db").toString(), "SQLite", args);
        run(postgresql, "PostgreSQL", args);
        for (String db : List.of(dir.resolve("w.db").toString(), postgresql)) {
            long q0 = System.nanoTime();
            Main.run("--db", db, "quotes", "--format", "jsonl");
            Main.run("--db", db, "speakers", "--format", "jsonl");
            Main.run("--db", db, "contradictions", "--format", "jsonl");
            System.err.printf("quotes + speakers + contradictions on %s: %.2f s%n",
                    db.startsWith("jdbc:") ? "PostgreSQL" : "SQLite", (System.nanoTime() - q0) / 1e9);
        }
        System.exit(0);
    }

    private static void run(String db, String label, String[] inputs) {
        List<String> args = new ArrayList<>(List.of("--db", db, "ingest", "--quiet"));
        args.addAll(List.of(inputs));
        long t0 = System.nanoTime();
        int code = Main.run(args.toArray(String[]::new));
        System.err.printf("ingest into %s: exit %d, %.2f s%n", label, code, (System.nanoTime() - t0) / 1e9);
    }
}
