package whosaid.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Turns one input file into articles, choosing the format from the name and the content:
 * <ol>
 *   <li>JSONL when the name ends in .jsonl or .ndjson, or the first non-blank character is '{';</li>
 *   <li>a digest when the text holds an article-end marker (a "read more" line right after a repeated title);</li>
 *   <li>else one plain-text article.</li>
 * </ol>
 * {@link #records} keeps a bad record (an empty text, a line that is not JSON) apart from the good ones, so a caller
 * can skip it and store the rest; {@link #read} is all or nothing: every article of the file, or the first bad
 * record as the file's error. A problem of the whole file (missing, binary, not UTF-8, empty) is thrown by both.
 */
public final class ArticleReader {
    private final StrictUtf8 decoder = new StrictUtf8();
    private final JsonlReader jsonl;
    private final DigestReader digest;
    private final PlainTextReader plainText;

    public ArticleReader() {
        DateParser dates = new DateParser();
        ArticleLayout layout = new ArticleLayout(new HeaderLines(dates), dates);
        this.jsonl = new JsonlReader(dates);
        this.digest = new DigestReader(layout);
        this.plainText = new PlainTextReader(layout);
    }

    /**
     * The good records in {@code content} and an error for each bad one.
     *
     * @param name the name to report and store as {@link Article#source()} ("-" for standard input)
     * @throws BadInputException when the file as a whole is not articles
     */
    public FileRecords records(String name, byte[] content) throws BadInputException {
        String text = decoder.decode(name, content);
        List<SourceLine> lines = SourceLine.split(text);
        if (isJsonlName(name) || firstNonBlank(text) == '{') {
            return jsonl.read(lines, name);
        }
        if (digest.looksLikeDigest(lines)) {
            return digest.read(lines, name);
        }
        return plainText.read(lines, name);
    }

    /** Every article in {@code content}, or the file's first bad record as its error. */
    public List<Article> read(String name, byte[] content) throws BadInputException {
        return records(name, content).allOrNothing();
    }

    /** Reads the file at {@code path}, naming it by the path as given; all or nothing like {@link #read(String, byte[])}. */
    public List<Article> read(Path path) throws BadInputException {
        return read(path.toString(), readBytes(path.toString(), path));
    }

    private static byte[] readBytes(String name, Path path) throws BadInputException {
        try {
            return Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new BadInputException(name, 0, "no such file");
        } catch (IOException e) {
            throw new BadInputException(name, 0, "cannot read: " + e.getMessage(), e);
        }
    }

    private static char firstNonBlank(String text) {
        for (int k = 0; k < text.length(); k++) {
            if (!Character.isWhitespace(text.charAt(k))) {
                return text.charAt(k);
            }
        }
        return 0;
    }

    private static boolean isJsonlName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".jsonl") || lower.endsWith(".ndjson");
    }
}
