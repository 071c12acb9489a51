package whosaid.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Optional;

import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Streams a crawl archive (WARC, gzipped or not, as news crawls ship them) through jwarc, one record at a time, so
 * an archive of any size is never held whole. Every HTML response with status 200 is a page read by
 * {@link HtmlPageReader}, with the record's {@code WARC-Target-URI} as url and its {@code WARC-Date} as fetch time.
 * Requests, metadata, warcinfo, revisits, non-HTML and non-200 responses are passed over and counted. A damaged
 * record ends the reading: what came before it is kept, and the error names the byte offset where it starts.
 */
final class WarcReader {
    /** Larger pages are not news articles but data dumps; reading them would only cost memory. */
    static final int MAX_PAGE_BYTES = 8 << 20;

    /** Where the records go, one at a time, in file order. */
    interface Sink {
        void article(Article article) throws BadInputException;

        void skipped(BadInputException why) throws BadInputException;

        /** A record that is not a page (a request, metadata, an image, a redirect): counted, not an error. */
        void passedOver();

        /** Called after each record: how many were read and the byte offset reached in the file. */
        void progress(long records, long offset);
    }

    private final HtmlPageReader pages;

    WarcReader(HtmlPageReader pages) {
        this.pages = pages;
    }

    void read(String name, InputStream in, Sink sink) throws BadInputException {
        long records = 0;
        org.netpreserve.jwarc.WarcReader reader;
        try {
            reader = new org.netpreserve.jwarc.WarcReader(in);
        } catch (IOException e) {
            throw new BadInputException(name, 0, "not a WARC file: " + e.getMessage(), e);
        }
        long offset = 0;
        try (reader) {
            while (true) {
                Optional<WarcRecord> next;
                try {
                    next = reader.next();
                } catch (IOException | RuntimeException e) {
                    // jwarc has moved to the start of the record it could not read
                    sink.skipped(damaged(name, records + 1, reader.position(), e));
                    return;
                }
                if (next.isEmpty()) {
                    return;
                }
                records++;
                offset = reader.position();
                WarcRecord record = next.get();
                try {
                    page(name, (int) Math.min(records, Integer.MAX_VALUE), record, sink);
                } catch (IOException | RuntimeException e) {
                    // the record's own block is cut short or garbled: the archive cannot be trusted past it
                    sink.skipped(damaged(name, records, offset, e));
                    return;
                }
                sink.progress(records, offset);
            }
        } catch (IOException e) {
            // closing a damaged archive may fail again; what was read is already handed on
        }
    }

    private void page(String name, int number, WarcRecord record, Sink sink) throws IOException, BadInputException {
        if (!(record instanceof WarcResponse response) || !isHttp(response)) {
            sink.passedOver();
            return;
        }
        HttpResponse http = response.http();
        if (http.status() != 200) {
            http.body().consume();
            sink.passedOver();
            return;
        }
        MediaType type = http.contentType();
        byte[] content = readCapped(http.bodyDecoded().stream());
        if (content == null) {
            sink.skipped(new BadInputException(name, number, "record " + number + " (" + response.target()
                    + "): page larger than " + (MAX_PAGE_BYTES >> 20) + " MB"));
            return;
        }
        if (!isHtml(type, content)) {
            sink.passedOver();
            return;
        }
        try {
            sink.article(pages.article(name, number, content, charset(type), response.target(),
                    response.date().toString()));
        } catch (BadInputException e) {
            sink.skipped(new BadInputException(name, number, "record " + number + " (" + response.target() + "): "
                    + e.reason()));
        }
    }

    private static boolean isHttp(WarcResponse response) {
        String type = response.contentType().base().toString().toLowerCase(Locale.ROOT);
        return type.startsWith("application/http");
    }

    private static BadInputException damaged(String name, long number, long offset, Exception e) {
        String what = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
        if (what.length() > 160) {
            what = what.substring(0, 160) + "…";
        }
        return new BadInputException(name, 0, "record " + number + " at byte " + offset
                + " is damaged or cut short (" + what + "); the records before it were read", e);
    }

    private static boolean isHtml(MediaType type, byte[] content) {
        String base = type == null ? "" : type.base().toString().toLowerCase(Locale.ROOT);
        if (base.equals("text/html") || base.equals("application/xhtml+xml")) {
            return true;
        }
        // servers that send no type, or a wrong generic one, still send pages a browser would show as HTML
        return (base.isEmpty() || base.equals("application/octet-stream") || base.equals("text/plain"))
                && InputFormat.looksLikeHtml(content);
    }

    private static Charset charset(MediaType type) {
        String name = type == null ? null : type.parameters().get("charset");
        if (name == null) {
            return null;
        }
        try {
            return Charset.forName(name.strip().replace("\"", ""));
        } catch (IllegalArgumentException e) {
            return null; // an unknown charset name: let the page's own meta tag decide
        }
    }

    private static byte[] readCapped(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_PAGE_BYTES + 1);
        if (bytes.length > MAX_PAGE_BYTES) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return null;
        }
        return bytes;
    }
}
