package whosaid.claims;

import whosaid.quotes.QuoteKind;

/**
 * One attributed statement, as the claims and contradictions stages see it: a quotation or a reported-speech
 * sentence, with where it came from. Stages after attribution work on these, never on SQL rows.
 *
 * @param id           stable id of the statement (the stored quote id, or any unique number before storing)
 * @param articleId    the article's id in the store (or any stable key before storing)
 * @param articleTitle the article's title, or null
 * @param outlet       the outlet, or null when unknown
 * @param published    ISO date, or null
 * @param speaker      canonical speaker name, or null
 * @param text         the words (between the marks for a quotation)
 * @param start        offset into the article body (or title when inTitle)
 * @param end          exclusive end offset
 * @param inTitle      true when the offsets point into the title
 * @param kind         direct, partial or indirect
 * @param context      the sentence around the statement (for a quotation, the sentence that holds it), for the
 *                     stages that need the words around the quote (negations, numbers, "denied")
 */
public record Statement(long id, long articleId, String articleTitle, String outlet, String published,
                        String speaker, String text, int start, int end, boolean inTitle, QuoteKind kind,
                        String context) {
}
