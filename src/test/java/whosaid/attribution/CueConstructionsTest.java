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
}
