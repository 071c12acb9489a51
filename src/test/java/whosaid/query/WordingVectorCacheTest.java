package whosaid.query;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import whosaid.claims.SentenceEmbedder;
import whosaid.claims.Vectors;
import whosaid.store.Database;
import whosaid.store.VectorStore;

class WordingVectorCacheTest {
    @TempDir
    Path dir;

    private static byte[] vector(float... v) {
        return Vectors.toBytes(Vectors.unit(v));
    }

    @Test
    void holdsTheStoredVectorsAndReadsAgainOnlyAfterOneIsAdded() {
        try (Database db = Database.open(dir.resolve("v.db"));
             SentenceEmbedder unused = new SentenceEmbedder()) {
            VectorStore store = new VectorStore(db);
            store.save(MeaningIndex.MODEL, Map.of("the bridge opens in May", vector(1, 0, 0),
                    "rents rose by a tenth", vector(0, 1, 0)));
            WordingVectorCache cache = new WordingVectorCache();
            MeaningIndex held = new MeaningIndex(db, unused, cache);
            MeaningIndex read = new MeaningIndex(db);
            List<String> texts = List.of("the bridge opens in May", "rents rose by a tenth", "never stored");
            Map<String, float[]> fromCache = held.vectors(texts);
            Map<String, float[]> fromStore = read.vectors(texts);
            assertEquals(fromStore.keySet(), fromCache.keySet());
            fromStore.forEach((t, v) -> assertArrayEquals(v, fromCache.get(t), t));

            long t = System.nanoTime();
            WordingVectorCache.Snapshot first = cache.current(store, MeaningIndex.MODEL, t);
            long later = t + WordingVectorCache.RECHECK_NANOS;
            assertSame(first, cache.current(store, MeaningIndex.MODEL, later), "nothing added: nothing read again");
            store.save(MeaningIndex.MODEL, Map.of("the ferry stops at night", vector(0, 0, 1)));
            assertSame(first, cache.current(store, MeaningIndex.MODEL, later + 1), "trusted for a second");
            WordingVectorCache.Snapshot second = cache.current(store, MeaningIndex.MODEL,
                    later + 2 * WordingVectorCache.RECHECK_NANOS);
            assertNotSame(first, second);
            assertEquals(3, second.texts().size());
            assertArrayEquals(Vectors.unit(new float[]{0, 0, 1}), second.vectors()[second.index()
                    .get("the ferry stops at night")]);
        }
    }
}
