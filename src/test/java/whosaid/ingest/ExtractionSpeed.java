package whosaid.ingest;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Measures page extraction alone (parse, metadata, story) on a folder of saved pages, in CPU time so that a shared
 * machine gives a usable figure; not a test. Run after {@code mvn -q test-compile}:
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) whosaid.ingest.ExtractionSpeed DIR [PASSES]},
 * with cp.txt from {@code mvn -q dependency:build-classpath -Dmdep.outputFile=cp.txt}.
 */
public final class ExtractionSpeed {
    private ExtractionSpeed() {
    }

    public static void main(String[] args) throws Exception {
        HtmlPageReader reader = new HtmlPageReader();
        List<byte[]> pages = new ArrayList<>();
        long bytes = 0;
        try (Stream<Path> files = Files.list(Path.of(args[0]))) {
            for (Path p : files.sorted().toList()) {
                byte[] b = Files.readAllBytes(p);
                pages.add(b);
                bytes += b.length;
            }
        }
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        for (int warm = 0; warm < 2; warm++) {
            for (byte[] b : pages) {
                reader.page(b);
            }
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long wall0 = System.nanoTime();
        for (int k = 0; k < passes; k++) {
            for (byte[] b : pages) {
                reader.page(b);
            }
        }
        double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
        double wall = (System.nanoTime() - wall0) / 1e9;
        int n = passes * pages.size();
        System.out.printf("%d pages of %.0f KB mean: %.2f ms CPU a page, %.0f pages per CPU-second (wall %.2f s)%n",
                n, bytes / 1024.0 / pages.size(), cpu * 1000 / n, n / cpu, wall);
    }
}
