package whosaid.pipeline;

import whosaid.quotes.Quote;

/**
 * One quotation or reported statement with who said it.
 *
 * @param speaker null when nobody is named (scare quotes)
 * @param mention the words that named the speaker here, or null
 * @param sieve   the attribution rule that decided
 */
public record AnalysedQuote(Quote quote, QuoteSpeaker speaker, String mention, String cue, String sieve,
                            double confidence) {
}
