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
 * @param sieve       the name of the attribution rule that decided
 * @param confidence  0..1
 */
public record Attribution(Quote quote, String speaker, SpeakerKind speakerKind, boolean anonymous, String role,
                          String mention, String cue, String sieve, double confidence) {
}
