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
 * @param speakerNamed true when the speaker is a named person or body, false for an unnamed source ("officials")
 * @param speakerRole  the speaker's role as the articles describe it ("the Ruritanian army's spokesperson"), or null:
 *                     a spokesperson and the body named in their role speak as one
 */
// Serializable: the Spark job (whosaid.spark) ships a story's statements to the executor that searches it.
public record Statement(long id, long articleId, String articleTitle, String outlet, String published,
                        String speaker, String text, int start, int end, boolean inTitle, QuoteKind kind,
                        String context, boolean speakerNamed, String speakerRole) implements java.io.Serializable {
    /** A statement whose speaker, when there is one, is taken to be named, with no role known. */
    public Statement(long id, long articleId, String articleTitle, String outlet, String published,
                     String speaker, String text, int start, int end, boolean inTitle, QuoteKind kind,
                     String context) {
        this(id, articleId, articleTitle, outlet, published, speaker, text, start, end, inTitle, kind, context,
                speaker != null, null);
    }
}
