package whosaid.store;

import java.nio.file.Path;

/**
 * Where a store is, as a --db value names it: an SQLite file, or a PostgreSQL server given as a JDBC URL
 * ({@code jdbc:postgresql://host:port/db?user=…&password=…}). {@link Database#open(DatabaseLocation)} opens either.
 *
 * @param file the SQLite file, or null for PostgreSQL
 * @param url  the PostgreSQL JDBC URL, or null for SQLite
 */
public record DatabaseLocation(Path file, String url) {
    private static final String POSTGRESQL = "jdbc:postgresql:";

    public DatabaseLocation {
        if ((file == null) == (url == null)) {
            throw new IllegalArgumentException("a database location is a file or a URL, exactly one of them");
        }
    }

    /** Reads a --db value: a {@code jdbc:postgresql:} URL, else a path to an SQLite file. */
    public static DatabaseLocation parse(String value) {
        if (value.regionMatches(true, 0, POSTGRESQL, 0, POSTGRESQL.length())) {
            return new DatabaseLocation(null, value);
        }
        if (value.regionMatches(true, 0, "jdbc:", 0, 5)) {
            // A JDBC URL of another kind would otherwise become a file with a strange name.
            throw new StoreException("unsupported database URL " + new DatabaseLocation(null, value)
                    + ": give an SQLite file path or a jdbc:postgresql:// URL");
        }
        return sqlite(Path.of(value));
    }

    public static DatabaseLocation sqlite(Path file) {
        return new DatabaseLocation(file, null);
    }

    public static DatabaseLocation postgresql(String url) {
        return new DatabaseLocation(null, url);
    }

    public boolean isPostgresql() {
        return url != null;
    }

    /** A short name for pages and messages: the file name, or the database name of the URL. */
    public String shortName() {
        if (file != null) {
            Path name = file.getFileName();
            return name == null ? file.toString() : name.toString();
        }
        String rest = url.substring(POSTGRESQL.length());
        int query = rest.indexOf('?');
        String path = query < 0 ? rest : rest.substring(0, query);
        int slash = path.lastIndexOf('/');
        return slash < 0 || slash == path.length() - 1 ? path : path.substring(slash + 1);
    }

    /** The location as messages show it: a URL without its password, which must not reach a terminal or a log. */
    @Override
    public String toString() {
        return file != null ? file.toString() : url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }
}
