package whosaid.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Reads one web page into an article: its metadata ({@link PageMetadataReader}) and its story as paragraphs
 * ({@link ArticleExtractor}). The stored body is the extracted text, so every offset points into it and the markup
 * is gone before any stage reads the page. A page without a story (a section front, a video page, a paywall stub) is
 * a bad record with its reason, never an article of menu text.
 */
public final class HtmlPageReader {
    private final PageMetadataReader metadata;
    private final ArticleExtractor extractor;

    public HtmlPageReader() {
        DateParser dates = new DateParser();
        this.metadata = new PageMetadataReader(dates, new HeaderLines(dates));
        this.extractor = new ArticleExtractor(dates);
    }

    /** One page file: its article, or its reason for having none as the file's one bad record. */
    public FileRecords records(String name, byte[] content) {
        try {
            return new FileRecords(List.of(article(name, 1, content, null, null, null)), List.of());
        } catch (BadInputException e) {
            return new FileRecords(List.of(), List.of(e));
        }
    }

    /**
     * The article on a page.
     *
     * @param name    the file to name in messages and store as the source
     * @param line    where the page starts in that file (1 for a page file, the record's number in a crawl archive)
     * @param content the page's bytes, in the charset the page or {@code charset} says (UTF-8 when neither does)
     * @param charset the charset the server declared, or null
     * @param address the address the page was fetched from, or null; the article's url unless the page gives one
     * @param fetched when it was fetched (ISO instant), or null
     * @throws BadInputException when the page holds no article, with the reason
     */
    public Article article(String name, int line, byte[] content, Charset charset, String address, String fetched)
            throws BadInputException {
        Document page = parse(name, line, content, charset, address);
        PageMetadata meta = metadata.read(page, address);
        ArticleExtractor.Extraction extraction = extractor.extract(page, meta);
        if (extraction.skipReason() != null) {
            throw new BadInputException(name, line, extraction.skipReason());
        }
        // a crawl archive's record is the page at that address, whatever the page calls its canonical one
        String url = address != null ? address : meta.url();
        return new Article(null, meta.title(), extraction.dek(), meta.outlet(), meta.byline(), meta.published(), url,
                extraction.body(), name, line, meta.language(), fetched);
    }

    /** A page read but not yet judged: what it declares and what extraction made of it. */
    public record Page(PageMetadata metadata, ArticleExtractor.Extraction extraction) {
    }

    /** The page's metadata and extraction, for measuring extraction alone and for tests. */
    public Page page(byte[] content) throws BadInputException {
        Document page = parse("-", 0, content, null, null);
        PageMetadata meta = metadata.read(page, null);
        return new Page(meta, extractor.extract(page, meta));
    }

    /** The page parsed and nothing more: what jsoup's share of {@link #page} costs, for the benchmark. */
    public Document parse(byte[] content) throws BadInputException {
        return parse("-", 0, content, null, null);
    }

    private static Document parse(String name, int line, byte[] content, Charset charset, String address)
            throws BadInputException {
        try (InputStream in = new ByteArrayInputStream(content)) {
            return Jsoup.parse(in, charset == null ? null : charset.name(), address == null ? "" : address);
        } catch (IOException | IllegalArgumentException e) {
            throw new BadInputException(name, line, "cannot read the page: " + e.getMessage(), e);
        }
    }
}
