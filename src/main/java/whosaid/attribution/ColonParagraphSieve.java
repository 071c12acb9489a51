package whosaid.attribution;

/**
 * "Ana Ruiz told reporters:" ending a paragraph introduces the quotation that opens the next one. The turn passes
 * to whom the colon's sentence was about, not to whoever was quoted last, under the same conditions as any turn.
 * Stored as a turn continuation, which is how such quotations have always been recorded.
 */
final class ColonParagraphSieve implements Sieve {
    @Override
    public Decision decide(QuoteSite site) {
        Decision lead = site.colonLead();
        if (lead == null || lead.speaker() == null || !TurnContinuationSieve.opensTurn(site)) {
            return null;
        }
        return new Decision(lead.speaker(), lead.mention(), null, name(), TurnContinuationSieve.CONFIDENCE);
    }

    @Override
    public SieveName name() {
        return SieveName.TURN_CONTINUATION;
    }
}
