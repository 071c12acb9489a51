package whosaid.query;

/**
 * Which contradictions to list; a null field does not filter.
 *
 * @param kind        numeric, denial, attribution, wording or other
 * @param speaker     a side's speaker, by name (any case, honorific or surname alone, as {@link NameKey} folds it)
 * @param minStrength only contradictions at least this strong (0..1)
 * @param story       only contradictions within this story; stories are not built yet, so none matches
 */
public record ContradictionFilter(String kind, String speaker, Double minStrength, Long story) {
    public static ContradictionFilter none() {
        return new ContradictionFilter(null, null, null, null);
    }

    public boolean accepts(ContradictionView c) {
        if (story != null) {
            return false;
        }
        if (kind != null && !kind.equals(c.kind())) {
            return false;
        }
        if (minStrength != null && c.strength() < minStrength) {
            return false;
        }
        if (speaker != null) {
            String key = NameKey.of(speaker);
            return names(c.a(), key) || names(c.b(), key);
        }
        return true;
    }

    private static boolean names(ContradictionView.Side side, String key) {
        String name = NameKey.of(side.speaker());
        return !name.isEmpty() && !key.isEmpty() && (name.equals(key) || name.endsWith(" " + key));
    }
}
