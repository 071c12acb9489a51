package whosaid.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * The peak heap use over a stretch of work: a daemon thread reads the heap's used size every few milliseconds and
 * keeps the highest. Garbage not yet collected counts, as it does for the memory a machine must have.
 *
 * <p>Not the heap pools' own peaks: eden, survivor and old space peak at different moments, so their sum overstates
 * the peak (it came out above -Xmx1g on a run that -Xmx1g held).
 */
final class HeapPeak implements AutoCloseable {
    private static final long PERIOD_MS = 2;

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final Thread sampler;
    private volatile boolean running = true;
    private volatile long peak;

    private HeapPeak() {
        sampler = new Thread(this::sample, "whosaid-heap-peak");
        sampler.setDaemon(true);
    }

    static HeapPeak start() {
        HeapPeak h = new HeapPeak();
        h.peak = h.memory.getHeapMemoryUsage().getUsed();
        h.sampler.start();
        return h;
    }

    private void sample() {
        while (running) {
            record();
            try {
                Thread.sleep(PERIOD_MS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void record() {
        long used = memory.getHeapMemoryUsage().getUsed();
        if (used > peak) {
            peak = used;
        }
    }

    /** Stops sampling and returns the peak in MiB. */
    double peakMb() {
        close();
        record();
        return peak / (1024.0 * 1024.0);
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
        try {
            sampler.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
