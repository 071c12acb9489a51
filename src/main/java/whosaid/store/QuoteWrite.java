package whosaid.store;

/**
 * One quotation or reported statement to store, with its attribution.
 *
 * @param inTitle true when the offsets point into the title rather than the body
 * @param kind    the kind's label as stored: direct, partial, {@link #REPORTED}, title or scare
 * @param speaker null when nobody is named (always for titles and scare quotes)
 */
public record QuoteWrite(boolean inTitle, int start, int end, String text, String kind, SpeakerRef speaker,
                         String mention, String cue, String sieve, double confidence) {
    /** The kind label of reported speech, which the summary and the outlet counts keep apart from quotations. */
    public static final String REPORTED = "indirect";
    /** The kind labels of quoted words nobody says (a work's title, scare quotes): no quotation in the counts. */
    public static final String TITLE = "title";
    public static final String SCARE = "scare";

    public boolean reported() {
        return REPORTED.equals(kind);
    }
}
