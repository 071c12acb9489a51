package whosaid.pipeline;

import java.util.EnumMap;
import java.util.Map;

/** Wall-clock time spent in each stage of one ingest run. */
public final class StageTimes {
    private final long[] nanos = new long[Stage.values().length];

    void add(Stage stage, long elapsedNanos) {
        nanos[stage.ordinal()] += elapsedNanos;
    }

    public double ms(Stage stage) {
        return nanos[stage.ordinal()] / 1_000_000.0;
    }

    /** Every stage's milliseconds, in stage order. */
    public Map<Stage, Double> ms() {
        Map<Stage, Double> out = new EnumMap<>(Stage.class);
        for (Stage s : Stage.values()) {
            out.put(s, ms(s));
        }
        return out;
    }
}
