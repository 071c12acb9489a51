package whosaid.store;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.sql.DataSource;

/**
 * Tells, with one query and without Flyway, whether a database already holds every migration this build carries.
 * Starting Flyway costs more than half a second of class loading and scanning on every command, while nearly every
 * command opens a database that is already current; only a new, older, newer or failed one needs Flyway, which then
 * does what it always did (migrate, or refuse a newer schema).
 */
final class SchemaCheck {
    private static final Pattern VERSIONED = Pattern.compile("V(\\d+)__.+\\.sql");

    private SchemaCheck() {
    }

    /**
     * Whether the applied, successful versions are exactly the versions carried in {@code folder}.
     *
     * @param postgresql whether the store is PostgreSQL (which lists its tables elsewhere than SQLite)
     */
    static boolean current(DataSource source, String folder, boolean postgresql) {
        Set<String> known = knownVersions(folder);
        if (known.isEmpty()) {
            return false;
        }
        Set<String> applied = new HashSet<>();
        try (Connection connection = source.getConnection(); Statement statement = connection.createStatement()) {
            try (ResultSet tables = statement.executeQuery(postgresql
                    ? "select count(*) from information_schema.tables where table_schema = current_schema()"
                            + " and table_name = 'flyway_schema_history'"
                    : "select count(*) from sqlite_master where type = 'table' and name = 'flyway_schema_history'")) {
                if (!tables.next() || tables.getInt(1) == 0) {
                    return false;
                }
            }
            try (ResultSet rows = statement.executeQuery(
                    "select version, success from flyway_schema_history where version is not null")) {
                while (rows.next()) {
                    if (!rows.getBoolean(2)) {
                        return false; // a failed migration: let Flyway say so
                    }
                    applied.add(rows.getString(1));
                }
            }
        } catch (SQLException e) {
            return false; // whatever it is, Flyway reports it properly
        }
        return applied.equals(known);
    }

    /** The version numbers of the V-migrations in a class-path folder, read from the jar or the classes folder. */
    static Set<String> knownVersions(String folder) {
        Set<String> versions = new HashSet<>();
        URL url = SchemaCheck.class.getClassLoader().getResource(folder);
        if (url == null) {
            return versions;
        }
        try {
            if ("jar".equals(url.getProtocol())) {
                URLConnection connection = url.openConnection();
                connection.setUseCaches(true);
                JarFile jar = ((JarURLConnection) connection).getJarFile();
                String prefix = folder.endsWith("/") ? folder : folder + "/";
                for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                    String name = entries.nextElement().getName();
                    if (name.startsWith(prefix) && name.indexOf('/', prefix.length()) < 0) {
                        add(versions, name.substring(prefix.length()));
                    }
                }
            } else if ("file".equals(url.getProtocol())) {
                try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                    files.forEach(f -> add(versions, f.getFileName().toString()));
                }
            }
        } catch (IOException | URISyntaxException | ClassCastException e) {
            versions.clear(); // unknown: Flyway decides
        }
        return versions;
    }

    private static void add(Set<String> versions, String fileName) {
        Matcher m = VERSIONED.matcher(fileName);
        if (m.matches()) {
            versions.add(String.valueOf(Integer.parseInt(m.group(1))));
        }
    }
}
