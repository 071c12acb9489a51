package whosaid.claims;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Sentence vectors from all-MiniLM-L6-v2 (int8 ONNX, bundled in the jar, runs offline): 384 numbers a sentence, unit
 * length, so the dot product of two vectors is their cosine. The model is loaded on the first question (about a
 * second): a command that never embeds anything never pays for it. Each distinct text is embedded once per call,
 * in batches spread over every core.
 */
public final class SentenceEmbedder implements AutoCloseable {

    /** Texts handed to the model at a time: large enough to keep every core busy, small enough to bound memory. */
    static final int BATCH = 256;
    /**
     * Characters of a statement the model reads. MiniLM reads 256 word pieces at most and truncates the rest;
     * cutting the text first bounds the tokenizer's work on a quotation of thousands of words.
     */
    static final int MAX_CHARS = 1_500;

    private final int threads;
    private AllMiniLmL6V2QuantizedEmbeddingModel model;
    private ExecutorService executor;

    /** An embedder that spreads each call over every core. */
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

    /** Unit vectors of the texts, by text; a text given twice is embedded once. */
    public synchronized Map<String, float[]> embed(List<String> texts) {
        Map<String, float[]> out = new LinkedHashMap<>();
        List<String> distinct = texts.stream().distinct().toList();
        if (distinct.isEmpty()) {
            return out;
        }
        AllMiniLmL6V2QuantizedEmbeddingModel m = model();
        for (int from = 0; from < distinct.size(); from += BATCH) {
            List<String> batch = distinct.subList(from, Math.min(distinct.size(), from + BATCH));
            List<TextSegment> segments = new ArrayList<>(batch.size());
            for (String t : batch) {
                String s = t.strip();
                segments.add(TextSegment.from(s.isEmpty() ? "." : s.length() > MAX_CHARS ? s.substring(0, MAX_CHARS) : s));
            }
            List<Embedding> vectors = m.embedAll(segments).content();
            for (int i = 0; i < batch.size(); i++) {
                out.put(batch.get(i), Vectors.unit(vectors.get(i).vector()));
            }
        }
        return out;
    }

    /** One text's unit vector. */
    public float[] embed(String text) {
        return embed(List.of(text)).get(text);
    }

    private AllMiniLmL6V2QuantizedEmbeddingModel model() {
        if (model == null) {
            executor = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "embedder");
                t.setDaemon(true);
                return t;
            });
            model = new AllMiniLmL6V2QuantizedEmbeddingModel(executor);
        }
        return model;
    }

    @Override
    public synchronized void close() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }
}
