package whosaid.attribution;

/**
 * A quotation with no verb of saying in its sentence, right after a sentence without quotations about someone,
 * is that someone's: “A,” said X. Y disagreed. “B.” gives B to Y, and "Y said the figures were wrong. “B.”" too.
 * It comes before paragraph continuation, which would hand B to X.
 */
final class PreviousSubjectSieve implements Sieve {
    /** The sentence before names its subject plainly, but nothing ties the quotation to it but their order. */
    static final double CONFIDENCE = 0.65;

    @Override
    public Decision decide(QuoteSite site) {
        Decision prev = site.previousSubject();
        if (prev == null || prev.speaker() == null || site.sentenceHasSpeechWord()
                || site.quote().kind() == whosaid.quotes.QuoteKind.PARTIAL
                || prev.speaker().kind() == SpeakerKind.UNKNOWN) {
            // a bare capitalised word of unknown kind ("Kessel is a port town.") is more often a place than a voice
            return null;
        }
        return new Decision(prev.speaker(), prev.mention(), null, name(), prev.confidence());
    }

    @Override
    public SieveName name() {
        return SieveName.PREVIOUS_SUBJECT;
    }
}
