package whosaid.pipeline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import whosaid.claims.SentenceEmbedder;
import whosaid.claims.Vectors;
import whosaid.store.VectorStore;

/**
 * The sentence vector of each wording: read from the store when it was embedded before, else embedded now and
 * stored, so no wording is ever embedded twice.
 *
 * <p>The missing wordings are embedded while the claim grouper runs, not before it: the grouper is one thread, so on
 * a machine of few cores it would leave the others idle while the model waits for it or it waits for the model.
 * {@link #lookup} cuts the wordings, in the order given (the order the grouper will ask for them), into the model's
 * small batches and starts background threads that embed them in turn; a batch the grouper needs before they reach it
 * is embedded on the grouper's own thread, so nothing waits for a queue. The batches do not depend on who runs them,
 * so the vectors are the same either way.
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

    /** Unit vectors of the texts, by text, all at once. */
    public Map<String, float[]> of(Collection<String> texts) {
        try (Lookup lookup = lookup(texts)) {
            Map<String, float[]> out = new HashMap<>();
            for (String t : texts) {
                out.put(t, lookup.apply(t));
            }
            return out;
        }
    }

    /**
     * The vectors of the texts as they are asked for; the missing ones are being embedded from the start, in the
     * order given. Close it (on the thread that owns the store) to store what was embedded.
     */
    public Lookup lookup(Collection<String> texts) {
        Map<String, float[]> known = new HashMap<>();
        store.find(MODEL, texts).forEach((t, v) -> known.put(t, Vectors.fromBytes(v)));
        List<String> missing = new ArrayList<>();
        for (String t : texts) {
            if (!known.containsKey(t)) {
                missing.add(t);
            }
        }
        return new Lookup(known, missing);
    }

    /** The stored vectors of the texts, by text; a text never embedded is absent (nothing is embedded here). */
    public Map<String, float[]> stored(Collection<String> texts) {
        Map<String, float[]> out = new HashMap<>();
        store.find(MODEL, texts).forEach((t, v) -> out.put(t, Vectors.fromBytes(v)));
        return out;
    }

    /**
     * Starts loading the model in the background when one of the texts has no stored vector: the caller reads the
     * store before it asks for vectors, and the load need not wait for that.
     */
    public void prepare(Collection<String> texts) {
        if (texts.isEmpty()) {
            return;
        }
        if (store.find(MODEL, texts).size() < new java.util.HashSet<>(texts).size()) {
            embedder.loadInBackground();
        }
    }

    /** How many wordings this instance embedded (the rest came from the store). */
    public long embedded() {
        return embedded;
    }

    /** Time the callers of the lookups waited for vectors (embedding on their thread or for the background), ns. */
    public long embedNanos() {
        return embedNanos;
    }

    /** One run's vectors: those stored before, and those being embedded now. */
    public final class Lookup implements Function<String, float[]>, AutoCloseable {
        private final Map<String, float[]> known;
        private final Map<String, Batch> batchOf = new HashMap<>();
        private final List<Batch> batches = new ArrayList<>();
        private final List<Thread> workers = new ArrayList<>();
        private final AtomicBoolean stop = new AtomicBoolean();
        private boolean closed;

        private Lookup(Map<String, float[]> known, List<String> missing) {
            this.known = known;
            // The batches are cut from the list alone, never by timing, so a run's vectors never depend on which
            // thread reached a batch first (a batch shares the model's scaling; see SentenceEmbedder).
            List<String> distinct = new ArrayList<>(new java.util.LinkedHashSet<>(missing));
            for (int from = 0; from < distinct.size(); from += SentenceEmbedder.GROUP) {
                Batch b = new Batch(List.copyOf(distinct.subList(from,
                        Math.min(distinct.size(), from + SentenceEmbedder.GROUP))));
                batches.add(b);
                for (String t : b.texts) {
                    batchOf.put(t, b);
                }
            }
            if (batches.isEmpty()) {
                return;
            }
            // One core stays with the caller (the grouper), which embeds whatever batch it reaches first itself.
            int threads = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
            java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
            for (int k = 0; k < threads; k++) {
                Thread w = new Thread(() -> {
                    int i;
                    while (!stop.get() && (i = next.getAndIncrement()) < batches.size()) {
                        batches.get(i).claimAndEmbed();
                    }
                }, "wording-vectors");
                w.setDaemon(true);
                workers.add(w);
                w.start();
            }
        }

        /** The text's unit vector, or null for a text not given to {@link WordingVectors#lookup}. */
        @Override
        public float[] apply(String text) {
            float[] v = known.get(text);
            if (v != null) {
                return v;
            }
            Batch batch = batchOf.get(text);
            if (batch == null) {
                return null;
            }
            long t0 = System.nanoTime();
            batch.claimAndEmbed();
            float[] out = batch.vectors.join().get(text);
            embedNanos += System.nanoTime() - t0;
            return out;
        }

        /** Stops the background threads and stores every vector embedded. */
        @Override
        public void close() {
            if (closed) {
                return;
            }
            closed = true;
            stop.set(true);
            for (Thread w : workers) {
                try {
                    w.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            Map<String, byte[]> rows = new HashMap<>();
            for (Batch b : batches) {
                if (b.vectors.isDone() && !b.vectors.isCompletedExceptionally()) {
                    b.vectors.join().forEach((t, v) -> rows.put(t, Vectors.toBytes(v)));
                }
            }
            embedded += rows.size();
            if (!rows.isEmpty()) {
                store.save(MODEL, rows);
            }
        }

        /** Texts embedded in one call: whoever claims them first (a background thread or the caller) embeds them. */
        private final class Batch {
            final List<String> texts;
            final AtomicBoolean claimed = new AtomicBoolean();
            final CompletableFuture<Map<String, float[]>> vectors = new CompletableFuture<>();

            Batch(List<String> texts) {
                this.texts = texts;
            }

            void claimAndEmbed() {
                if (!claimed.compareAndSet(false, true)) {
                    return;
                }
                try {
                    List<float[]> v = embedder.embedGroup(texts);
                    Map<String, float[]> out = new HashMap<>();
                    for (int i = 0; i < texts.size(); i++) {
                        out.put(texts.get(i), v.get(i));
                    }
                    vectors.complete(out);
                } catch (RuntimeException | Error e) {
                    vectors.completeExceptionally(e);
                }
            }
        }
    }
}
