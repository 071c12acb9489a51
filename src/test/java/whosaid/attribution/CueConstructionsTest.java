package whosaid.attribution;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Verbs of saying that news wraps in a longer construction: a statement that calls, an infinitive after a frame
 * that reports saying, a statement named before the participle. Every article here is invented.
 */
class CueConstructionsTest {
    @Test
    void aStatementThatCallsSpeaksForItsIssuer() {
        ArticleAttribution aa = Fixture.run(null,
                "After a short meeting, Cobalt Freight issued a statement calling the ruling “a clear violation.”");
        assertEquals("Cobalt Freight", Fixture.speakerOf(aa, "a clear violation"));
    }

    @Test
    void anInfinitiveAfterASpeechFrameIsTheSubjectsWords() {
        ArticleAttribution aa = Fixture.run(null,
                "Bo Dent took to Twitter to call the judge “totally delusional.”",
                "Lia Foss went on to say she was “confident” about the vote.");
        assertEquals("Bo Dent", Fixture.speakerOf(aa, "totally delusional"));
        assertEquals("Lia Foss", Fixture.speakerOf(aa, "confident"));
    }

    @Test
    void anInfinitiveAfterARefusalReportsNothingSaid() {
        ArticleAttribution aa = Fixture.run(null,
                "Lia Foss declined to say whether the plan was “final.”");
        assertNull(Fixture.speakerOf(aa, "final"));
    }

    @Test
    void theSpeakerOpensTheSentenceNotTheStatementAfterIt() {
        ArticleAttribution aa = Fixture.run(null,
                "Bo Dent shot back in a statement, saying he had “made a lot of money in down markets.”");
        assertEquals("Bo Dent", Fixture.speakerOf(aa, "made a lot"));
    }

    @Test
    void asSomeonePutItSpeaksForTheWordsOnEitherSide() {
        ArticleAttribution aa = Fixture.run(null,
                "The levy stayed. As Ostrava Daily's Mira Tolen put it, “Nobody wanted to be the first to blink.”",
                "The fund was “a bridge to nowhere,” as Senator Ivo Brask put it.",
                "As Dag Holm, the longest-serving member of the board, put it: “We are out of time.”");
        assertEquals("Mira Tolen", Fixture.speakerOf(aa, "Nobody wanted"));
        assertEquals("Ivo Brask", Fixture.speakerOf(aa, "a bridge to nowhere"));
        assertEquals("Dag Holm", Fixture.speakerOf(aa, "We are out of time"));
    }

    @Test
    void puttingSomethingSomewhereIsNoSpeech() {
        ArticleAttribution aa = Fixture.run(null,
                "As costs rose, Dag Holm put it on hold, and the plan became a “bridge to nowhere.”");
        assertNull(Fixture.speakerOf(aa, "bridge to nowhere"));
    }

    @Test
    void aQuestionStandingAloneIsAskedByTheNameThatOpensTheNextSentence() {
        ArticleAttribution aa = Fixture.run(null,
                "Tessa Varn spoke first at the hearing.",
                "“Who will pay for the new bridge over the river?” Lio Marsh asked the council about the plan to "
                        + "widen the harbour road next spring.",
                "“We will not wait another decade!” Ana Brill said to the crowd of residents gathered outside the "
                        + "town hall on Friday.");
        assertEquals("Lio Marsh", Fixture.speakerOf(aa, "Who will pay"));
        assertEquals("Ana Brill", Fixture.speakerOf(aa, "We will not wait"));
    }

    @Test
    void aWordOfSayingInsideTheObjectOfCallDoesNotEndIt() {
        ArticleAttribution aa = Fixture.run(null,
                "Party chairman Tom Brask called Ivo Dent's remarks on the budget a “new low.”",
                "Lena Fox called the mayor's use of private email accounts “plainly reckless.”",
                "Tom Brask called the plan, which Lena Fox said was “long overdue,” a waste.");
        assertEquals("Tom Brask", Fixture.speakerOf(aa, "new low"));
        assertEquals("Lena Fox", Fixture.speakerOf(aa, "plainly reckless"));
        assertEquals("Lena Fox", Fixture.speakerOf(aa, "long overdue"));
    }

    @Test
    void fragmentsOfOneReportShareTheCueAfterThem() {
        ArticleAttribution aa = Fixture.run(null,
                "The board met on Monday.",
                "The plan did not find “ties of any consequence,” apart from a link “in passing” between the firms, "
                        + "said the auditor, Lena Fox, on Tuesday.",
                "Ivo Dent said the fee was “too high,” and “a fair price,” Ana Brill said.");
        assertEquals("Lena Fox", Fixture.speakerOf(aa, "ties of any"));
        assertEquals("Lena Fox", Fixture.speakerOf(aa, "in passing"));
        assertEquals("Ivo Dent", Fixture.speakerOf(aa, "too high"));
        assertEquals("Ana Brill", Fixture.speakerOf(aa, "a fair price"));
    }
}
