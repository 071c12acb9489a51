package whosaid.contradictions;

/**
 * Two passages that disagree, with the kind of disagreement and a one-line reason a reader can check.
 *
 * @param kind     numeric, denial, attribution, wording or other (see {@link #KINDS})
 * @param why      one line saying what disagrees
 * @param strength 0..1, how sure and how material the disagreement is; listings are sorted by it
 */
// Serializable: the Spark job (whosaid.spark) sends what its executors found back to the driver.
public record Contradiction(String kind, Side a, Side b, String why, double strength)
        implements java.io.Serializable {
    /** The kinds of disagreement, as the listings name them. */
    public enum Kind { NUMERIC, DENIAL, ATTRIBUTION, WORDING, OTHER }

    public static final java.util.List<String> KINDS = java.util.Arrays.stream(Kind.values())
            .map(k -> k.name().toLowerCase(java.util.Locale.ROOT)).toList();
}
