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
public record ClaimMember(long statementId, String text, String speaker, String published, String context) {
}
