package whosaid.claims;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * all-MiniLM-L6-v2 int8 through ONNX Runtime: the model file and tokenizer langchain4j bundles, its mean pooling
 * over every word piece (the markers included), so one text alone gets exactly langchain4j's vector. What differs:
 * a call takes several texts, padded to the longest (the padding masked out of the attention and the mean), and
 * each call runs on its caller's thread alone (the session's own pool of threads would fight the callers' on a
 * machine of few cores, and a sentence is too small to split).
 */
final class MiniLmEncoder implements AutoCloseable {
    /** Word pieces the model reads at most, markers included. */
    private static final int MAX_PIECES = 512;
    private static final String MODEL = "all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";

    private final OrtEnvironment environment = OrtEnvironment.getEnvironment();
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final boolean typeIds;

    MiniLmEncoder() {
        ClassLoader loader = MiniLmEncoder.class.getClassLoader();
        try (InputStream model = loader.getResourceAsStream(MODEL);
             InputStream tokens = loader.getResourceAsStream(TOKENIZER)) {
            if (model == null || tokens == null) {
                throw new IllegalStateException("the sentence model is missing from the class path: " + MODEL);
            }
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            session = environment.createSession(model.readAllBytes(), options);
            tokenizer = HuggingFaceTokenizer.newInstance(tokens, Map.of("padding", "false"));
            typeIds = session.getInputNames().contains("token_type_ids");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot load the sentence model: " + e.getMessage(), e);
        }
    }

    /** Unit vectors of the texts, in their order, from one call of the model. */
    List<float[]> embed(List<String> texts) {
        int n = texts.size();
        long[][] ids = new long[n][];
        int len = 0;
        for (int i = 0; i < n; i++) {
            long[] t = tokenizer.encode(texts.get(i), true, false).getIds();
            if (t.length > MAX_PIECES) {
                long end = t[t.length - 1];
                t = Arrays.copyOf(t, MAX_PIECES);
                t[MAX_PIECES - 1] = end;
            }
            ids[i] = t;
            len = Math.max(len, t.length);
        }
        long[] input = new long[n * len];
        long[] mask = new long[n * len];
        for (int k = 0; k < n; k++) {
            System.arraycopy(ids[k], 0, input, k * len, ids[k].length);
            Arrays.fill(mask, k * len, k * len + ids[k].length, 1L);
        }
        long[] shape = {n, len};
        try (OnnxTensor in = OnnxTensor.createTensor(environment, LongBuffer.wrap(input), shape);
             OnnxTensor attention = OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape);
             OnnxTensor types = OnnxTensor.createTensor(environment, LongBuffer.wrap(new long[n * len]), shape)) {
            Map<String, OnnxTensor> inputs = new HashMap<>();
            inputs.put("input_ids", in);
            inputs.put("attention_mask", attention);
            if (typeIds) {
                inputs.put("token_type_ids", types);
            }
            try (OrtSession.Result r = session.run(inputs)) {
                float[][][] hidden = (float[][][]) r.get(0).getValue();
                List<float[]> out = new ArrayList<>(n);
                for (int k = 0; k < n; k++) {
                    float[] v = new float[hidden[k][0].length];
                    for (int p = 0; p < ids[k].length; p++) {
                        float[] h = hidden[k][p];
                        for (int d = 0; d < v.length; d++) {
                            v[d] += h[d];
                        }
                    }
                    out.add(Vectors.unit(v));
                }
                return out;
            }
        } catch (OrtException e) {
            throw new IllegalStateException("the sentence model failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException(e);
        }
        tokenizer.close();
    }
}
