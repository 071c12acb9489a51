package whosaid.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import whosaid.ingest.BadInputException;
import whosaid.ingest.HtmlPageReader;

/**
 * Times page extraction alone (jsoup's parse, the page's metadata and the story's paragraphs: what
 * {@link HtmlPageReader} does to a page before any other stage sees it) on one thread, over generated real-size pages
 * ({@link PageGenerator}) or over a folder of saved pages.
 *
 * <p>Pages are read {@link #BATCH} at a time into memory, so that generating or reading them is never timed; each
 * batch is first parsed alone, then extracted whole, which splits the cost into jsoup's parse and whosaid's own rules.
 * Wall time, the CPU time of the extracting thread, and the CPU time of the whole process (garbage collection and the
 * compiler included) are reported, since the machine this runs on may be shared.
 */
public final class PageBench {
    static final int BATCH = 32;
    /** Pages extracted untimed before a measured run, so that the compiler has seen the extraction code. */
    public static final int WARMUP_PAGES = 100;

    /**
     * What one run measured; times in milliseconds, summed over the measured pages.
     *
     * @param pages        pages measured (warm-up pages not counted)
     * @param bytes        their size
     * @param wallMs       wall time of extraction
     * @param cpuMs        CPU time of the extracting thread
     * @param processCpuMs CPU time of the whole process during extraction
     * @param parseCpuMs   CPU time of jsoup's parse alone (measured in a separate pass)
     * @param skipped      pages extraction judged not to be an article
     * @param bodiesEqual  generated pages whose extracted body, headline, byline, outlet and date are the article's
     *                     exactly; -1 for saved
     *                     pages, whose article is not known
     */
    public record Result(int pages, long bytes, double wallMs, double cpuMs, double processCpuMs, double parseCpuMs,
                         int skipped, int bodiesEqual) {
        public double pagesPerSecond() {
            return pages / (wallMs / 1000.0);
        }

        public double pagesPerCpuSecond() {
            return pages / (cpuMs / 1000.0);
        }

        public double meanKb() {
            return pages == 0 ? 0 : bytes / 1024.0 / pages;
        }
    }

    private final HtmlPageReader reader = new HtmlPageReader();
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();

    /** Extraction over {@code count} generated pages after {@code warmup} of them extracted untimed. */
    public Result generated(long seed, int count, int warmup) {
        PageGenerator generator = new PageGenerator(seed, count);
        for (int i = 0; i < Math.min(warmup, count); i++) {
            extract(generator.page(i).html());
        }
        Totals totals = new Totals();
        for (int start = 0; start < count; start += BATCH) {
            List<PageGenerator.Page> batch = new ArrayList<>();
            for (int i = start; i < Math.min(count, start + BATCH); i++) {
                batch.add(generator.page(i));
            }
            List<HtmlPageReader.Page> read = totals.measure(batch.stream().map(PageGenerator.Page::html).toList());
            for (int k = 0; k < batch.size(); k++) {
                if (right(read.get(k), batch.get(k).article())) {
                    totals.equal++;
                }
            }
        }
        return totals.result(totals.equal);
    }

    /** Whether extraction gave the article the page wraps: its body, headline, byline, outlet and date. */
    private static boolean right(HtmlPageReader.Page page, whosaid.ingest.Article a) {
        if (page == null || page.extraction().skipReason() != null) {
            return false;
        }
        whosaid.ingest.PageMetadata m = page.metadata();
        return page.extraction().body().equals(a.body()) && a.title().equals(m.title())
                && a.outlet().equals(m.outlet()) && a.published().equals(m.published())
                && PageGenerator.names(a).equals(m.byline());
    }

    /** Extraction over every file of {@code folder} (gzipped ones read through their compression). */
    public Result folder(Path folder, int warmup) {
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder + ": " + e.getMessage(), e);
        }
        for (int i = 0; i < Math.min(warmup, files.size()); i++) {
            extract(bytes(files.get(i)));
        }
        Totals totals = new Totals();
        for (int start = 0; start < files.size(); start += BATCH) {
            totals.measure(files.subList(start, Math.min(files.size(), start + BATCH)).stream()
                    .map(PageBench::bytes).toList());
        }
        return totals.result(-1);
    }

    private HtmlPageReader.Page extract(byte[] page) {
        try {
            return reader.page(page);
        } catch (BadInputException e) {
            return null; // a page that cannot be read at all costs what it cost; it is counted as skipped
        }
    }

    private final class Totals {
        long bytes;
        int pages;
        int skipped;
        int equal;
        long wall;
        long cpu;
        long processCpu;
        long parseCpu;

        List<HtmlPageReader.Page> measure(List<byte[]> batch) {
            long p0 = threads.getCurrentThreadCpuTime();
            for (byte[] page : batch) {
                try {
                    reader.parse(page);
                } catch (BadInputException e) {
                    // counted as skipped by the extraction pass
                }
            }
            parseCpu += threads.getCurrentThreadCpuTime() - p0;
            List<HtmlPageReader.Page> out = new ArrayList<>(batch.size());
            long proc0 = processCpu();
            long cpu0 = threads.getCurrentThreadCpuTime();
            long wall0 = System.nanoTime();
            for (byte[] page : batch) {
                out.add(extract(page));
            }
            wall += System.nanoTime() - wall0;
            cpu += threads.getCurrentThreadCpuTime() - cpu0;
            processCpu += processCpu() - proc0;
            for (int k = 0; k < batch.size(); k++) {
                bytes += batch.get(k).length;
                pages++;
                if (out.get(k) == null || out.get(k).extraction().skipReason() != null) {
                    skipped++;
                }
            }
            return out;
        }

        Result result(int bodiesEqual) {
            return new Result(pages, bytes, wall / 1e6, cpu / 1e6, processCpu / 1e6, parseCpu / 1e6, skipped,
                    bodiesEqual);
        }
    }

    private long processCpu() {
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    private static byte[] bytes(Path file) {
        try (InputStream raw = Files.newInputStream(file)) {
            InputStream in = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")
                    ? new GZIPInputStream(raw) : raw;
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
