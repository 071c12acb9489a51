package whosaid.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** Crawl archives built here with jwarc's writer, holding the test pages among the records a crawl also keeps. */
class WarcReaderTest {
    private static final Instant FETCHED = Instant.parse("2026-03-05T12:30:00Z");
    private static final List<String> ARTICLES = List.of("newspaper-article.html", "blog-post.html",
            "live-blog.html", "article-with-comments.html", "broken-markup.html", "french-article.html");

    /** The archive's bytes and where each record starts. */
    private record Archive(byte[] bytes, List<Long> offsets) {
    }

    private static Archive archive(WarcCompression compression) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Long> offsets = new ArrayList<>();
        WarcWriter writer = new WarcWriter(Channels.newChannel(out), compression);
        for (String page : ARTICLES) {
            String url = "https://pages.example/" + page;
            offsets.add(writer.position());
            writer.write(new WarcRequest.Builder(URI.create(url)).date(FETCHED)
                    .body(new HttpRequest.Builder("GET", "/" + page).addHeader("Host", "pages.example").build())
                    .build());
            offsets.add(writer.position());
            writer.write(response(url, 200, "text/html; charset=utf-8", Fixtures.bytes("html/" + page)));
        }
        offsets.add(writer.position());
        writer.write(response("https://pages.example/missing", 404, "text/html", "<html><body>Not found</body></html>"
                .getBytes(StandardCharsets.UTF_8)));
        offsets.add(writer.position());
        writer.write(response("https://pages.example/logo.png", 200, "image/png", new byte[]{(byte) 0x89, 'P', 'N',
                'G'}));
        offsets.add(writer.position());
        writer.write(new WarcMetadata.Builder().targetURI("https://pages.example/")
                .body(MediaType.parse("application/warc-fields"), "outlinks: 3\r\n".getBytes(StandardCharsets.UTF_8))
                .build());
        offsets.add(writer.position());
        writer.write(response("https://pages.example/business", 200, "text/html",
                Fixtures.bytes("html/section-front.html")));
        writer.close();
        return new Archive(out.toByteArray(), offsets);
    }

    private static WarcResponse response(String url, int status, String type, byte[] body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
                .body(MediaType.parse(type), body).build();
        return new WarcResponse.Builder(URI.create(url)).date(FETCHED).body(http).build();
    }

    private static FileRecords read(String name, byte[] bytes) throws BadInputException {
        List<FileRecords> batches = new ArrayList<>();
        new ArticleReader().stream(name, new ByteArrayInputStream(bytes), batches::add);
        return FileRecords.concat(batches);
    }

    @Test
    void everyHtmlPageOfStatus200IsOneArticleWithItsTargetUri() throws Exception {
        for (WarcCompression compression : WarcCompression.values()) {
            FileRecords records = read("crawl.warc", archive(compression).bytes());
            assertEquals(ARTICLES.stream().map(p -> "https://pages.example/" + p).toList(),
                    records.articles().stream().map(Article::url).toList(), compression.name());
            Article first = records.articles().get(0);
            assertEquals("Ferry crossings to Marrow Island suspended after hull crack found", first.title());
            assertEquals("The Harbour Gazette", first.outlet());
            assertEquals("2026-03-04", first.published());
            assertEquals(FETCHED.toString(), first.fetched());
            assertEquals("crawl.warc", first.source());
            // the requests, the 404, the image and the metadata record are passed over, not errors
            assertEquals(6 + 3, records.passedOver(), compression.name());
            // the section front is a page without a story: a skipped record naming its record and address
            assertEquals(1, records.badRecords().size());
            String skip = records.badRecords().get(0).getMessage();
            assertTrue(skip.startsWith("crawl.warc:16: record 16 (https://pages.example/business): a section front"),
                    skip);
        }
    }

    @Test
    void aLargeArchiveArrivesInBatches() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WarcWriter writer = new WarcWriter(Channels.newChannel(out), WarcCompression.GZIP);
        int pages = ArticleReader.BATCH * 2 + 5;
        for (int i = 0; i < pages; i++) {
            writer.write(response("https://pages.example/" + i, 200, "text/html", Fixtures.bytes("html/blog-post.html")));
        }
        writer.close();
        List<Integer> sizes = new ArrayList<>();
        List<Long> progress = new ArrayList<>();
        new ArticleReader().stream("big.warc.gz", new ByteArrayInputStream(out.toByteArray()),
                new ArticleReader.Batches() {
                    @Override
                    public void accept(FileRecords batch) {
                        sizes.add(batch.articles().size());
                    }

                    @Override
                    public void recordsRead(long records, long offset) {
                        progress.add(records);
                    }
                });
        assertEquals(List.of(ArticleReader.BATCH, ArticleReader.BATCH, 5), sizes);
        assertEquals(pages, progress.size());
    }

    @Test
    void aCutShortArchiveKeepsWhatCameBeforeAndNamesTheDamagedRecord() throws Exception {
        for (WarcCompression compression : WarcCompression.values()) {
            Archive archive = archive(compression);
            // cut in the middle of the fourth page's response (record 8)
            long start = archive.offsets().get(7);
            long end = archive.offsets().get(8);
            byte[] cut = Arrays.copyOf(archive.bytes(), (int) (start + (end - start) / 2));
            FileRecords records = read("cut.warc", cut);
            assertEquals(3, records.articles().size(), compression.name());
            assertEquals(1, records.badRecords().size(), compression.name());
            String error = records.badRecords().get(0).getMessage();
            assertTrue(error.startsWith("cut.warc: record 8 at byte " + start + " is damaged or cut short"),
                    compression + ": " + error);
        }
    }

    @Test
    void garbageWhereARecordShouldStartIsNamedByItsOffset() throws Exception {
        Archive archive = archive(WarcCompression.NONE);
        long start = archive.offsets().get(2);
        byte[] bytes = archive.bytes().clone();
        byte[] garbage = "XXXX/9.9 this is not a record header\r\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(garbage, 0, bytes, (int) start, garbage.length);
        FileRecords records = read("garbled.warc", bytes);
        assertEquals(1, records.articles().size());
        String error = records.badRecords().get(0).getMessage();
        assertTrue(error.startsWith("garbled.warc: record 3 at byte " + start + " is damaged"), error);
    }
}
