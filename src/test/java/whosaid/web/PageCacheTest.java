package whosaid.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PageCacheTest {
    private static PageCache.Page page(int size) {
        return new PageCache.Page("text/html", new byte[size]);
    }

    @Test
    void keepsAnAnswerWhileTheStoreIsUnchanged() {
        PageCache cache = new PageCache();
        assertNull(cache.get("/speakers", "7"));
        cache.put("/speakers", "7", new PageCache.Page("text/html", new byte[]{1, 2, 3}));
        assertArrayEquals(new byte[]{1, 2, 3}, cache.get("/speakers", "7").body());
        assertNull(cache.get("/speakers?page=2", "7"));
    }

    @Test
    void dropsEverythingWhenTheStoreChanged() {
        PageCache cache = new PageCache();
        cache.get("/a", "1");
        cache.put("/a", "1", page(10));
        assertNull(cache.get("/a", "2"));
        assertNull(cache.get("/a", "2"));
    }

    @Test
    void anAnswerRenderedBeforeAChangeIsNotKeptAfterIt() {
        PageCache cache = new PageCache();
        cache.get("/a", "1");
        cache.get("/b", "2");
        cache.put("/a", "1", page(10));
        assertNull(cache.get("/a", "2"));
    }

    @Test
    void staysWithinItsBoundDroppingTheLeastRecentlyUsed() {
        PageCache cache = new PageCache();
        cache.get("/0", "1");
        int size = PageCache.MAX_PAGE_BYTES;
        int fits = (int) (PageCache.MAX_BYTES / size);
        for (int i = 0; i < fits; i++) {
            cache.put("/" + i, "1", page(size));
        }
        assertNotNull(cache.get("/0", "1"));
        cache.put("/new", "1", page(size));
        assertNotNull(cache.get("/0", "1"));
        assertNull(cache.get("/1", "1"));
        assertNotNull(cache.get("/new", "1"));
        cache.put("/huge", "1", page(size + 1));
        assertNull(cache.get("/huge", "1"));
    }
}
