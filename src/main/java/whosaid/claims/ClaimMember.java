package whosaid.claims;

/**
 * A wording already stored under a claim, as the grouper needs it to match new statements against.
 *
 * @param statementId the stored statement (quote) id
 * @param text        the words
 * @param speaker     canonical speaker name, or null
 * @param published   ISO date, or null
 * @param context     the sentence around the wording, or null (used only to read a governing negation)
 */
public record ClaimMember(long statementId, String text, String speaker, String published, String context,
                          boolean speakerNamed, String speakerRole) {
    /** A member whose speaker, when there is one, is taken to be named, with no role known. */
    public ClaimMember(long statementId, String text, String speaker, String published, String context) {
        this(statementId, text, speaker, published, context, speaker != null, null);
    }
}
