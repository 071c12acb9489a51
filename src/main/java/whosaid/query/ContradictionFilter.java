package whosaid.query;

/**
 * Which contradictions to list; a null field does not filter.
 *
 * @param kind        numeric, denial, attribution, wording or other
 * @param speaker     a side quoted from a speaker whose name or other name holds this text (any case)
 * @param minStrength only contradictions at least this strong (0..1)
 * @param story       only contradictions found within this story
 */
public record ContradictionFilter(String kind, String speaker, Double minStrength, Long story) {
}
