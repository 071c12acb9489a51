package whosaid.attribution;

import whosaid.quotes.Quote;
import whosaid.text.Token;

import java.util.List;

/**
 * Everything a sieve may look at for one quotation: its sentence's tokens and speech events, the decision for an
 * earlier quotation in the same paragraph, and the decision that ended the previous paragraph (for turns).
 *
 * @param quote               the quotation
 * @param token               index of its quotation token
 * @param toks                the paragraph's tokens
 * @param sentStart           first token of its sentence
 * @param sentEnd             token after its sentence
 * @param events              speech events of its sentence, resolved
 * @param earlierInParagraph  the latest decided quotation before it in the paragraph, or null
 * @param previousTurn        the decision for a quotation in the last sentence of the previous paragraph, or null
 * @param firstInParagraph    true when no quotation precedes it in its paragraph
 * @param sentenceHasOtherCue true when its sentence holds a verb of saying, even one without a readable subject
 */
record QuoteSite(Quote quote, int token, List<Token> toks, int sentStart, int sentEnd, List<ResolvedEvent> events,
                 Decision earlierInParagraph, Decision previousTurn, boolean firstInParagraph,
                 boolean sentenceHasOtherCue) {
}
