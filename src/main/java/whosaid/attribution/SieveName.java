package whosaid.attribution;

/**
 * The rule that attributed a quotation. The label is stored with every quote as how it was attributed and printed
 * in the accuracy tables, so labels never change once data holds them.
 */
public enum SieveName {
    HEADLINE("headline"),
    ADJACENT_CUE("adjacent-cue"),
    SENTENCE_CUE("sentence-cue"),
    PREVIOUS_SUBJECT("previous-subject"),
    PARAGRAPH_CONTINUATION("paragraph-continuation"),
    TURN_CONTINUATION("turn-continuation"),
    LEDE_SOURCE("lede-source"),
    /** No sieve found a speaker. */
    NONE("none");

    private final String label;

    SieveName(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A speaker carried over from an earlier quotation rather than read next to this one. */
    boolean continuation() {
        return this == PARAGRAPH_CONTINUATION || this == TURN_CONTINUATION;
    }
}
