package whosaid.store;

/**
 * Starts the tests' embedded PostgreSQL, prints a fresh database's --db URL, and keeps it up until killed: for trying
 * the jar against PostgreSQL by hand ({@code java -jar target/whosaid.jar --db URL ingest …}).
 */
public final class EmbeddedPostgresServer {
    private EmbeddedPostgresServer() {
    }

    public static void main(String[] args) throws InterruptedException {
        System.out.println(EmbeddedPostgres.freshDatabase());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
