package whosaid.attribution;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class LedeSourceSieveTest {
    @Test
    void aLedePartialTakesTheSpeakerNamedByTheNextParagraph() {
        ArticleAttribution aa = Fixture.run(null,
                "The rail strike will end after a “fair and final” offer was accepted late on Tuesday.",
                "“Our members have voted to accept,” said Mira Kovac, general secretary of the rail union.");
        Attribution a = Fixture.find(aa, "fair and final");
        assertEquals("Mira Kovac", a.speaker());
        assertEquals("lede-source", a.sieve());
        assertEquals(LedeSourceSieve.CONFIDENCE, a.confidence());
    }

    @Test
    void aSpeakerTheNextParagraphOnlyContinuesIsNotNamedThere() {
        ArticleAttribution aa = Fixture.run(null,
                "“We are not done,” said Mira Kovac.",
                "Talks on a “fair and final” offer resume today.",
                "“Our members are tired.”");
        assertNull(Fixture.speakerOf(aa, "fair and final"));
    }

    @Test
    void onlyTheLedeTakesTheSource() {
        ArticleAttribution aa = Fixture.run(null,
                "Rail services were cut on Tuesday.",
                "“Our members have voted to accept,” said Mira Kovac.",
                "The timetable was “a mess” all week.");
        assertNull(Fixture.speakerOf(aa, "a mess"));
    }
}
