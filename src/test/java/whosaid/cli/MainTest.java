package whosaid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    @TempDir
    Path dir;

    @Test
    void helpNamesEveryCommandAndTheExitCodes() {
        CliRunner.Result r = CliRunner.run("--help");
        assertEquals(ExitCodes.OK, r.exitCode());
        for (String command : new String[] {"ingest", "quotes", "speakers", "speaker", "articles"}) {
            assertTrue(r.out().contains(command), command);
        }
        assertTrue(r.out().contains("Exit codes"));
    }

    @Test
    void versionIsPrinted() {
        CliRunner.Result r = CliRunner.run("--version");
        assertEquals(ExitCodes.OK, r.exitCode());
        assertTrue(r.out().startsWith("whosaid "), r.out());
    }

    @Test
    void anUnknownOptionIsBadUsageInOneLine() {
        CliRunner.Result r = CliRunner.run("quotes", "--no-such-option");
        assertEquals(ExitCodes.USAGE, r.exitCode());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("whosaid: "), r.err());
    }

    @Test
    void aBadFormatIsBadUsage() {
        CliRunner.Result r = CliRunner.run("--db", dir.resolve("w.db").toString(), "articles", "--format", "xml");
        assertEquals(ExitCodes.USAGE, r.exitCode());
    }

    @Test
    void dbIsAcceptedBeforeOrAfterTheSubcommand() {
        Path before = dir.resolve("before.db");
        Path after = dir.resolve("after.db");
        assertEquals(ExitCodes.NOTHING_FOUND, CliRunner.run("--db", before.toString(), "articles").exitCode());
        assertEquals(ExitCodes.NOTHING_FOUND, CliRunner.run("articles", "--db", after.toString()).exitCode());
        assertTrue(Files.exists(before));
        assertTrue(Files.exists(after));
    }

    @Test
    void anEmptyDatabaseFindsNothingAndSaysSo() {
        CliRunner.Result r = CliRunner.run("quotes", "--db", dir.resolve("w.db").toString());
        assertEquals(ExitCodes.NOTHING_FOUND, r.exitCode());
        assertTrue(r.err().contains("no quotes"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void anUnopenableDatabaseIsADatabaseError() throws Exception {
        Path notADatabase = dir.resolve("junk.db");
        Files.writeString(notADatabase, "this is not an SQLite file, just some text that is long enough to matter");
        CliRunner.Result r = CliRunner.run("articles", "--db", notADatabase.toString());
        assertEquals(ExitCodes.DATABASE, r.exitCode());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace without --verbose");
    }
}
