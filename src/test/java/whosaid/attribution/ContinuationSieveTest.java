package whosaid.attribution;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ContinuationSieveTest {
    @Test
    void aParagraphOfQuotesWithoutAttributionContinuesThePreviousTurn() {
        ArticleAttribution aa = Fixture.run(null,
                "“The flood came at night,” said Bruna Teles, the mayor of Porto Vell.",
                "“By morning the square was a lake. We lost the archive.”",
                "Engineers arrived on Friday.");
        Attribution a = Fixture.find(aa, "By morning");
        assertEquals("Bruna Teles", a.speaker());
        assertEquals("turn-continuation", a.sieve());
    }

    @Test
    void aSecondQuoteInTheSameParagraphKeepsItsSpeaker() {
        ArticleAttribution aa = Fixture.run(null,
                "“Prices will rise,” Kofi Ansah wrote. “Wages will not.”");
        assertEquals("Kofi Ansah", Fixture.speakerOf(aa, "Wages"));
    }

    @Test
    void aQuoteAfterANarrativeParagraphIsNotATurn() {
        ArticleAttribution aa = Fixture.run(null,
                "“We are ready,” said Kofi Ansah.",
                "The council met for three hours without a vote.",
                "Its rules call the fund a “reserve of last resort”.");
        assertNull(Fixture.speakerOf(aa, "reserve"));
    }

    @Test
    void aScareQuoteWithoutAnyCueGetsNoSpeaker() {
        ArticleAttribution aa = Fixture.run(null,
                "The committee met on Monday.",
                "The group has been listed as a “criminal” organisation by the ministry.");
        assertNull(Fixture.speakerOf(aa, "criminal"));
    }

    @Test
    void aLedePartialTakesTheSourceNamedInTheNextParagraph() {
        ArticleAttribution aa = Fixture.run(null,
                "Dorvia and Malen have agreed to a “full ceasefire” after a week of clashes.",
                "The two sides will work towards “a lasting settlement”, the Ministry of Foreign Affairs of Osterland "
                        + "said on Sunday.");
        assertEquals("Ministry of Foreign Affairs of Osterland", Fixture.speakerOf(aa, "full ceasefire"));
    }
}
