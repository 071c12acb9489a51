package whosaid.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;

import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import whosaid.store.schema.Tables;

class DatabaseTest {
    @TempDir
    Path dir;

    private static ArticleColumns article(String body) {
        return new ArticleColumns(null, "Ferry fares rise", null, "The Island Post", "Ann Lee", "2026-01-02", null,
                body, "test.txt", 1);
    }

    private static ArticleWrite analysed(String body) {
        int start = body.indexOf('“') + 1;
        int end = body.indexOf('”');
        SpeakerRef speaker = new SpeakerRef(-1, "Ola Berg", "person", false, "ferry operator",
                Set.of("Ola Berg", "Berg"));
        return new ArticleWrite(article(body), List.of(new QuoteWrite(false, start, end, body.substring(start, end),
                "direct", speaker, "Berg", "said", "test", 0.9)));
    }

    @Test
    void migratesANewFileAndCreatesItsFolder() {
        Path file = dir.resolve("nested/folder/w.db");
        try (Database db = Database.open(file)) {
            assertEquals(0, db.dsl().fetchCount(Tables.ARTICLE));
            assertTrue(db.dsl().fetchCount(db.dsl().selectFrom("flyway_schema_history")) >= 1);
        }
    }

    @Test
    void sameArticleTwiceIsStoredOnce() {
        String body = "Fares will rise. “Fuel costs doubled,” Berg said.";
        try (Database db = Database.open(dir.resolve("w.db"))) {
            ArticleWriter writer = new ArticleWriter(db);
            ArticleWriter.Outcome first = writer.write(List.of(analysed(body)));
            ArticleWriter.Outcome second = writer.write(List.of(analysed(body)));
            assertEquals(1, first.articlesNew());
            assertEquals(0, second.articlesNew());
            assertEquals(1, second.articlesKnown());
            assertEquals(1, db.dsl().fetchCount(Tables.ARTICLE));
            assertEquals(1, db.dsl().fetchCount(Tables.QUOTE));
            assertEquals(1, db.dsl().fetchCount(Tables.SPEAKER));
            StoredQuote stored = new Reads(db).allQuotes().get(0);
            assertEquals("Fuel costs doubled,", stored.text());
            assertEquals("Ola Berg", stored.speaker());
            assertEquals("The Island Post", stored.outlet());
            assertEquals(stored.text(), body.substring(stored.start(), stored.end()));
        }
    }

    @Test
    void aProvisionalSpeakerIsOneRowAcrossWrites() {
        try (Database db = Database.open(dir.resolve("w.db"))) {
            ArticleWriter writer = new ArticleWriter(db);
            writer.write(List.of(analysed("One. “Fuel costs doubled,” Berg said.")));
            writer.write(List.of(analysed("Two. “Fuel costs tripled,” Berg said.")));
            assertEquals(1, db.dsl().fetchCount(Tables.SPEAKER));
            List<StoredSpeaker> speakers = new Reads(db).speakers();
            assertEquals(2, speakers.get(0).quotes());
            assertEquals(List.of("Berg", "Ola Berg"), speakers.get(0).aliases());
        }
    }

    @Test
    void foreignKeysAreEnforced() {
        try (Database db = Database.open(dir.resolve("w.db"))) {
            assertThrows(DataAccessException.class, () -> db.dsl().insertInto(Tables.QUOTE)
                    .set(Tables.QUOTE.ARTICLE_ID, 999L).set(Tables.QUOTE.START, 0).set(Tables.QUOTE.END, 1)
                    .set(Tables.QUOTE.TEXT, "x").set(Tables.QUOTE.KIND, "direct").execute());
        }
    }

    @Test
    void aFailedWriteLeavesNothingBehind() {
        String body = "Fares will rise. “Fuel costs doubled,” Berg said.";
        ArticleWrite good = analysed(body);
        // End before start: the schema's CHECK fails.
        QuoteWrite broken = new QuoteWrite(false, 5, 2, "bad", "direct", null, null, null, "test", 0.5);
        ArticleWrite bad = new ArticleWrite(article("Another body entirely."), List.of(broken));
        try (Database db = Database.open(dir.resolve("w.db"))) {
            assertThrows(StoreException.class, () -> new ArticleWriter(db).write(List.of(good, bad)));
            assertEquals(0, db.dsl().fetchCount(Tables.ARTICLE));
            assertEquals(0, db.dsl().fetchCount(Tables.SPEAKER));
        }
    }

    @Test
    void aDatabaseFromANewerWhosaidIsRefused() throws SQLException {
        Path file = dir.resolve("w.db");
        Database.open(file).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script,"
                    + " checksum, installed_by, execution_time, success) VALUES (99, '999', 'future', 'SQL',"
                    + " 'V999__future.sql', 0, 'test', 0, 1)");
        }
        StoreException e = assertThrows(StoreException.class, () -> Database.open(file));
        assertTrue(e.getMessage().contains("newer whosaid"), e.getMessage());
    }
}
