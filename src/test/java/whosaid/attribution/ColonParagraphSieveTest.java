package whosaid.attribution;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ColonParagraphSieveTest {
    @Test
    void aParagraphEndingInAColonHandsTheNextQuotationToItsSubject() {
        ArticleAttribution aa = Fixture.run(null,
                "“We will rebuild the pier,” said Tomas Berg, the harbour master.",
                "Later that day Ana Ruiz told reporters:",
                "“The bridge will not reopen this year.”");
        Attribution a = Fixture.find(aa, "The bridge");
        assertEquals("Ana Ruiz", a.speaker());
        // recorded as a turn, as such quotations always were
        assertEquals("turn-continuation", a.sieve());
        assertEquals(TurnContinuationSieve.CONFIDENCE, a.confidence());
    }

    @Test
    void aShortFragmentAfterTheColonIsNoTurn() {
        ArticleAttribution aa = Fixture.run(null,
                "Later that day Ana Ruiz told reporters:",
                "“Blue River”, a film about the flood, opens on Friday.");
        assertNull(Fixture.speakerOf(aa, "Blue River"));
    }

    @Test
    void withoutTheColonTheNarrativeParagraphEndsTheTurn() {
        ArticleAttribution aa = Fixture.run(null,
                "“We will rebuild the pier,” said Tomas Berg.",
                "Later that day Ana Ruiz toured the harbour.",
                "“The bridge will not reopen this year.”");
        assertNull(Fixture.speakerOf(aa, "The bridge"));
    }
}
