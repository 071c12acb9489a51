package whosaid.claims;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Sentence vectors as the store keeps them (float32, little-endian) and the cosine of two unit vectors. */
public final class Vectors {

    private Vectors() {
    }

    /** The cosine of two unit vectors of one model (0 when either is missing or they differ in length). */
    public static double cosine(float[] a, float[] b) {
        if (a == null || b == null || a.length != b.length) {
            return 0;
        }
        // float sums: unit vectors of a few hundred values lose nothing that matters, and this is the inner loop (the
        // grouper compares each new wording with hundreds of its speaker's). Four running sums instead of one: each
        // addition no longer waits for the one before, which made the loop several times slower than the multiplies.
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        int n = a.length - a.length % 4;
        for (int i = 0; i < n; i += 4) {
            s0 += a[i] * b[i];
            s1 += a[i + 1] * b[i + 1];
            s2 += a[i + 2] * b[i + 2];
            s3 += a[i + 3] * b[i + 3];
        }
        for (int i = n; i < a.length; i++) {
            s0 += a[i] * b[i];
        }
        return (s0 + s1) + (s2 + s3);
    }

    public static float[] unit(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = norm == 0 ? 0 : (float) (v[i] / norm);
        }
        return out;
    }

    public static byte[] toBytes(float[] v) {
        ByteBuffer buffer = ByteBuffer.allocate(v.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asFloatBuffer().put(v);
        return buffer.array();
    }

    public static float[] fromBytes(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        float[] v = new float[bytes.length / Float.BYTES];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(v);
        return v;
    }
}
