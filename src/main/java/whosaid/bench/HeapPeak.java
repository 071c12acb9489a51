package whosaid.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * The peak heap use over a stretch of work, from the JVM's own bookkeeping: each heap pool (eden, survivor, old)
 * keeps its high-water mark, which is reset at the start. Summing the pools' peaks can overstate the true peak a
 * little (the young pools peak at different moments than the old one), so the figure is an upper bound.
 */
final class HeapPeak {
    private final List<MemoryPoolMXBean> pools;

    private HeapPeak(List<MemoryPoolMXBean> pools) {
        this.pools = pools;
    }

    static HeapPeak start() {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP && p.isValid())
                .toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        return new HeapPeak(heap);
    }

    double peakMb() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : pools) {
            bytes += pool.getPeakUsage().getUsed();
        }
        return bytes / (1024.0 * 1024.0);
    }

    /** The most heap the JVM may use, as -Xmx (or its default) set it. */
    static double maxHeapMb() {
        return Runtime.getRuntime().maxMemory() / (1024.0 * 1024.0);
    }
}
