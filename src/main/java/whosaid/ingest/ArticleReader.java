package whosaid.ingest;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Turns one input file into articles, choosing the format from the name and the content (a gzipped file is
 * read through its compression first):
 * <ol>
 *   <li>a crawl archive (WARC) when the name ends in .warc or the file starts with a WARC header: every HTML
 *       response is a page, read by {@link WarcReader} a record at a time;</li>
 *   <li>a web page when the name ends in .html or .htm, or the file opens with HTML markup
 *       ({@link HtmlPageReader});</li>
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
    private final HtmlPageReader pages = new HtmlPageReader();
    private final WarcReader warc = new WarcReader(pages);

    /** How many of a crawl archive's articles are handed on at once: enough to keep both cores busy. */
    public static final int BATCH = 64;

    /** Receives a file's records a batch at a time, so that a crawl archive of any size is never held whole. */
    public interface Batches {
        /** The next batch of the file's records, in file order; a thrown error stops the file there. */
        void accept(FileRecords batch) throws BadInputException;

        /** Records of a crawl archive read so far, and the byte offset reached; called after each record. */
        default void recordsRead(long records, long offset) {
        }
    }

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
        if (InputFormat.isGzip(content)) {
            content = gunzip(name, content);
        }
        switch (InputFormat.of(name, content)) {
            case WARC -> {
                List<FileRecords> batches = new ArrayList<>();
                stream(name, new ByteArrayInputStream(content), batches::add);
                return FileRecords.concat(batches);
            }
            case HTML -> {
                return pages.records(name, content);
            }
            default -> {
                return text(name, content);
            }
        }
    }

    /**
     * Reads {@code in} and hands its records on in batches: a crawl archive a batch of {@link #BATCH} articles at a
     * time as it streams by, any other file in one batch once read whole.
     *
     * @throws BadInputException when the file as a whole is not articles, or when {@code out} stops it
     */
    public void stream(String name, InputStream in, Batches out) throws BadInputException {
        BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
        byte[] head = peek(name, buffered);
        if (InputFormat.of(name, head) != InputFormat.WARC) {
            out.accept(records(name, readAll(name, buffered)));
            return;
        }
        WarcBatcher batcher = new WarcBatcher(out);
        warc.read(name, buffered, batcher);
        batcher.flush();
    }

    /** Collects a crawl archive's records into batches for {@link Batches}. */
    private static final class WarcBatcher implements WarcReader.Sink {
        private final Batches out;
        private final List<Article> articles = new ArrayList<>();
        private final List<BadInputException> bad = new ArrayList<>();
        private int passedOver;

        WarcBatcher(Batches out) {
            this.out = out;
        }

        @Override
        public void article(Article article) throws BadInputException {
            articles.add(article);
            if (articles.size() >= BATCH) {
                flush();
            }
        }

        @Override
        public void skipped(BadInputException why) throws BadInputException {
            bad.add(why);
            if (bad.size() >= BATCH) {
                flush();
            }
        }

        @Override
        public void passedOver() {
            passedOver++;
        }

        @Override
        public void progress(long records, long offset) {
            out.recordsRead(records, offset);
        }

        void flush() throws BadInputException {
            if (articles.isEmpty() && bad.isEmpty() && passedOver == 0) {
                return;
            }
            FileRecords batch = new FileRecords(articles, bad, passedOver);
            articles.clear();
            bad.clear();
            passedOver = 0;
            out.accept(batch);
        }
    }

    /** The first bytes of the file, decompressed when it is gzipped, without consuming them. */
    private static byte[] peek(String name, BufferedInputStream in) throws BadInputException {
        try {
            in.mark(1 << 16);
            byte[] head = in.readNBytes(8);
            in.reset();
            if (InputFormat.isGzip(head)) {
                in.mark(1 << 16);
                try {
                    head = new GZIPInputStream(in, 512).readNBytes(2048);
                } catch (IOException e) {
                    head = new byte[0];
                }
                in.reset();
            } else {
                in.mark(1 << 16);
                head = in.readNBytes(2048);
                in.reset();
            }
            return head;
        } catch (IOException e) {
            throw new BadInputException(name, 0, "cannot read: " + e.getMessage(), e);
        }
    }

    private static byte[] readAll(String name, InputStream in) throws BadInputException {
        try {
            return in.readAllBytes();
        } catch (IOException | UncheckedIOException e) {
            throw new BadInputException(name, 0, "cannot read: " + e.getMessage(), e);
        }
    }

    private static byte[] gunzip(String name, byte[] content) throws BadInputException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(content))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new BadInputException(name, 0, "not a readable gzip file: " + e.getMessage(), e);
        }
    }

    private FileRecords text(String name, byte[] content) throws BadInputException {
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
