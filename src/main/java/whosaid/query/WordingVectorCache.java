package whosaid.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import whosaid.claims.Vectors;
import whosaid.store.VectorStore;

/**
 * The stored wording vectors held in memory, for a process that answers many questions (the web app): without it
 * each question reads every stored vector out of SQLite again (about 20 MB on a store of 13,000 wordings), which
 * costs more than the rest of the check. Shared by every checker; re-read when a vector was added since (an ingest
 * beside the server: the count of stored vectors changed; a wording's vector is only ever replaced by the same
 * model's vector of the same words, so an unchanged count means unchanged vectors). Only a store small enough to
 * scan ({@link MeaningIndex#SCAN_LIMIT}) is held: a larger one is checked through its words, as before.
 */
public final class WordingVectorCache {
    /** One immutable read of the store: the wordings and their vectors side by side. */
    record Snapshot(int count, boolean tooLarge, List<String> texts, float[][] vectors,
                    Map<String, Integer> index) {
    }

    /**
     * How long a snapshot is trusted before the store is asked again whether vectors were added: counting them is a
     * few milliseconds that every question would otherwise pay, and an ingest's new wordings may wait a second.
     */
    static final long RECHECK_NANOS = 1_000_000_000L;

    private volatile Snapshot current;
    private volatile long checkedAt;

    /** The vectors as stored now, read again only when one was added since the last read. */
    Snapshot current(VectorStore store, String model) {
        return current(store, model, System.nanoTime());
    }

    Snapshot current(VectorStore store, String model, long now) {
        Snapshot held = current;
        if (held != null && now - checkedAt < RECHECK_NANOS) {
            return held;
        }
        checkedAt = now;
        int count = store.count(model);
        Snapshot s = current;
        if (s != null && s.count() == count) {
            return s;
        }
        synchronized (this) {
            s = current;
            if (s != null && s.count() == count) {
                return s;
            }
            if (count > MeaningIndex.SCAN_LIMIT) {
                s = new Snapshot(count, true, List.of(), new float[0][], Map.of());
                current = s;
                return s;
            }
            List<String> texts = new ArrayList<>(count);
            List<float[]> vectors = new ArrayList<>(count);
            store.scan(model, (text, bytes) -> {
                texts.add(text);
                vectors.add(Vectors.fromBytes(bytes));
            });
            Map<String, Integer> index = new HashMap<>(texts.size() * 2);
            for (int i = 0; i < texts.size(); i++) {
                index.put(texts.get(i), i);
            }
            s = new Snapshot(count, false, List.copyOf(texts), vectors.toArray(new float[0][]), Map.copyOf(index));
            current = s;
            return s;
        }
    }
}
