package whosaid.pipeline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import whosaid.claims.SentenceEmbedder;
import whosaid.claims.Vectors;
import whosaid.store.VectorStore;

/**
 * The sentence vector of each wording: read from the store when it was embedded before, else embedded now (all the
 * missing ones in one batched call) and stored, so no wording is ever embedded twice.
 */
public final class WordingVectors {
    /** The name stored with each vector: a vector of another model is never compared with this one's. */
    public static final String MODEL = "all-minilm-l6-v2-q";

    private final VectorStore store;
    private final SentenceEmbedder embedder;
    private long embedded;
    private long embedNanos;

    public WordingVectors(VectorStore store, SentenceEmbedder embedder) {
        this.store = store;
        this.embedder = embedder;
    }

    /** Unit vectors of the texts, by text. */
    public Map<String, float[]> of(Collection<String> texts) {
        Map<String, float[]> out = new HashMap<>();
        store.find(MODEL, texts).forEach((t, v) -> out.put(t, Vectors.fromBytes(v)));
        List<String> missing = new ArrayList<>();
        for (String t : texts) {
            if (!out.containsKey(t)) {
                missing.add(t);
            }
        }
        if (!missing.isEmpty()) {
            long t0 = System.nanoTime();
            Map<String, float[]> fresh = embedder.embed(missing);
            embedNanos += System.nanoTime() - t0;
            embedded += fresh.size();
            Map<String, byte[]> rows = new HashMap<>();
            fresh.forEach((t, v) -> rows.put(t, Vectors.toBytes(v)));
            store.save(MODEL, rows);
            out.putAll(fresh);
        }
        return out;
    }

    /** The stored vectors of the texts, by text; a text never embedded is absent (nothing is embedded here). */
    public Map<String, float[]> stored(Collection<String> texts) {
        Map<String, float[]> out = new HashMap<>();
        store.find(MODEL, texts).forEach((t, v) -> out.put(t, Vectors.fromBytes(v)));
        return out;
    }

    /** How many wordings this instance embedded (the rest came from the store). */
    public long embedded() {
        return embedded;
    }

    /** Time spent in the model, nanoseconds. */
    public long embedNanos() {
        return embedNanos;
    }
}
