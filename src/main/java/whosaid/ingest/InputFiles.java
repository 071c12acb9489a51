package whosaid.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Expands command-line arguments into the files to read.
 *
 * <p>{@link #expand(List)} never stops at a bad argument: it returns the inputs it found and, separately, one
 * {@link BadInputException} per argument it could not use (a missing path, an unreadable directory, a directory
 * with no article files), so the caller can ingest the rest and still report each problem.
 * <ul>
 *   <li>"-" is standard input, kept where it stands in the list.</li>
 *   <li>A file named on the command line is always taken, whatever its name.</li>
 *   <li>A directory is walked recursively in name order; hidden files and folders (name starting with ".") and
 *       files whose extension says they are not articles (.db, .jar, .png, .gz, …) are skipped, except gzipped
 *       pages, archives and text (.html.gz, .warc.gz, .jsonl.gz, .txt.gz).</li>
 *   <li>A file reached twice (named twice, or named and inside a named directory) is read once.</li>
 * </ul>
 */
public final class InputFiles {
    /** Extensions of files that are certainly not articles: databases, archives, images, media, binaries. */
    private static final Set<String> NOT_ARTICLES = Set.of((
            "db sqlite sqlite3 db-wal db-shm db-journal jar war class zip gz tgz bz2 xz zst 7z rar tar png jpg jpeg "
                    + "gif webp bmp ico svg tif tiff pdf mp3 mp4 m4a wav ogg avi mov mkv webm exe dll so dylib bin o "
                    + "a pyc woff woff2 ttf otf iso dmg lock swp").split(" "));

    /** Formats read through gzip, as saved pages and crawl archives often are; any other .gz is passed over. */
    private static final Set<String> GZIPPED_ARTICLES = Set.of("html", "htm", "xhtml", "warc", "jsonl", "txt");

    /**
     * One input to read.
     *
     * @param name the name to report and store as the article source: "-" or the path as given/walked
     * @param path the file, or null for standard input
     */
    public record Input(String name, Path path) {
        public boolean isStdin() {
            return path == null;
        }

        static Input stdin() {
            return new Input("-", null);
        }
    }

    /**
     * What the arguments expanded to.
     *
     * @param inputs the files to read, in argument order, directories expanded in name order
     * @param errors one per argument that could not be used, in argument order
     */
    public record Expansion(List<Input> inputs, List<BadInputException> errors) {
        public Expansion {
            inputs = List.copyOf(inputs);
            errors = List.copyOf(errors);
        }
    }

    public Expansion expand(List<String> args) {
        List<Input> inputs = new ArrayList<>();
        List<BadInputException> errors = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        for (String arg : args) {
            if (arg.equals("-")) {
                inputs.add(Input.stdin());
                continue;
            }
            Path path = Path.of(arg);
            if (Files.isDirectory(path)) {
                int before = inputs.size();
                try {
                    walk(path, inputs, seen);
                } catch (IOException e) {
                    errors.add(new BadInputException(arg, 0, "cannot read directory: " + e.getMessage()));
                    continue;
                }
                if (inputs.size() == before) {
                    errors.add(new BadInputException(arg, 0, "directory holds no article files"));
                }
            } else if (Files.isRegularFile(path)) {
                if (!Files.isReadable(path)) {
                    errors.add(new BadInputException(arg, 0, "file is not readable"));
                } else if (seen.add(key(path))) {
                    inputs.add(new Input(arg, path));
                }
            } else if (Files.exists(path)) {
                errors.add(new BadInputException(arg, 0, "not a regular file or directory"));
            } else {
                errors.add(new BadInputException(arg, 0, "no such file or directory"));
            }
        }
        return new Expansion(inputs, errors);
    }

    private void walk(Path dir, List<Input> inputs, Set<Path> seen) throws IOException {
        List<Path> children;
        try (Stream<Path> list = Files.list(dir)) {
            children = list.sorted().toList();
        }
        for (Path child : children) {
            String name = child.getFileName().toString();
            if (name.startsWith(".")) {
                continue;
            }
            // Links to folders are not followed inside a walk: a link cycle would never end.
            if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
                walk(child, inputs, seen);
            } else if (Files.isRegularFile(child) && !hasNonArticleExtension(name) && seen.add(key(child))) {
                inputs.add(new Input(child.toString(), child));
            }
        }
    }

    private boolean hasNonArticleExtension(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        for (String ext : GZIPPED_ARTICLES) {
            if (lower.endsWith("." + ext + ".gz")) {
                return false;
            }
        }
        for (String ext : NOT_ARTICLES) {
            if (lower.endsWith("." + ext)) {
                return true;
            }
        }
        return false;
    }

    /** The identity of a file, so a file reached by two spellings is read once. */
    private static Path key(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }
}
