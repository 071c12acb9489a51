package whosaid.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class DatabaseLocationTest {
    @Test
    void aPathIsAnSqliteFile() {
        DatabaseLocation l = DatabaseLocation.parse("db/whosaid.db");
        assertFalse(l.isPostgresql());
        assertEquals(Path.of("db/whosaid.db"), l.file());
        assertEquals("whosaid.db", l.shortName());
    }

    @Test
    void aPostgresqlUrlIsKeptWholeAndShownWithoutItsPassword() {
        String url = "jdbc:postgresql://db.example:5432/news?user=ana&password=s3cret&ssl=true";
        DatabaseLocation l = DatabaseLocation.parse(url);
        assertTrue(l.isPostgresql());
        assertNull(l.file());
        assertEquals(url, l.url());
        assertEquals("news", l.shortName());
        assertEquals("jdbc:postgresql://db.example:5432/news?user=ana&password=***&ssl=true", l.toString());
    }

    @Test
    void anotherKindOfJdbcUrlIsRefusedRatherThanTakenForAFileName() {
        StoreException e = assertThrows(StoreException.class,
                () -> DatabaseLocation.parse("jdbc:mysql://host/db?password=pw"));
        assertFalse(e.getMessage().contains("pw"), e.getMessage());
    }

    @Test
    void anUnreachableServerIsAStoreErrorThatDoesNotShowThePassword() {
        StoreException e = assertThrows(StoreException.class, () -> Database.open(
                DatabaseLocation.parse("jdbc:postgresql://127.0.0.1:1/none?user=u&password=hunter22&connectTimeout=2")));
        assertFalse(e.getMessage().contains("hunter22"), e.getMessage());
        assertTrue(e.getMessage().contains("127.0.0.1:1"), e.getMessage());
    }

    @Test
    void aPostgresqlStoreWithoutTheSchemaIsNotOpenedForReading() {
        String url = EmbeddedPostgres.freshDatabase();
        StoreException e = assertThrows(StoreException.class,
                () -> Database.openReadOnly(DatabaseLocation.parse(url)));
        assertTrue(e.getMessage().contains("ingest some articles into it first"), e.getMessage());
        Database.open(DatabaseLocation.parse(url)).close();
        Database.openReadOnly(DatabaseLocation.parse(url)).close();
    }
}
