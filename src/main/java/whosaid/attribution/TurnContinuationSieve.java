package whosaid.attribution;

/**
 * A paragraph that opens with a quotation and names nobody continues the turn of the speaker whose quotation
 * ended the previous paragraph: news writers drop the attribution for a speaker's next paragraph.
 */
final class TurnContinuationSieve implements Sieve {
    /** Across a paragraph break a dropped attribution is likelier to be a new voice than within one. */
    static final double CONFIDENCE = 0.7;

    @Override
    public Decision decide(QuoteSite site) {
        Decision prev = site.previousTurn();
        if (prev == null || prev.speaker() == null || !opensTurn(site)) {
            return null;
        }
        return new Decision(prev.speaker(), prev.mention(), null, name(), CONFIDENCE);
    }

    /**
     * The quotation opens its paragraph as a whole spoken sentence with no cue of its own. A short fragment opening
     * a paragraph ("“Blue River”, a film about …") is a title or a term, not the next words of the last speaker;
     * writers continue a turn with whole sentences.
     */
    static boolean opensTurn(QuoteSite site) {
        return site.firstInParagraph() && !site.sentenceHasSpeechWord() && site.opensParagraph()
                && site.quote().kind() != whosaid.quotes.QuoteKind.PARTIAL
                && looksLikeSpeech(site.quote().text(), site.quote().unclosed());
    }

    /** Spoken words run to a sentence: end punctuation inside the marks, an unclosed mark, or four words or more. */
    private static boolean looksLikeSpeech(String text, boolean unclosed) {
        String t = text.strip();
        if (unclosed || t.isEmpty()) {
            return unclosed;
        }
        char last = t.charAt(t.length() - 1);
        return ".?!,;:…".indexOf(last) >= 0 || t.split("\\s+").length >= 4;
    }

    @Override
    public SieveName name() {
        return SieveName.TURN_CONTINUATION;
    }
}
