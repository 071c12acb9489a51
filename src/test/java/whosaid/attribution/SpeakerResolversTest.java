package whosaid.attribution;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One case per resolver of the second chain, on short invented texts. */
class SpeakerResolversTest {
    private static Mention person(String name, Gender g) {
        return Mention.person(new Phrase(0, 1, 0, name.length(), name), name, null, "x", g, false);
    }

    private static Mention pronoun(String word, Gender g) {
        return Mention.pronoun(new Phrase(0, 0, 0, word.length(), word), g, false);
    }

    @Test
    void aPronounTakesTheLatestEntityInViewOfItsGenderAndSettlesAnUnknownOne() {
        DiscourseState state = new DiscourseState("");
        ArticleEntity ana = SpeakerResolvers.resolve(person("Ana Ruiz", Gender.FEMALE), 0, state);
        ArticleEntity li = SpeakerResolvers.resolve(person("Li Wei", Gender.UNKNOWN), 10, state);
        state.bringIntoView(ana);
        state.bringIntoView(li);
        assertSame(li, SpeakerResolvers.resolve(pronoun("he", Gender.MALE), 20, state));
        assertEquals(Gender.MALE, li.gender);
        assertSame(ana, SpeakerResolvers.resolve(pronoun("she", Gender.FEMALE), 30, state));
    }

    @Test
    void aNameJoinsTheFullerFormOfTheSameName() {
        DiscourseState state = new DiscourseState("");
        ArticleEntity full = SpeakerResolvers.resolve(person("Khadija Amari", Gender.UNKNOWN), 0, state);
        assertSame(full, SpeakerResolvers.resolve(person("Amari", Gender.UNKNOWN), 10, state));
        assertTrue(full.names.contains("Amari"));
    }

    @Test
    void possessiveOwnerGivesTheBodyLastInView() {
        ArticleAttribution aa = Fixture.run(null,
                "Ostland closed its border on Monday.",
                "Its government said the closure was “temporary and necessary”.");
        assertEquals("Ostland", Fixture.speakerOf(aa, "temporary"));
    }

    @Test
    void aStatementSpeaksForWhoeverIssuedIt() {
        ArticleAttribution aa = Fixture.run(null,
                "Harbour Freight Lines said in a statement on Monday that it would cut routes.",
                "The statement called the cuts “painful but unavoidable”.");
        assertEquals("Harbour Freight Lines", Fixture.speakerOf(aa, "painful"));
    }

    @Test
    void anAgeRefersBackToThePersonInView() {
        ArticleAttribution aa = Fixture.run(null,
                "Edda Holm has fished these waters since 1980.",
                "“The cod are gone,” the 64-year-old said.");
        assertEquals("Edda Holm", Fixture.speakerOf(aa, "The cod"));
    }

    @Test
    void theOrganisationNounFindsTheOrganisationNamedWithIt() {
        ArticleAttribution aa = Fixture.run(null,
                "The Port Workers Union called a strike for Friday.",
                "Ships were turned away.",
                "“We gave them every chance,” the union said.");
        assertEquals("Port Workers Union", Fixture.speakerOf(aa, "We gave"));
    }

    @Test
    void theSameUnnamedSourceIsFoundAgainByItsHead() {
        ArticleAttribution aa = Fixture.run(null,
                "“The water came in minutes,” a shopkeeper said.",
                "Rescue boats reached the square at noon.",
                "“We lost everything,” the shopkeeper said.");
        assertEquals(Fixture.speakerOf(aa, "The water"), Fixture.speakerOf(aa, "We lost"));
    }

    @Test
    void anOfficeNoOneHoldsIsThePersonLastInView() {
        ArticleAttribution aa = Fixture.run(null,
                "Tobias Wendt took over the airline in March.",
                "“We will fly again by summer,” the chief executive said.");
        assertEquals("Tobias Wendt", Fixture.speakerOf(aa, "We will fly"));
    }

    @Test
    void anIndefiniteDescriptorIsANewUnnamedSource() {
        ArticleAttribution aa = Fixture.run(null,
                "Tobias Wendt took over the airline in March.",
                "“Nobody trusts the timetable,” a pilot said.");
        Attribution a = Fixture.find(aa, "Nobody trusts");
        assertTrue(a.anonymous());
        assertEquals("a pilot", a.speaker());
    }

    @Test
    void aPronounWithNoOneInViewResolvesToNobody() {
        assertNull(SpeakerResolvers.resolve(pronoun("she", Gender.FEMALE), 0, new DiscourseState("")));
    }
}
