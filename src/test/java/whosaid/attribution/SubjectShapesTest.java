package whosaid.attribution;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Words news sets between a speaker and the verb of saying: a party tag in brackets before an apposition or a
 * clause, an aside that places the speaker, a manner adverb, a time phrase; and a party member as an unnamed source.
 * Every article here is invented.
 */
class SubjectShapesTest {
    @Test
    void aPartyTagInBracketsBeforeAnAppositionStandsAside() {
        ArticleAttribution aa = Fixture.run(null,
                "“We are done here,” Rep. Ann Kell (R-Ohio), a member of the panel, said in an interview.",
                "Sen. Obi Marsh (D-Ore.), who chairs the committee, said the bill was “dead on arrival.”");
        assertEquals("Ann Kell", Fixture.speakerOf(aa, "We are done"));
        assertEquals("Obi Marsh", Fixture.speakerOf(aa, "dead on arrival"));
    }

    @Test
    void anAsideThatPlacesTheSpeakerDoesNotSpeak() {
        ArticleAttribution aa = Fixture.run(null,
                "Bo Dent, in Kestra, said on Tuesday that the rival plan was “a total mess.”");
        assertEquals("Bo Dent", Fixture.speakerOf(aa, "a total mess"));
    }

    @Test
    void aMannerAdverbOrATimePhraseMayStandBeforeTheVerb() {
        ArticleAttribution aa = Fixture.run(null,
                "Bo Dent jokingly said, “I am becoming the establishment.”",
                "Sen. Lia Foss last week said the vote count was “rigged from the start.”");
        assertEquals("Bo Dent", Fixture.speakerOf(aa, "I am becoming"));
        assertEquals("Lia Foss", Fixture.speakerOf(aa, "rigged from"));
    }

    @Test
    void aNameAfterSaidThatOpensAClauseIsNotTheSpeaker() {
        ArticleAttribution aa = Fixture.run(null,
                "Speaking later on the same show, Sen. Lia Foss (D-Ore.), who backs the governor, said Bo Dent has "
                        + "made her a “stronger” candidate.");
        assertEquals("Lia Foss", Fixture.speakerOf(aa, "stronger"));
    }

    @Test
    void aPartyMemberIsAnUnnamedSource() {
        ArticleAttribution aa = Fixture.run(null,
                "“She is too far behind,” said an Ostland Democrat.",
                "“The gap is too wide,” added another Ostland Republican. “It cannot be closed in a week.”",
                "“He will come back,” said one Dent confidant.");
        assertEquals("an Ostland Democrat", Fixture.speakerOf(aa, "She is too far"));
        assertEquals("another Ostland Republican", Fixture.speakerOf(aa, "The gap"));
        assertEquals("another Ostland Republican", Fixture.speakerOf(aa, "It cannot"));
        assertEquals("one Dent confidant", Fixture.speakerOf(aa, "He will come"));
    }

    @Test
    void aNounInLyAfterAPlainWordIsStillTheSubject() {
        ArticleAttribution aa = Fixture.run(null,
                "Ana Ruiz stayed home. Her family said the charges were “baseless.”");
        assertNotEquals("Ana Ruiz", Fixture.speakerOf(aa, "baseless"));
    }
}
