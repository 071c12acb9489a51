package whosaid.claims;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Times the sentence model on a file of texts, one a line (a measurement, not a test): wall and process CPU time.
 * Usage: EmbedBench FILE [N].
 */
public final class EmbedBench {
    public static void main(String[] args) throws Exception {
        List<String> lines = Files.readAllLines(Path.of(args[0]));
        int n = args.length > 1 ? Math.min(lines.size(), Integer.parseInt(args[1])) : lines.size();
        List<String> texts = lines.subList(0, n);
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        try (SentenceEmbedder e = new SentenceEmbedder()) {
            long c0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            e.embed("warm up the model");
            long t1 = System.nanoTime();
            long c1 = os.getProcessCpuTime();
            Map<String, float[]> v = e.embed(texts);
            long t2 = System.nanoTime();
            long c2 = os.getProcessCpuTime();
            double sum = 0;
            for (float[] f : v.values()) {
                sum += f[0] + f[7];
            }
            System.out.printf("load %.0f ms (cpu %.0f ms); %d texts in %.0f ms wall, %.0f ms cpu: %.2f ms a text wall, %.2f cpu; checksum %.6f%n",
                    (t1 - t0) / 1e6, (c1 - c0) / 1e6, v.size(), (t2 - t1) / 1e6, (c2 - c1) / 1e6,
                    (t2 - t1) / 1e6 / v.size(), (c2 - c1) / 1e6 / v.size(), sum);
        }
    }
}
