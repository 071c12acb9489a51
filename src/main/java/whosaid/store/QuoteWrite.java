package whosaid.store;

import whosaid.quotes.Quote;

/** One quotation to store, with its attribution; speaker is null when nobody is named (scare quotes). */
public record QuoteWrite(Quote quote, SpeakerRef speaker, String mention, String cue, String sieve,
                         double confidence) {
}
