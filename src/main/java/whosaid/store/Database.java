package whosaid.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * An open whosaid database: one SQLite file, migrated to the schema this build knows, with foreign keys on.
 *
 * <p>Opening applies any pending migration from {@code migrations/} (carried in the jar), so an old database is
 * upgraded in place; a database written by a newer whosaid is refused rather than misread. A database that already
 * holds every migration is opened without starting Flyway ({@link SchemaCheck}).
 */
public final class Database implements AutoCloseable {
    private static final String MIGRATIONS_FOLDER = "whosaid/migrations";
    private static final String MIGRATIONS = "classpath:" + MIGRATIONS_FOLDER;

    private final Path file;
    private final Connection connection;
    private final DSLContext dsl;

    private Database(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
        this.dsl = DSL.using(connection, SQLDialect.SQLITE);
    }

    /** Opens (creating if needed) and migrates the database at {@code file}. */
    public static Database open(Path file) {
        Path absolute = file.toAbsolutePath();
        try {
            if (absolute.getParent() != null) {
                Files.createDirectories(absolute.getParent());
            }
        } catch (IOException e) {
            throw new StoreException("cannot create the folder for database " + file + ": " + e.getMessage(), e);
        }
        SQLiteDataSource source = dataSource(absolute);
        if (!SchemaCheck.current(source, MIGRATIONS_FOLDER)) {
            migrate(file, source);
        }
        try {
            Connection connection = source.getConnection();
            return new Database(absolute, connection);
        } catch (SQLException e) {
            throw new StoreException("cannot open database " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Opens an existing database for reading only (the web app): no migration, no write, so it may run beside an
     * ingest that writes the same file. A missing file is an error rather than a new empty database.
     */
    public static Database openReadOnly(Path file) {
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
            return new Database(absolute, source.getConnection());
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

    private static void migrate(Path file, SQLiteDataSource source) {
        try {
            Flyway flyway = Flyway.configure()
                    .dataSource(source)
                    .locations(MIGRATIONS)
                    .cleanDisabled(true)
                    .load();
            MigrationInfo[] future = Arrays.stream(flyway.info().applied())
                    .filter(m -> m.getState().name().startsWith("FUTURE"))
                    .toArray(MigrationInfo[]::new);
            if (future.length > 0) {
                throw new StoreException("database " + file + " was written by a newer whosaid (schema version "
                        + future[future.length - 1].getVersion() + "); this whosaid knows schema version "
                        + latestKnown(flyway) + ": upgrade whosaid or use another --db");
            }
            flyway.migrate();
        } catch (FlywayException e) {
            throw new StoreException("cannot migrate database " + file + ": " + firstLine(e.getMessage()), e);
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

    public Path file() {
        return file;
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close database " + file + ": " + e.getMessage(), e);
        }
    }
}
