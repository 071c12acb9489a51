package whosaid.attribution;

import whosaid.quotes.Quote;
import whosaid.text.Token;

import java.util.List;

/**
 * Everything a sieve may look at for one quotation: its sentence and that sentence's speech events, the decisions
 * that came before it in the reading, and the article as a whole.
 *
 * @param index              the quotation's index in the article's list
 * @param quote              the quotation
 * @param token              index of its quotation token in the paragraph (-1 outside the reading: headlines)
 * @param sentence           its sentence, or null for a site seen outside the reading
 * @param earlierInParagraph the latest decided quotation before it in the paragraph, or null
 * @param previousTurn       the decision for a quotation in the last sentence of the previous paragraph, or null
 * @param colonLead          who the previous paragraph named when it ended in a colon ("X told reporters:"), or null
 * @param previousSubject    the subject of the sentence right before, in the same paragraph, when that sentence
 *                           holds no quotation and came after the earlier quotation; else null
 * @param firstInParagraph   true when no quotation precedes it in its paragraph
 * @param transcriptTurn     the speaker a transcript label opening the quotation or its paragraph names
 *                           ("HARLAND: …"), a decision without a speaker for a label naming nobody; else null
 * @param article            the article as a whole
 */
record QuoteSite(int index, Quote quote, int token, SentenceView sentence, Decision earlierInParagraph,
                 Decision previousTurn, Decision colonLead, Decision previousSubject, boolean firstInParagraph,
                 Decision transcriptTurn, ArticleContext article) {

    /** A quotation seen once the whole article has been read (a headline's, or one no reading sieve decided). */
    static QuoteSite afterReading(int index, Quote quote, ArticleContext article) {
        return new QuoteSite(index, quote, -1, null, null, null, null, null, false, null, article);
    }

    List<Token> toks() {
        return sentence == null ? List.of() : sentence.toks();
    }

    List<ResolvedEvent> events() {
        return sentence == null ? List.of() : sentence.events();
    }

    /** True when its sentence holds a verb of saying, even one without a readable subject. */
    boolean sentenceHasOtherCue() {
        return !events().isEmpty();
    }

    /**
     * True when its sentence holds a verb of saying or "according to" outside quotation marks, read or not: "“…,”
     * said the Rev. Ana Ruiz" names a speaker the mention reader may miss, and no continuation may claim it.
     */
    boolean sentenceHasSpeechWord() {
        if (sentenceHasOtherCue()) {
            return true;
        }
        for (Token t : toks().subList(sentence.start(), sentence.end())) {
            if (t.isWord() && Character.isLowerCase(t.text().charAt(0))
                    && (Lexicon.isSpeechVerb(t.lower()) && !Lexicon.WEAK_VERBS.contains(Lexicon.speechVerb(t.lower()))
                    || t.lower().equals("according"))) {
                return true;
            }
        }
        return false;
    }

    /** True when the quotation is the paragraph's first token. */
    boolean opensParagraph() {
        return firstInParagraph && token == 0;
    }
}
