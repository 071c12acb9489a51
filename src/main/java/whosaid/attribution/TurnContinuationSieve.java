package whosaid.attribution;

/**
 * A paragraph that opens with a quotation and names nobody continues the turn of the speaker whose quotation
 * ended the previous paragraph: news writers drop the attribution for a speaker's next paragraph.
 */
final class TurnContinuationSieve implements Sieve {
    @Override
    public Decision decide(QuoteSite site) {
        Decision prev = site.previousTurn();
        if (prev == null || prev.speaker() == null || !site.firstInParagraph() || site.sentenceHasOtherCue()
                || site.token() != 0) {
            return null;
        }
        return new Decision(prev.speaker(), prev.mention(), null, name(), 0.7);
    }

    @Override
    public String name() {
        return "turn-continuation";
    }
}
