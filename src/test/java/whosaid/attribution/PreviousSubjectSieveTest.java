package whosaid.attribution;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class PreviousSubjectSieveTest {
    @Test
    void aQuotationAfterASentenceAboutSomeoneElseIsTheirs() {
        ArticleAttribution aa = Fixture.run(null,
                "“The figures are clear,” said Petra Lund. Oskar Dahl disagreed. “They are a year old.”");
        Attribution a = Fixture.find(aa, "They are a year old");
        assertEquals("Oskar Dahl", a.speaker());
        assertEquals("previous-subject", a.sieve());
        assertEquals(PreviousSubjectSieve.CONFIDENCE, a.confidence());
    }

    @Test
    void aPlaceLikeSubjectOfUnknownKindIsNoVoice() {
        ArticleAttribution aa = Fixture.run(null,
                "Kessel is a port town. “Ships no longer stop here.”");
        assertNull(Fixture.speakerOf(aa, "Ships"));
    }
}
