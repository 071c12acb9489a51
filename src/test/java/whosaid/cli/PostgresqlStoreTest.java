package whosaid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import whosaid.store.EmbeddedPostgres;

/**
 * The same corpus ingested through the command line into an SQLite file and into PostgreSQL: every question asked of
 * the two stores gets the same answer, ids included (PostgreSQL gives ids as SQLite does, see migrations/postgresql).
 */
class PostgresqlStoreTest {
    private static final String CORPUS = "src/test/resources/whosaid/postgresql/shared-store.jsonl";

    @TempDir
    static Path dir;
    private static String sqlite;
    private static String postgresql;

    @BeforeAll
    static void ingestIntoBoth() {
        sqlite = dir.resolve("w.db").toString();
        postgresql = EmbeddedPostgres.freshDatabase();
        for (String db : List.of(sqlite, postgresql)) {
            // two runs, as a user adds articles over time: the second compares its articles with the stored ones
            CliRunner.Result first = CliRunner.run("--db", db, "ingest", "--quiet", "src/samples");
            assertEquals(ExitCodes.OK, first.exitCode(), first.err());
            CliRunner.Result second = CliRunner.run("--db", db, "ingest", "--quiet", CORPUS);
            assertEquals(ExitCodes.OK, second.exitCode(), second.err());
        }
    }

    /** Runs the command on both stores and checks that they print the same; returns what they printed. */
    private static String same(String... args) {
        String[] onSqlite = withDb(sqlite, args);
        String[] onPostgresql = withDb(postgresql, args);
        CliRunner.Result a = CliRunner.run(onSqlite);
        CliRunner.Result b = CliRunner.run(onPostgresql);
        assertEquals(a.exitCode(), b.exitCode(), String.join(" ", args) + ": " + b.err());
        assertEquals(a.out(), b.out(), String.join(" ", args));
        return a.out();
    }

    private static String[] withDb(String db, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = db;
        System.arraycopy(args, 0, all, 2, args.length);
        return all;
    }

    @Test
    void quotesAreTheSame() {
        String out = same("quotes", "--format", "jsonl");
        assertTrue(out.contains("The halt will open again by September"), out);
        same("quotes", "--kind", "indirect", "--format", "jsonl");
        same("quotes", "--speaker", "Ferreira", "--format", "jsonl");
        same("quotes", "--outlet", "THE VALLEY COURIER", "--format", "jsonl");
    }

    @Test
    void speakersAreTheSame() {
        String out = same("speakers", "--format", "jsonl");
        assertTrue(out.contains("Otto Ferreira"), out);
    }

    @Test
    void outletsDifferingOnlyInCaseAreOneOutletInBoth() {
        String out = same("outlets", "--format", "jsonl");
        assertEquals(1, out.toLowerCase(java.util.Locale.ROOT).split("valley courier", -1).length - 1, out);
    }

    @Test
    void claimsAreTheSame() {
        String out = same("claims", "--format", "jsonl");
        assertFalse(out.isBlank());
    }

    @Test
    void checkFindsTheSameClaims() {
        String out = same("check", "the rail halt reopens in September", "--format", "jsonl");
        assertTrue(out.contains("September"), out);
        // a word with diacritics, as quoted
        same("check", "Dvořáková says her daughter will get to college", "--format", "jsonl");
        same("check", "nobody goes back to work without a signed agreement", "--format", "jsonl");
    }

    @Test
    void contradictionsAreTheSame() {
        String out = same("contradictions", "--format", "jsonl");
        assertTrue(out.contains("million"), out);
    }

    @Test
    void storiesAndArticlesAreTheSame() {
        same("stories", "--format", "jsonl");
        same("articles", "--format", "jsonl");
    }
}
