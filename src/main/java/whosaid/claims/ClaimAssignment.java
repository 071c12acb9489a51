package whosaid.claims;

/**
 * Where a new statement goes.
 *
 * @param statementId the statement
 * @param claimId     an existing claim id (positive), or a negative provisional id shared by all new statements
 *                    of one new claim; the store swaps provisional ids for real ones
 * @param layer       which layer decided: the cheapest that matched, or NEW when nothing did
 * @param score       the layer's similarity (1 for exact and containment)
 */
public record ClaimAssignment(long statementId, long claimId, Layer layer, double score) {

    /** The grouping layers, cheapest first. */
    public enum Layer { EXACT, CONTAINMENT, SAME_SENTENCE, NEAR_DUPLICATE, PARAPHRASE, MEANING, CONTINUATION, NEW }

    public boolean isNewClaim() {
        return claimId < 0;
    }
}
