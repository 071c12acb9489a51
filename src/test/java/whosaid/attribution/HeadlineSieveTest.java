package whosaid.attribution;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HeadlineSieveTest {
    @Test
    void aNameColonHeadlineGivesItsQuoteToThatName() {
        ArticleAttribution aa = Fixture.run("Okafor: Reform the ‘Only Fair Path’ for Farmers",
                "Chidi Okafor, a former agriculture minister, said the reform was overdue.");
        Attribution a = Fixture.find(aa, "Only Fair Path");
        assertTrue(a.quote().inTitle());
        assertEquals("Chidi Okafor", a.speaker());
        assertEquals("headline", a.sieve());
    }

    @Test
    void theSpokespersonOfANameColonArticleIsThatName() {
        ArticleAttribution aa = Fixture.run("Varga: We Want Trade With Everyone",
                "The spokesperson for the Lakeland government said trade was the priority.",
                "He added: “Our ports are open to all.”");
        assertEquals("Varga", Fixture.speakerOf(aa, "Our ports"));
    }

    @Test
    void aHeadlineWithoutANameColonNamesNobody() {
        ArticleAttribution aa = Fixture.run("Floods: ‘Worst in a Century’ Hit the Delta", "Rain fell for days.");
        assertNull(Fixture.speakerOf(aa, "Worst"));
    }
}
