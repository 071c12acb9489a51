package whosaid.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.function.Function;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * An open whosaid database, migrated to the schema this build knows: one SQLite file (foreign keys on), or a
 * PostgreSQL database several processes share. {@link #open(DatabaseLocation)} is the one place a --db value becomes
 * an open store; the same jOOQ code then serves both, with the dialect picked from the location.
 *
 * <p>Opening applies any pending migration (carried in the jar: {@code migrations/} for SQLite, {@code
 * migrations/postgresql/} for PostgreSQL), so an old database is upgraded in place; a database written by a newer
 * whosaid is refused rather than misread. A database that already holds every migration is opened without starting
 * Flyway ({@link SchemaCheck}).
 *
 * <p>Writers: on PostgreSQL every write transaction first takes the store's writer lock (an advisory lock), and an
 * ingest holds it across its corpus stages ({@link #writerLock()}); readers never wait for it. So two ingests into one
 * store take turns at writing (their analysis runs side by side), and the ids a writer gives (the highest stored
 * plus one, as SQLite gives them) are never taken twice. SQLite serialises writers itself.
 */
public final class Database implements AutoCloseable {
    private static final String SQLITE_MIGRATIONS = "whosaid/migrations";
    private static final String POSTGRESQL_MIGRATIONS = "whosaid/migrations-postgresql";
    /** The advisory lock key of the writer lock: any number, the same in every whosaid ("whosaid" in ASCII). */
    private static final long WRITER_LOCK = 0x77686F73616964L;

    private final DatabaseLocation location;
    private final Connection connection;
    private final DSLContext dsl;

    private Database(DatabaseLocation location, Connection connection) {
        this.location = location;
        this.connection = connection;
        this.dsl = DSL.using(connection, location.isPostgresql() ? SQLDialect.POSTGRES : SQLDialect.SQLITE);
    }

    /** Opens (creating if needed) and migrates the store a --db value names: {@code open(DatabaseLocation.parse(v))}. */
    public static Database open(DatabaseLocation location) {
        return location.isPostgresql() ? openPostgresql(location, false) : openSqlite(location.file());
    }

    /**
     * Opens an existing store for reading only (the web app): no migration, no write, so it may run beside an ingest
     * that writes it. A missing SQLite file, or a PostgreSQL database without whosaid's schema, is an error rather
     * than a new empty store.
     */
    public static Database openReadOnly(DatabaseLocation location) {
        return location.isPostgresql() ? openPostgresql(location, true) : openSqliteReadOnly(location.file());
    }

    /** Opens (creating if needed) and migrates the SQLite database at {@code file}. */
    public static Database open(Path file) {
        return openSqlite(file);
    }

    /** {@link #openReadOnly(DatabaseLocation)} for an SQLite file. */
    public static Database openReadOnly(Path file) {
        return openSqliteReadOnly(file);
    }

    private static Database openSqlite(Path file) {
        Path absolute = file.toAbsolutePath();
        try {
            if (absolute.getParent() != null) {
                Files.createDirectories(absolute.getParent());
            }
        } catch (IOException e) {
            throw new StoreException("cannot create the folder for database " + file + ": " + e.getMessage(), e);
        }
        SQLiteDataSource source = dataSource(absolute);
        DatabaseLocation location = DatabaseLocation.sqlite(absolute);
        if (!SchemaCheck.current(source, SQLITE_MIGRATIONS, false)) {
            migrate(file.toString(), source, SQLITE_MIGRATIONS);
        }
        try {
            Connection connection = source.getConnection();
            return new Database(location, connection);
        } catch (SQLException e) {
            throw new StoreException("cannot open database " + file + ": " + e.getMessage(), e);
        }
    }

    private static Database openSqliteReadOnly(Path file) {
        Path absolute = file.toAbsolutePath();
        if (!Files.isRegularFile(absolute)) {
            throw new StoreException("no database at " + file + ": ingest some articles into it first");
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(10_000);
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl("jdbc:sqlite:" + absolute);
        try {
            return new Database(DatabaseLocation.sqlite(absolute), source.getConnection());
        } catch (SQLException e) {
            throw new StoreException("cannot open database " + file + ": " + e.getMessage(), e);
        }
    }

    private static SQLiteDataSource dataSource(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        // WAL lets readers (queries) go on while an ingest writes; NORMAL sync is safe with WAL and much faster.
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(10_000);
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl("jdbc:sqlite:" + file);
        return source;
    }

    private static Database openPostgresql(DatabaseLocation location, boolean readOnly) {
        DataSource source = new PostgresqlSource(location.url());
        boolean current = SchemaCheck.current(source, POSTGRESQL_MIGRATIONS, true);
        if (!current && readOnly) {
            try (Connection probe = source.getConnection()) {
                // reachable: the schema is what is missing
            } catch (SQLException e) {
                throw new StoreException(e.getMessage(), e);
            }
            throw new StoreException("no whosaid store at " + location
                    + " (or one of another schema version): ingest some articles into it first");
        }
        if (!current) {
            try (Connection probe = source.getConnection()) {
                // reachable: what follows is about the schema
            } catch (SQLException e) {
                throw new StoreException(e.getMessage(), e);
            }
            migrate(location.toString(), source, POSTGRESQL_MIGRATIONS);
        }
        try {
            Connection connection = source.getConnection();
            if (readOnly) {
                connection.setReadOnly(true);
            }
            return new Database(location, connection);
        } catch (SQLException e) {
            throw new StoreException("cannot open database " + location + ": " + firstLine(e.getMessage()), e);
        }
    }

    private static void migrate(String name, DataSource source, String folder) {
        try {
            Flyway flyway = Flyway.configure()
                    .dataSource(source)
                    .locations("classpath:" + folder)
                    .cleanDisabled(true)
                    .load();
            MigrationInfo[] future = Arrays.stream(flyway.info().applied())
                    .filter(m -> m.getState().name().startsWith("FUTURE"))
                    .toArray(MigrationInfo[]::new);
            if (future.length > 0) {
                throw new StoreException("database " + name + " was written by a newer whosaid (schema version "
                        + future[future.length - 1].getVersion() + "); this whosaid knows schema version "
                        + latestKnown(flyway) + ": upgrade whosaid or use another --db");
            }
            flyway.migrate();
        } catch (FlywayException e) {
            throw new StoreException("cannot migrate database " + name + ": " + firstLine(e.getMessage()), e);
        }
    }

    private static String latestKnown(Flyway flyway) {
        MigrationInfo[] all = flyway.info().all();
        String version = "none";
        for (MigrationInfo m : all) {
            if (!m.getState().name().startsWith("FUTURE") && m.getVersion() != null) {
                version = m.getVersion().getVersion();
            }
        }
        return version;
    }

    static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        String trimmed = message.strip();
        int newline = trimmed.indexOf('\n');
        return newline < 0 ? trimmed : trimmed.substring(0, newline).strip();
    }

    public DSLContext dsl() {
        return dsl;
    }

    public DatabaseLocation location() {
        return location;
    }

    /**
     * A mark that changes whenever anything was committed to the store by another connection since it was last read:
     * a reader's cache of answers stays good while the mark stays the same. SQLite gives exactly that (PRAGMA
     * data_version); PostgreSQL's mark is the write-ahead log's position, which every commit moves, and so do some
     * writes that change no answer (a cache is then read again for nothing, never kept too long).
     */
    public synchronized String changeMark() {
        String sql = isPostgresql() ? "SELECT pg_current_wal_lsn()::text" : "PRAGMA data_version";
        try (java.sql.Statement statement = connection.createStatement();
             java.sql.ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        } catch (SQLException e) {
            throw new StoreException("cannot read the database: " + firstLine(e.getMessage()), e);
        }
    }

    /** The SQLite file, or null for a PostgreSQL store. */
    public Path file() {
        return location.file();
    }

    boolean isPostgresql() {
        return location.isPostgresql();
    }

    /**
     * That a name column (outlet, speaker) holds this name, case aside: SQLite's name columns and indexes are
     * COLLATE NOCASE, PostgreSQL's indexes are over lower(name).
     */
    Condition sameName(Field<String> column, String name) {
        return isPostgresql() ? DSL.lower(column).eq(DSL.lower(DSL.val(name))) : column.eq(name);
    }

    /** A name column as names are sorted, case aside and by code point (SQLite's NOCASE), in either dialect. */
    Field<String> nameOrder(Field<String> column) {
        return isPostgresql() ? DSL.lower(column).collate("C") : column.collate("NOCASE");
    }

    /** Runs one write transaction holding the writer lock; what {@code work} throws rolls it back. */
    <T> T writeResult(Function<DSLContext, T> work) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            if (isPostgresql()) {
                tx.resultQuery("SELECT pg_advisory_xact_lock(?)", WRITER_LOCK).fetch();
            }
            return work.apply(tx);
        });
    }

    /** {@link #writeResult(Function)} with nothing to return. */
    void write(Consumer<DSLContext> work) {
        writeResult(tx -> {
            work.accept(tx);
            return null;
        });
    }

    /** The writer lock, held until closed; released when the connection closes in any case. */
    public interface WriterLock extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Holds the writer lock across several transactions, for work that reads the store and then writes what it
     * decided (the corpus stages after an ingest's articles are stored), so no other writer changes the store in
     * between. Other writers wait; readers do not. Nothing to hold on SQLite, whose writers are one at a time anyway.
     */
    public WriterLock writerLock() {
        if (!isPostgresql()) {
            return () -> { };
        }
        try {
            dsl.resultQuery("SELECT pg_advisory_lock(?)", WRITER_LOCK).fetch();
        } catch (org.jooq.exception.DataAccessException e) {
            throw new StoreException("cannot lock " + location + " for writing: " + firstLine(e.getMessage()), e);
        }
        return () -> {
            try {
                dsl.resultQuery("SELECT pg_advisory_unlock(?)", WRITER_LOCK).fetch();
            } catch (org.jooq.exception.DataAccessException e) {
                throw new StoreException("cannot unlock " + location + ": " + firstLine(e.getMessage()), e);
            }
        };
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close database " + location + ": " + e.getMessage(), e);
        }
    }

    /** Connections to a PostgreSQL URL, as Flyway and {@link SchemaCheck} take them (a data source). */
    private static final class PostgresqlSource implements DataSource {
        private final String url;

        PostgresqlSource(String url) {
            this.url = url;
        }

        @Override
        public Connection getConnection() throws SQLException {
            try {
                return DriverManager.getConnection(url, properties());
            } catch (SQLException e) {
                // the driver's own words (refused, no such database, password failed) never hold the password
                throw new SQLException("cannot connect to " + DatabaseLocation.postgresql(url) + ": "
                        + firstLine(e.getMessage()), e.getSQLState());
            }
        }

        /**
         * Driver settings whosaid wants whatever the URL says, given beside the URL rather than spliced into it
         * (a setting the URL itself names wins, as pgjdbc reads the URL last). reWriteBatchedInserts sends a batch
         * of inserts as multi-row INSERTs instead of one statement a row: the writers batch every table's rows.
         */
        private static Properties properties() {
            Properties properties = new Properties();
            properties.setProperty("reWriteBatchedInserts", "true");
            return properties;
        }

        @Override
        public Connection getConnection(String user, String password) throws SQLException {
            throw new SQLException("user and password come in the URL");
        }

        @Override
        public java.io.PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(java.io.PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public java.util.logging.Logger getParentLogger() {
            return java.util.logging.Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }
    }
}
