package whosaid.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

import whosaid.claims.SentenceEmbedder;
import whosaid.claims.Vectors;
import whosaid.store.Database;
import whosaid.store.VectorStore;

/**
 * The fact-check query's view of meaning: the question's sentence vector, the stored vectors of wordings, and the
 * claims nearest the question by meaning. The model is loaded only when a question is embedded.
 */
public final class MeaningIndex implements AutoCloseable {
    /** The model name the ingest stores vectors under (pipeline.WordingVectors.MODEL). */
    static final String MODEL = "all-minilm-l6-v2-q";
    /**
     * Most stored wordings read to find the nearest by meaning alone: a full scan is a few milliseconds a thousand
     * wordings, so a larger store finds its candidates through words only (and still ranks them by meaning).
     */
    static final int SCAN_LIMIT = 100_000;

    private final VectorStore store;
    private final SentenceEmbedder embedder;
    /** False when the model is shared with other indexes and closed by whoever made it. */
    private final boolean ownsEmbedder;
    /** The stored vectors in memory, shared between indexes; null: read from the store each time. */
    private final WordingVectorCache cache;

    public MeaningIndex(Database database) {
        this.store = new VectorStore(database);
        this.embedder = new SentenceEmbedder();
        this.ownsEmbedder = true;
        this.cache = null;
    }

    /**
     * An index over one connection that shares a model loaded once (the web app: one model, a connection a
     * request); closing it leaves the model open.
     */
    public MeaningIndex(Database database, SentenceEmbedder shared, WordingVectorCache cache) {
        this.store = new VectorStore(database);
        this.embedder = shared;
        this.ownsEmbedder = false;
        this.cache = cache;
    }

    public float[] embed(String text) {
        return embedder.embed(text);
    }

    /** Stored vectors of these wordings; one never embedded is absent. */
    public Map<String, float[]> vectors(Collection<String> texts) {
        Map<String, float[]> out = new HashMap<>();
        WordingVectorCache.Snapshot held = cached();
        if (held != null) {
            for (String t : texts) {
                Integer i = held.index().get(t);
                if (i != null) {
                    out.put(t, held.vectors()[i]);
                }
            }
            return out;
        }
        store.find(MODEL, texts).forEach((t, v) -> out.put(t, Vectors.fromBytes(v)));
        return out;
    }

    /** The claims holding the wordings nearest the vector, best first; none when the store is too large to scan. */
    public List<Long> nearestClaims(float[] query, int wordings) {
        record Hit(String text, double cosine) {
        }
        PriorityQueue<Hit> best = new PriorityQueue<>(java.util.Comparator.comparingDouble(Hit::cosine));
        WordingVectorCache.Snapshot held = cached();
        if (held != null) {
            for (int i = 0; i < held.texts().size(); i++) {
                best.add(new Hit(held.texts().get(i), Vectors.cosine(query, held.vectors()[i])));
                if (best.size() > wordings) {
                    best.poll();
                }
            }
            List<Hit> hits = new ArrayList<>(best);
            hits.sort(java.util.Comparator.comparingDouble(Hit::cosine).reversed());
            return store.claimsOfWordings(hits.stream().map(Hit::text).toList());
        }
        if (store.count(MODEL) > SCAN_LIMIT) {
            return List.of();
        }
        store.scan(MODEL, (text, bytes) -> {
            best.add(new Hit(text, Vectors.cosine(query, Vectors.fromBytes(bytes))));
            if (best.size() > wordings) {
                best.poll();
            }
        });
        List<Hit> hits = new ArrayList<>(best);
        hits.sort(java.util.Comparator.comparingDouble(Hit::cosine).reversed());
        return store.claimsOfWordings(hits.stream().map(Hit::text).toList());
    }

    /** The held vectors, or null without a cache or when the store is too large to hold. */
    private WordingVectorCache.Snapshot cached() {
        if (cache == null) {
            return null;
        }
        WordingVectorCache.Snapshot held = cache.current(store, MODEL);
        return held.tooLarge() ? null : held;
    }

    @Override
    public void close() {
        if (ownsEmbedder) {
            embedder.close();
        }
    }
}
