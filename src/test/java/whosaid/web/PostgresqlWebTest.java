package whosaid.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import whosaid.store.DatabaseLocation;
import whosaid.store.EmbeddedPostgres;

/** The web app served from a PostgreSQL store answers every route as it does from an SQLite file of the same input. */
class PostgresqlWebTest {
    @TempDir
    static Path dir;
    private static TestServer sqlite;
    private static TestServer postgresql;
    private static String postgresqlName;

    @BeforeAll
    static void serveBoth() throws Exception {
        // one folder for both, so that the articles' source files are the same
        sqlite = new TestServer(dir);
        String url = EmbeddedPostgres.freshDatabase();
        postgresqlName = DatabaseLocation.parse(url).shortName();
        postgresql = new TestServer(dir, url);
    }

    @AfterAll
    static void stop() {
        if (sqlite != null) {
            sqlite.close();
        }
        if (postgresql != null) {
            postgresql.close();
        }
    }

    @Test
    void everyRouteAnswersTheSame() throws Exception {
        List<String> routes = List.of("/api/speakers", "/api/speakers?q=lindq", "/api/speakers?limit=1&page=2",
                "/api/check?q=the+authority+never+put+four+percent+in+writing",
                "/api/check?q=nobody+goes+back+until+there+is+a+signed+agreement",
                "/api/contradictions", "/api/contradictions?kind=numeric", "/api/outlets", "/api/stories",
                "/api/stories/1", "/api/claims/1", "/api/articles/x%3C1%3E%26", "/api/speakers/1", "/speakers",
                "/contradictions", "/outlets", "/stories");
        for (String route : routes) {
            TestServer.Reply a = sqlite.get(route);
            TestServer.Reply b = postgresql.get(route);
            assertEquals(200, a.status(), route);
            assertEquals(a.status(), b.status(), route);
            // the pages' footer names the store they read: the file, or the PostgreSQL database
            assertEquals(a.body().replace("<code>web.db</code>", "<code>STORE</code>"),
                    b.body().replace("<code>" + postgresqlName + "</code>", "<code>STORE</code>"), route);
        }
        assertTrue(sqlite.get("/api/contradictions").json().get("items").size() > 0, "something to compare");
    }

    @Test
    void aMissingRowIsA404InBoth() throws Exception {
        assertEquals(404, postgresql.get("/api/claims/987654").status());
        assertEquals(404, postgresql.get("/api/stories/987654").status());
    }
}
