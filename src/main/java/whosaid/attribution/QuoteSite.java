package whosaid.attribution;

import whosaid.quotes.Quote;
import whosaid.text.Token;

import java.util.List;

/**
 * Everything a sieve may look at for one quotation: its sentence's tokens and speech events, the decision for an
 * earlier quotation in the same paragraph, the decision that ended the previous paragraph (for turns), and who
 * the sentence before it was about.
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
 * @param opensParagraph      true when the quotation is the paragraph's first token
 * @param previousSubject     the subject of the sentence right before, in the same paragraph, when that sentence
 *                            holds no quotation and came after the earlier quotation; else null
 */
record QuoteSite(Quote quote, int token, List<Token> toks, int sentStart, int sentEnd, List<ResolvedEvent> events,
                 Decision earlierInParagraph, Decision previousTurn, boolean firstInParagraph,
                 boolean sentenceHasOtherCue, boolean opensParagraph, Decision previousSubject) {
}
