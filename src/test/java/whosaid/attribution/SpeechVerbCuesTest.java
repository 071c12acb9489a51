package whosaid.attribution;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Verbs of saying beyond "said": verbs that take an object before the words, progressives, signatures. */
class SpeechVerbCuesTest {
    @Test
    void verbsOfPraiseBlameAndCitingIntroduceTheWordsAfterTheirObject() {
        ArticleAttribution aa = Fixture.run(null,
                "The council met on Monday.",
                "Mayor Ines Varga condemned the vote as “reckless and cruel.”",
                "Piet Olsen, a councillor, thanked the staff for “a summer of hard work.”",
                "Olsen cites “rising rents” as the cause. Varga bemoaned “a lost decade.”");
        assertEquals("Ines Varga", Fixture.speakerOf(aa, "reckless"));
        assertEquals("Piet Olsen", Fixture.speakerOf(aa, "a summer"));
        assertEquals("Piet Olsen", Fixture.speakerOf(aa, "rising"));
        assertEquals("Ines Varga", Fixture.speakerOf(aa, "a lost"));
    }

    @Test
    void verbsThatNameOrCompareIntroduceTheWordsAfterTheirObject() {
        ArticleAttribution aa = Fixture.run(null,
                "The summit ended early.",
                "Former governor Ivo Dent, for his part, is labeling the orders “a blatant abuse of power.”",
                "Lena Fox compared the mayor to a coach who is “working the referees.”",
                "Ana Brill dubbed the meeting a “press conference.” The ministry branded the raid an “outlaw act.”");
        assertEquals("Ivo Dent", Fixture.speakerOf(aa, "a blatant"));
        assertEquals("Lena Fox", Fixture.speakerOf(aa, "working the"));
        assertEquals("Ana Brill", Fixture.speakerOf(aa, "press conference"));
        assertEquals("The ministry", Fixture.speakerOf(aa, "outlaw act"));
    }

    @Test
    void aVerbThatTakesAnObjectAttributesNothingWithoutWordsAfterIt() {
        ArticleAttribution aa = Fixture.run(null,
                "Ines Varga thanked the volunteers on Monday.",
                "“We need more hands,” a volunteer said.");
        assertEquals("a volunteer", Fixture.speakerOf(aa, "We need"));
    }

    @Test
    void aProgressiveVerbOfSayingIsTheClausesVerb() {
        ArticleAttribution aa = Fixture.run(null,
                "The race tightened on Friday.",
                "The candidate’s physician is calling her “fit for the job.”",
                "Residents were describing the storm as “the worst in memory.”");
        assertEquals("The candidate’s physician", Fixture.speakerOf(aa, "fit for"));
        assertEquals("Residents", Fixture.speakerOf(aa, "the worst"));
    }

    @Test
    void aQuotationDashSignsTheWordsLikeAnEmDash() {
        ArticleAttribution aa = Fixture.run(null,
                "Readers wrote in about the bridge.",
                "“It took me an hour to cross.” ― Dora Kell\n“It is a disgrace.”― Mikel Aro",
                "“The ferry was faster.” ― Tove Lund");
        assertEquals("Dora Kell", Fixture.speakerOf(aa, "It took"));
        assertEquals("Mikel Aro", Fixture.speakerOf(aa, "It is a"));
        assertEquals("Tove Lund", Fixture.speakerOf(aa, "The ferry"));
    }
}
