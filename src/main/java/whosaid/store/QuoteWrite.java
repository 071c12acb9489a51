package whosaid.store;

/**
 * One quotation or reported statement to store, with its attribution.
 *
 * @param inTitle true when the offsets point into the title rather than the body
 * @param kind    the kind's label as stored: direct, partial or {@link #REPORTED}
 * @param speaker null when nobody is named (scare quotes)
 */
public record QuoteWrite(boolean inTitle, int start, int end, String text, String kind, SpeakerRef speaker,
                         String mention, String cue, String sieve, double confidence) {
    /** The kind label of reported speech, which the summary and the outlet counts keep apart from quotations. */
    public static final String REPORTED = "indirect";

    public boolean reported() {
        return REPORTED.equals(kind);
    }
}
