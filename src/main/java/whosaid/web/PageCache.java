package whosaid.web;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Answers already given, kept while the store is unchanged: a page is the same bytes until something is committed to
 * the store, and rendering a much-quoted speaker's page or a fact-check costs far more than sending it again. Held
 * under the store's change mark ({@code Database.changeMark}): when the mark moves, everything is dropped. Bounded by
 * bytes, the least recently used answer dropped first, so a store of any size holds at most {@link #MAX_BYTES}.
 */
final class PageCache {
    /** One answer as sent: its content type and body. */
    record Page(String contentType, byte[] body) {
    }

    static final long MAX_BYTES = 128L << 20;
    /** An answer larger than this is rendered each time: it would push out many smaller ones. */
    static final int MAX_PAGE_BYTES = 8 << 20;

    private final Map<String, Page> pages = new LinkedHashMap<>(256, 0.75f, true);
    private long bytes;
    private String mark;

    /** The answer kept for this request under this mark, or null (and everything dropped when the mark moved). */
    synchronized Page get(String request, String currentMark) {
        if (!currentMark.equals(mark)) {
            pages.clear();
            bytes = 0;
            mark = currentMark;
            return null;
        }
        return pages.get(request);
    }

    /** Keeps an answer rendered under {@code renderedMark}, unless the store has changed since. */
    synchronized void put(String request, String renderedMark, Page page) {
        if (!renderedMark.equals(mark) || page.body().length > MAX_PAGE_BYTES) {
            return;
        }
        Page old = pages.put(request, page);
        bytes += page.body().length - (old == null ? 0 : old.body().length);
        Iterator<Page> oldest = pages.values().iterator();
        while (bytes > MAX_BYTES && oldest.hasNext()) {
            bytes -= oldest.next().body().length;
            oldest.remove();
        }
    }
}
