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
    void aWeakVerbRightAfterTheWordsAttributesThem() {
        ArticleAttribution aa = Fixture.run(null,
                "The hearing ran late.",
                "“What changed his mind so fundamentally?” Lev Brask questioned.",
                "“Our ideas of success are different,” reacted Mia Stone, 30, of Tamsville.",
                "“It is a fine day for the town!” beamed Oda Lind. “That is unfair,” Tom Rask fumed on Tuesday.");
        assertEquals("Lev Brask", Fixture.speakerOf(aa, "What changed"));
        assertEquals("Mia Stone", Fixture.speakerOf(aa, "Our ideas"));
        assertEquals("Oda Lind", Fixture.speakerOf(aa, "It is a fine day"));
        assertEquals("Tom Rask", Fixture.speakerOf(aa, "That is unfair"));
    }

    @Test
    void aSentenceOpeningWithSaidNamesTheSpeakerAfterIt() {
        ArticleAttribution aa = Fixture.run(null,
                "The old house on the hill is a museum now.",
                "Said Dora Penn, who grew up next door, “We were all so proud of him.”",
                "Asked about the museum, Tom Rask called it “a gift to the town.”");
        assertEquals("Dora Penn", Fixture.speakerOf(aa, "We were all"));
        assertEquals("Tom Rask", Fixture.speakerOf(aa, "a gift"));
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
