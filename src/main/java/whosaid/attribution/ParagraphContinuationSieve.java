package whosaid.attribution;

/**
 * A quotation with no verb of saying in its sentence continues the speaker of an earlier quotation in the same
 * paragraph: “A,” X wrote. “B.” is X twice.
 */
final class ParagraphContinuationSieve implements Sieve {
    /** Within a paragraph a writer rarely hands the floor to someone else without naming them. */
    static final double CONFIDENCE = 0.8;

    @Override
    public Decision decide(QuoteSite site) {
        Decision prev = site.earlierInParagraph();
        if (prev == null || prev.speaker() == null || site.sentenceHasSpeechWord()) {
            return null;
        }
        return new Decision(prev.speaker(), prev.mention(), prev.cue(), name(), CONFIDENCE);
    }

    @Override
    public SieveName name() {
        return SieveName.PARAGRAPH_CONTINUATION;
    }
}
