package whosaid.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import whosaid.ingest.Article;
import whosaid.ingest.BadInputException;
import whosaid.ingest.HtmlPageReader;

/** The benchmark's web pages: real-size, reproducible, and read back by extraction as the article they wrap. */
class PageGeneratorTest {
    @TempDir
    Path dir;

    @Test
    void pagesWeighWhatRealNewsPagesWeighAndTheSameSeedGivesTheSamePages() {
        PageGenerator pages = new PageGenerator(3, 12);
        for (int i = 0; i < pages.count(); i++) {
            int size = pages.page(i).html().length;
            assertTrue(size >= PageGenerator.MIN_BYTES && size <= PageGenerator.MAX_BYTES, i + ": " + size);
        }
        assertArrayEquals(pages.page(5).html(), new PageGenerator(3, 12).page(5).html());
        assertFalse(java.util.Arrays.equals(pages.page(5).html(), new PageGenerator(4, 12).page(5).html()));
    }

    @Test
    void extractionGivesBackTheArticleEachPageWraps() throws BadInputException {
        PageGenerator pages = new PageGenerator(1, 8);
        HtmlPageReader reader = new HtmlPageReader();
        for (int i = 0; i < pages.count(); i++) {
            PageGenerator.Page page = pages.page(i);
            String html = new String(page.html(), StandardCharsets.UTF_8);
            // the furniture is there to be removed: comments with quotation marks, teasers, a JSON copy of the story
            assertTrue(html.contains("class=\"comment\"") && html.contains("class=\"card\"")
                    && html.contains("__APP_STATE__"), page.name());
            HtmlPageReader.Page read = reader.page(page.html());
            Article a = page.article();
            assertNull(read.extraction().skipReason(), page.name());
            assertEquals(a.body(), read.extraction().body(), page.name());
            assertEquals(a.title(), read.metadata().title());
            assertEquals(a.outlet(), read.metadata().outlet());
            assertEquals(a.published(), read.metadata().published());
            assertEquals(PageGenerator.names(a), read.metadata().byline());
        }
    }

    @Test
    void theBenchChecksEveryPageAndWritesThemForAWholeIngest() throws Exception {
        PageBench.Result r = new PageBench().generated(2, 5, 1);
        assertEquals(5, r.pages());
        assertEquals(5, r.bodiesEqual());
        assertEquals(0, r.skipped());
        long written = new PageGenerator(2, 5).write(dir.resolve("pages"));
        try (Stream<Path> files = Files.list(dir.resolve("pages"))) {
            assertEquals(5, files.count());
        }
        assertEquals(r.bytes(), written);
        PageBench.Result saved = new PageBench().folder(dir.resolve("pages"), 0);
        assertEquals(5, saved.pages());
        assertEquals(-1, saved.bodiesEqual());
        assertEquals(0, saved.skipped());
    }
}
