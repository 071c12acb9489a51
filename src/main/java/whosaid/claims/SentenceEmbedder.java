package whosaid.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Sentence vectors from all-MiniLM-L6-v2 (int8 ONNX, bundled in the jar, runs offline): 384 numbers a sentence, unit
 * length, so the dot product of two vectors is their cosine. The model is loaded on the first question (about a
 * second): a command that never embeds anything never pays for it.
 *
 * <p>Texts go to the model in small batches of similar length ({@link #GROUP}): one call for several sentences costs
 * about two thirds of the CPU of one call each. A batch shares the model's int8 scaling, so a text's vector depends
 * a little (cosine about 0.99) on the texts beside it: the batches are made from the list alone (sorted by length,
 * then cut), never from timing, so the same list gives the same vectors on every run.
 */
public final class SentenceEmbedder implements AutoCloseable {

    /** Texts in one call of the model; more gains little and moves the vectors further from one-text calls. */
    public static final int GROUP = 8;
    /**
     * Characters of a statement the model reads. MiniLM reads 512 word pieces at most and truncates the rest;
     * cutting the text first bounds the tokenizer's work on a quotation of thousands of words.
     */
    static final int MAX_CHARS = 1_500;

    private final int threads;
    private MiniLmEncoder model;
    private ExecutorService executor;

    /** An embedder that spreads each call's batches over every core. */
    public SentenceEmbedder() {
        this(Math.max(1, Runtime.getRuntime().availableProcessors()));
    }

    /**
     * An embedder on {@code threads} threads: one for a Spark task, which owns one core while the other cores run
     * other tasks.
     */
    public SentenceEmbedder(int threads) {
        this.threads = Math.max(1, threads);
    }

    /** Unit vectors of the texts, by text; a text given twice is embedded once. Batches run on every core. */
    public Map<String, float[]> embed(List<String> texts) {
        List<List<String>> groups = groups(texts);
        Map<String, float[]> out = new LinkedHashMap<>();
        if (groups.isEmpty()) {
            return out;
        }
        model();
        List<Future<List<float[]>>> done = new ArrayList<>(groups.size());
        for (List<String> g : groups) {
            done.add(executor().submit(() -> embedGroup(g)));
        }
        try {
            for (int i = 0; i < groups.size(); i++) {
                List<float[]> vectors = done.get(i).get();
                for (int k = 0; k < vectors.size(); k++) {
                    out.put(groups.get(i).get(k), vectors.get(k));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while embedding", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
        return out;
    }

    /**
     * The batches {@link #embed(List)} sends to the model: the distinct texts sorted by length (so a batch pads
     * little), cut every {@link #GROUP}. A caller that runs the batches itself ({@link #embedGroup}) gets the same
     * vectors.
     */
    public static List<List<String>> groups(List<String> texts) {
        List<String> distinct = new ArrayList<>(new java.util.LinkedHashSet<>(texts));
        distinct.sort(Comparator.comparingInt(String::length).reversed());
        List<List<String>> out = new ArrayList<>();
        for (int from = 0; from < distinct.size(); from += GROUP) {
            out.add(List.copyOf(distinct.subList(from, Math.min(distinct.size(), from + GROUP))));
        }
        return out;
    }

    /**
     * The unit vectors of one batch, in its order, computed on the calling thread: several threads may call this at
     * once (the model's session is safe to share).
     */
    public List<float[]> embedGroup(List<String> group) {
        List<String> clipped = new ArrayList<>(group.size());
        for (String t : group) {
            String s = t.strip();
            clipped.add(s.isEmpty() ? "." : s.length() > MAX_CHARS ? s.substring(0, MAX_CHARS) : s);
        }
        return model().embed(clipped);
    }

    /** One text's unit vector. */
    public float[] embed(String text) {
        return embedGroup(List.of(text)).get(0);
    }

    /**
     * Starts loading the model on a thread of its own, for a caller that will embed soon and has other work first
     * (the load is about a second of a fresh process, mostly waiting on the native library and the session): a call
     * that needs the model meanwhile waits for that load. A load that fails is retried, and reported, by that call.
     */
    public void loadInBackground() {
        Thread t = new Thread(() -> {
            try {
                model();
            } catch (RuntimeException e) {
                // the next call that needs the model loads it again and reports what fails
            }
        }, "model-load");
        t.setDaemon(true);
        t.start();
    }

    private synchronized MiniLmEncoder model() {
        if (model == null) {
            model = new MiniLmEncoder();
        }
        return model;
    }

    private synchronized ExecutorService executor() {
        if (executor == null) {
            executor = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "embedder");
                t.setDaemon(true);
                return t;
            });
        }
        return executor;
    }

    @Override
    public synchronized void close() {
        if (executor != null) {
            executor.shutdownNow();
        }
        if (model != null) {
            model.close();
            model = null;
        }
    }
}
