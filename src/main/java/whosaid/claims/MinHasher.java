package whosaid.claims;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * MinHash signatures over word shingles, split into LSH bands: two wordings land in a shared bucket with high
 * probability when their shingle Jaccard is above about (1/bands)^(1/rows), so near duplicates are found without
 * comparing all pairs.
 */
public final class MinHasher {

    /** Words per shingle: three keeps re-punctuated copies close and different sentences apart. */
    public static final int SHINGLE = 3;
    private final int bands;
    private final int rows;
    private final long[] seeds;

    public MinHasher(int bands, int rows) {
        this.bands = bands;
        this.rows = rows;
        this.seeds = new long[bands * rows];
        long x = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < seeds.length; i++) {
            x = mix(x + i);
            seeds[i] = x;
        }
    }

    public static Set<String> shingles(List<String> tokens) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i + SHINGLE <= tokens.size(); i++) {
            out.add(String.join(" ", tokens.subList(i, i + SHINGLE)));
        }
        return out;
    }

    /** One bucket key per band (band index mixed in), or an empty array when there are no shingles. */
    public long[] bandKeys(Set<String> shingles) {
        if (shingles.isEmpty()) {
            return new long[0];
        }
        long[] min = new long[seeds.length];
        java.util.Arrays.fill(min, Long.MAX_VALUE);
        for (String s : shingles) {
            long h = s.hashCode() * 0xC2B2AE3D27D4EB4FL;
            for (int i = 0; i < seeds.length; i++) {
                long v = mix(h ^ seeds[i]);
                if (v < min[i]) {
                    min[i] = v;
                }
            }
        }
        long[] keys = new long[bands];
        for (int b = 0; b < bands; b++) {
            long k = b * 0x100000001B3L;
            for (int r = 0; r < rows; r++) {
                k = mix(k ^ min[b * rows + r]);
            }
            keys[b] = k;
        }
        return keys;
    }

    public static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        int inter = 0;
        for (String s : small) {
            if (large.contains(s)) {
                inter++;
            }
        }
        return (double) inter / (a.size() + b.size() - inter);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
        z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
        return z ^ (z >>> 33);
    }
}
