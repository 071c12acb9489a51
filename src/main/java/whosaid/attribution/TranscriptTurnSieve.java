package whosaid.attribution;

/**
 * "HARLAND: We never said that.": a turn of a printed transcript names its speaker in its label, which outranks
 * every cue around it, the colon lead ("Transcript as follows:") above all. A label that names nobody ("VIDEO:",
 * "Q:") decides too, for no speaker, so no later sieve hands the turn to whoever was last in view.
 */
final class TranscriptTurnSieve implements Sieve {
    /** The label is the transcript's own attribution, as explicit as a cue. */
    static final double CONFIDENCE = 0.9;

    @Override
    public Decision decide(QuoteSite site) {
        return site.transcriptTurn();
    }

    @Override
    public SieveName name() {
        return SieveName.ADJACENT_CUE;
    }
}
