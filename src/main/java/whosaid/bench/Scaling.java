package whosaid.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs N, 2N and 4N articles and compares the stages' times from 2N to 4N: a linear stage doubles, a quadratic one
 * quadruples. The small first run is there to show the trend, not to judge it (fixed costs weigh most there).
 *
 * @param runs   the three runs, smallest first
 * @param growth each stage's time at 4N divided by its time at 2N, plus "end_to_end" and "total"
 * @param over   the stages that grew more than {@link #LIMIT}
 */
public record Scaling(List<Bench.Run> runs, Map<String, Double> growth, List<String> over) {
    /** Near-linear allows some slack over 2× for noise and cache effects; above this a stage is suspect. */
    public static final double LIMIT = 2.3;

    public static Scaling measure(Bench bench, int articles) {
        List<Bench.Run> runs = new ArrayList<>();
        for (int n : new int[] {articles, 2 * articles, 4 * articles}) {
            runs.add(bench.run(n));
        }
        Bench.Run two = runs.get(1);
        Bench.Run four = runs.get(2);
        Map<String, Double> growth = new LinkedHashMap<>();
        for (String stage : Bench.STAGES) {
            growth.put(stage, ratio(four.stageMs().get(stage), two.stageMs().get(stage)));
        }
        growth.put("end_to_end", ratio(four.endToEndMs(), two.endToEndMs()));
        growth.put("total", ratio(four.totalMs(), two.totalMs()));
        List<String> over = growth.entrySet().stream().filter(e -> e.getValue() > LIMIT).map(Map.Entry::getKey)
                .toList();
        return new Scaling(List.copyOf(runs), growth, over);
    }

    private static double ratio(double a, double b) {
        return b <= 0 ? 0 : a / b;
    }
}
