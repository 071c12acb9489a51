package whosaid.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import whosaid.ingest.BadInputException;
import whosaid.ingest.InputFiles;
import whosaid.store.Database;
import whosaid.store.Reads;
import whosaid.store.StoredArticle;
import whosaid.store.StoredQuote;

/** Saved web pages through the whole ingest: the story is stored, the markup never becomes a quotation. */
class WebPageIngestTest {
    @TempDir
    Path dir;

    private final List<String> skipped = new ArrayList<>();
    private final IngestListener listener = new IngestListener() {
        @Override
        public void fileDone(int index, int files, String name, IngestSummary soFar) {
        }

        @Override
        public void fileFailed(int index, int files, BadInputException error) {
            skipped.add(error.getMessage());
        }

        @Override
        public void recordSkipped(int index, int files, BadInputException error) {
            skipped.add(error.getMessage());
        }
    };

    private static byte[] page(String name) throws IOException {
        try (InputStream in = WebPageIngestTest.class.getResourceAsStream("/whosaid/ingest/html/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void aFolderOfSavedPagesIsReadByNameAndByContent() throws IOException {
        Path pages = Files.createDirectories(dir.resolve("pages"));
        Files.write(pages.resolve("a-ferry.html"), page("newspaper-article.html"));
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(pages.resolve("b-blog.html.gz")))) {
            gz.write(page("blog-post.html"));
        }
        // a page saved without an extension is known by its markup
        Files.write(pages.resolve("c-library"), page("article-with-comments.html"));
        Files.write(pages.resolve("d-business.htm"), page("section-front.html"));
        try (Database db = Database.open(dir.resolve("w.db"))) {
            InputFiles.Expansion inputs = new InputFiles().expand(List.of(pages.toString()));
            IngestSummary summary = new IngestJob(db, InputStream.nullInputStream()).run(inputs, false, listener)
                    .summary();
            assertEquals(3, summary.articlesNew());
            assertEquals(1, summary.skipped());
            assertTrue(summary.anyBadInput());
            assertEquals(1, skipped.size());
            assertTrue(skipped.get(0).startsWith(pages.resolve("d-business.htm") + ":1: a section front"),
                    skipped.get(0));

            Reads reads = new Reads(db);
            List<String> titles = reads.articles().stream().map(StoredArticle::title).toList();
            assertEquals(List.of("Ferry crossings to Marrow Island suspended after hull crack found",
                    "Why our allotment society stopped using peat",
                    "Library to open on Sundays after volunteers step in"), titles);
            List<StoredQuote> quotes = reads.allQuotes();
            assertFalse(quotes.isEmpty());
            for (StoredQuote q : quotes) {
                assertFalse(q.text().matches("(?s).*[<>{}].*"), "markup in a quotation: " + q.text());
                if (!q.inTitle()) {
                    assertEquals(q.text(), reads.body(q.articleRowId()).substring(q.start(), q.end()));
                }
            }
            assertTrue(quotes.stream().anyMatch(q -> q.text().startsWith("Safety comes before the timetable")
                    && "Harriet Vane-Morley".equals(q.speaker())), quotes.toString());
        }
    }

    @Test
    void aPagePipedToStandardInputIsKnownByItsMarkup() throws IOException {
        try (Database db = Database.open(dir.resolve("w.db"))) {
            InputFiles.Expansion inputs = new InputFiles().expand(List.of("-"));
            IngestSummary summary = new IngestJob(db, new ByteArrayInputStream(page("live-blog.html")))
                    .run(inputs, false, listener).summary();
            assertEquals(1, summary.articlesNew());
            StoredArticle a = new Reads(db).articles().get(0);
            assertEquals("Storm Odalys live: rail lines closed as gusts reach 90mph", a.title());
            assertEquals("Northern Ledger", a.outlet());
        }
    }
}
