package whosaid.attribution;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuotationSievesTest {
    /** The order is the precision order: a cue next to a quotation beats one elsewhere, a named turn beats a turn. */
    @Test
    void theChainRunsFromTheMostPreciseToTheMostGeneral() {
        List<Class<?>> order = QuotationSieves.CHAIN.stream().<Class<?>>map(Object::getClass).toList();
        assertEquals(List.of(TranscriptTurnSieve.class, HeadlineSieve.class, AdjacentCueSieve.class,
                SentenceCueSieve.class,
                PreviousSubjectSieve.class, ParagraphContinuationSieve.class, ColonParagraphSieve.class,
                TurnContinuationSieve.class, LedeSourceSieve.class), order);
    }

    @Test
    void onlyTheHeadlineAndLedeSievesWaitForTheWholeArticle() {
        for (Sieve s : QuotationSieves.CHAIN) {
            boolean waits = s instanceof HeadlineSieve || s instanceof LedeSourceSieve;
            assertEquals(waits, s.needsWholeArticle(), s.name().label());
        }
    }

    @Test
    void storedLabelsAreTheOnesTheStoreHasAlwaysHeld() {
        assertEquals("adjacent-cue", SieveName.ADJACENT_CUE.label());
        assertEquals("sentence-cue", SieveName.SENTENCE_CUE.label());
        assertEquals("previous-subject", SieveName.PREVIOUS_SUBJECT.label());
        assertEquals("paragraph-continuation", SieveName.PARAGRAPH_CONTINUATION.label());
        assertEquals("turn-continuation", SieveName.TURN_CONTINUATION.label());
        assertEquals("headline", SieveName.HEADLINE.label());
        assertEquals("lede-source", SieveName.LEDE_SOURCE.label());
        assertEquals("none", SieveName.NONE.label());
    }

    @Test
    void aQuotationNoSieveDecidesIsRecordedAsNone() {
        ArticleAttribution aa = Fixture.run(null, "The ferry is called “Blue Heron” by everyone.");
        Attribution a = Fixture.find(aa, "Blue Heron");
        assertEquals("none", a.sieve());
        assertTrue(a.speaker() == null && a.confidence() == 0.0);
    }
}
