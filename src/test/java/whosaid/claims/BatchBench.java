package whosaid.claims;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Compares the model run on batches of texts with one text a call: CPU time and how far the vectors move. */
public final class BatchBench {
    public static void main(String[] args) throws Exception {
        List<String> texts = new java.util.ArrayList<>(Files.readAllLines(Path.of(args[0])).subList(0, Integer.parseInt(args[1])));
        texts.sort(java.util.Comparator.comparingInt(String::length).reversed());
        int batch = Integer.parseInt(args[2]);
        int threads = Integer.parseInt(args[3]);
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        Map<String, float[]> reference;
        try (MiniLmEncoder e = new MiniLmEncoder()) {
            e.embed(List.of("warm"));
            long c0 = os.getProcessCpuTime(), t0 = System.nanoTime();
            reference = new java.util.HashMap<>();
            for (String t : texts) {
                reference.put(t, e.embed(List.of(t)).get(0));
            }
            System.out.printf("one a call: %.0f ms wall %.0f ms cpu%n", (System.nanoTime() - t0) / 1e6,
                    (os.getProcessCpuTime() - c0) / 1e6);
        }
        try (MiniLmEncoder b = new MiniLmEncoder()) {
            b.embed(List.of("warm"));
            long c0 = os.getProcessCpuTime(), t0 = System.nanoTime();
            Map<String, float[]> got = new java.util.HashMap<>();
            for (int from = 0; from < texts.size(); from += batch) {
                List<String> g = texts.subList(from, Math.min(texts.size(), from + batch));
                List<float[]> r = b.embed(g);
                for (int k = 0; k < g.size(); k++) {
                    got.put(g.get(k), r.get(k));
                }
            }
            float[][] v = new float[texts.size()][];
            for (int i = 0; i < v.length; i++) {
                v[i] = got.get(texts.get(i));
            }
            System.out.printf("batch %d threads %d: %.0f ms wall %.0f ms cpu%n", batch, threads,
                    (System.nanoTime() - t0) / 1e6, (os.getProcessCpuTime() - c0) / 1e6);
            double min = 1, sum = 0;
            for (int i = 0; i < v.length; i++) {
                double c = Vectors.cosine(v[i], reference.get(texts.get(i)));
                min = Math.min(min, c);
                sum += c;
            }
            System.out.printf("cosine to one-a-call vectors: mean %.5f min %.5f%n", sum / v.length, min);
        }
    }
}
