package whosaid.attribution;

import whosaid.quotes.Quote;

/**
 * Who said a quotation, and how whosaid decided it.
 *
 * @param quote       the quotation
 * @param speaker     the speaker's name as the article settles it (its fullest form in this article), or null
 *                    when the text names nobody (scare quotes, titles); for an unnamed source, its descriptor
 * @param speakerKind person or organisation
 * @param anonymous   true for an unnamed source ("a Haqqani network member")
 * @param role        the speaker's role as the article gives it ("Pakistan's defence minister"), or null
 * @param mention     the words that point at the speaker at this quote ("he", "the minister", "Asif"), or null
 * @param cue         the verb of saying ("said", "told", "according to", ":"), or null
 * @param sieveName   the attribution rule that decided ({@link SieveName#NONE} when none did)
 * @param confidence  0..1
 */
// Serializable: the Spark job (whosaid.spark) ships it from the machine that analysed it to the one that stores it.
public record Attribution(Quote quote, String speaker, SpeakerKind speakerKind, boolean anonymous, String role,
                          String mention, String cue, SieveName sieveName, double confidence)
        implements java.io.Serializable {
    /** A quotation no sieve found a speaker for. */
    static Attribution none(Quote quote) {
        return new Attribution(quote, null, null, false, null, null, null, SieveName.NONE, 0.0);
    }

    /** The rule's label, as stored with the quote and printed in accuracy tables. */
    public String sieve() {
        return sieveName.label();
    }
}
