package whosaid.attribution;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A whole invented wire story in the style of an agency report (not the seed's outlets or topic), mixing the
 * patterns a reader meets in one article: inverted cues, pronouns across paragraphs, an organisation taken up by
 * "it", "according to", an unnamed source in a relative clause, a descriptor resolved to a named minister.
 */
class InventedArticleTest {
    private static ArticleAttribution strike() throws IOException {
        return read("strike-article.txt");
    }

    private static ArticleAttribution read(String resource) throws IOException {
        try (InputStream in = InventedArticleTest.class.getResourceAsStream(resource)) {
            assertNotNull(in);
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String[] parts = text.split("\n", 2);
            return Fixture.run(parts[0], parts[1].strip().split("\n\n"));
        }
    }

    @Test
    void everyQuotationOfTheStrikeStoryGoesToItsSpeaker() throws IOException {
        ArticleAttribution aa = strike();
        assertEquals("Henrik Sollen", Fixture.speakerOf(aa, "We offered a fair deal"));
        assertEquals("Henrik Sollen", Fixture.speakerOf(aa, "The union is holding"));
        assertEquals("Margit Aas", Fixture.speakerOf(aa, "Mr. Sollen knows"));
        assertEquals("Margit Aas", Fixture.speakerOf(aa, "A raise that keeps"));
        assertEquals("Ministry of Labour", Fixture.speakerOf(aa, "deeply concerned"));
        assertEquals("Tove Brekke", Fixture.speakerOf(aa, "If this lasts"));
        assertEquals("Henrik Sollen", Fixture.speakerOf(aa, "Not under these"));
        assertEquals("Lars Ovik", Fixture.speakerOf(aa, "confident a solution"));
        assertEquals("Lars Ovik", Fixture.speakerOf(aa, "Nobody wins"));
    }

    @Test
    void unnamedSpeakersOfTheStrikeStoryStayUnnamed() throws IOException {
        ArticleAttribution aa = strike();
        Attribution union = Fixture.find(aa, "as long as it takes");
        assertTrue(union.anonymous());
        assertTrue(union.speaker().toLowerCase().contains("union"));
        assertEquals(SpeakerKind.ORGANISATION, union.speakerKind());
        Attribution crane = Fixture.find(aa, "People are angry");
        assertTrue(crane.anonymous());
        assertTrue(crane.speaker().contains("crane operator"));
    }

    @Test
    void theStrikeStorysSpeakersCarryTheirRolesAndGenders() throws IOException {
        ArticleAttribution aa = strike();
        ArticleSpeaker aas = aa.speakerOf(Fixture.find(aa, "Mr. Sollen knows"));
        assertEquals("Union leader", aas.role());
        assertEquals(SpeakerKind.PERSON, aas.kind());
        assertEquals(Gender.FEMALE, aas.gender());
        ArticleSpeaker sollen = aa.speakerOf(Fixture.find(aa, "Not under these"));
        assertEquals(Gender.MALE, sollen.gender());
        assertTrue(sollen.aliases().contains("Sollen"));
    }

    /** A British politics story: "Ms Name" without a dot, "Sir Alan" for Sir Alan Crewe, a headline speaker. */
    @Test
    void everyQuotationOfTheHousingStoryGoesToItsSpeaker() throws IOException {
        ArticleAttribution aa = read("housing-article.txt");
        Attribution headline = Fixture.find(aa, "We Will Not Be Rushed");
        assertTrue(headline.quote().inTitle());
        assertEquals("Dana Harwick", headline.speaker());
        assertEquals("Dana Harwick", Fixture.speakerOf(aa, "will not be rushed"));
        assertEquals("Dana Harwick", Fixture.speakerOf(aa, "the biggest building"));
        assertEquals("Dana Harwick", Fixture.speakerOf(aa, "I understand"));
        assertEquals("Dana Harwick", Fixture.speakerOf(aa, "But people need"));
        Attribution spokesperson = Fixture.find(aa, "full confidence");
        assertTrue(spokesperson.anonymous());
        assertEquals("A Downing Street spokesperson", spokesperson.speaker());
        assertEquals("Alan Crewe", Fixture.speakerOf(aa, "a developers"));
        assertEquals("Alan Crewe", Fixture.speakerOf(aa, "This is not about"));
        assertEquals("Alan Crewe", Fixture.speakerOf(aa, "It is about who"));
        assertEquals("Priya Mehta", Fixture.speakerOf(aa, "chaos"));
        assertEquals("Priya Mehta", Fixture.speakerOf(aa, "They cannot"));
        assertEquals("Labour’s shadow housing secretary", aa.speakerOf(Fixture.find(aa, "chaos")).role());
        assertEquals("former minister", aa.speakerOf(Fixture.find(aa, "a developers")).role());
    }

    /** An American courts story: middle initials, "Sen. … Jr., R-Ark., who …, called", "the statement said". */
    @Test
    void everyQuotationOfTheCourtStoryGoesToItsSpeaker() throws IOException {
        ArticleAttribution aa = read("court-article.txt");
        assertEquals("Carla M. Reyes", Fixture.speakerOf(aa, "failed to consider"));
        assertEquals("U.S. District Judge", Fixture.find(aa, "failed to consider").role());
        assertEquals("Clearline", Fixture.speakerOf(aa, "We are confident"));
        assertEquals("the statement", Fixture.find(aa, "We are confident").mention());
        assertEquals("Robert T. Hale Jr", Fixture.speakerOf(aa, "a setback"));
        assertEquals("Luis Ortega", Fixture.speakerOf(aa, "This is our river"));
        assertEquals("Luis Ortega", Fixture.speakerOf(aa, "They wanted"));
        assertEquals("Beth Coyle", Fixture.speakerOf(aa, "It’s one ruling"));
        assertEquals("Beth Coyle", Fixture.speakerOf(aa, "They will be back"));
        assertTrue(aa.speakerOf(Fixture.find(aa, "This is our river")).gender() != Gender.FEMALE);
    }

    /** An Asian wire story: a family name first ("Wang said"), "the agency quoted X as saying", an anonymous official. */
    @Test
    void everyQuotationOfTheBorderStoryGoesToItsSpeaker() throws IOException {
        ArticleAttribution aa = read("border-article.txt");
        assertEquals("China", Fixture.speakerOf(aa, "maximum restraint"));
        assertEquals(null, Fixture.find(aa, "maximum restraint").role());
        assertEquals("Wang Lei", Fixture.speakerOf(aa, "closely following"));
        assertEquals("Wang Lei", Fixture.speakerOf(aa, "We hope the two sides"));
        assertEquals("Sita Rana", Fixture.speakerOf(aa, "will not accept"));
        Attribution official = Fixture.find(aa, "We are ready");
        assertTrue(official.anonymous());
        assertEquals("A senior security official", official.speaker());
        assertEquals("Hari Adhikari", Fixture.speakerOf(aa, "peace with all"));
        assertEquals("Mei Tanaka", Fixture.speakerOf(aa, "Both capitals"));
    }

    /** A local story where quotations follow narrative sentences about their speakers, not verbs of saying. */
    @Test
    void aQuotationAfterASentenceAboutSomeoneElseIsThatPersons() throws IOException {
        ArticleAttribution aa = read("council-article.txt");
        assertEquals("Joan Pruitt", Fixture.speakerOf(aa, "The stadium will pay"));
        assertEquals("Dev Shah", Fixture.speakerOf(aa, "Nobody has seen"));
        assertEquals("Omar Bell", Fixture.speakerOf(aa, "The study is independent"));
        assertEquals("Pruitt’s chief of staff", Fixture.find(aa, "The study is independent").role());
        assertEquals("Dev Shah", Fixture.speakerOf(aa, "A study paid for"));
        assertEquals("Rita Moss", Fixture.speakerOf(aa, "Match days"));
    }

    /** A feature in the present tense: "says", a given name alone, genders from possessives, a colon after a shrug. */
    @Test
    void everyQuotationOfTheFerryFeatureGoesToItsSpeaker() throws IOException {
        ArticleAttribution aa = read("ferry-article.txt");
        assertEquals("Aksel Dunn", Fixture.speakerOf(aa, "I knew this day"));
        assertEquals("Aksel Dunn", Fixture.speakerOf(aa, "I just hoped"));
        assertEquals("Liv", Fixture.speakerOf(aa, "There won’t be"));
        assertEquals("His daughter", Fixture.find(aa, "There won’t be").role());
        assertEquals("Petra Sand", Fixture.speakerOf(aa, "It is progress"));
        assertEquals("County engineer", Fixture.find(aa, "It is progress").role());
        assertEquals("Petra Sand", Fixture.speakerOf(aa, "Nobody will miss"));
        assertEquals("Aksel Dunn", Fixture.speakerOf(aa, "Fish, probably"));
        assertEquals("Hal Berg", Fixture.speakerOf(aa, "They said the same"));
        assertEquals("a retired teacher", Fixture.find(aa, "They said the same").role());
        assertEquals("Hal Berg", Fixture.speakerOf(aa, "It cost twice"));
        assertEquals(Gender.MALE, aa.speakerOf(Fixture.find(aa, "I knew this day")).gender());
    }

    /** Straight quotation marks, ", saying", ", telling", and "He added:" opening a new sentence after a quotation. */
    @Test
    void everyQuotationOfTheAirlineStoryGoesToItsSpeaker() throws IOException {
        ArticleAttribution aa = read("airline-article.txt");
        Attribution first = Fixture.find(aa, "staff shortages");
        assertEquals("Skyline Air", first.speaker());
        assertEquals(SpeakerKind.ORGANISATION, first.speakerKind());
        assertEquals("Mark Olsen", Fixture.speakerOf(aa, "get through this"));
        Attribution statement = Fixture.find(aa, "We apologise");
        assertEquals(SpeakerKind.ORGANISATION, statement.speakerKind());
        assertEquals("Sara Lind", Fixture.speakerOf(aa, "I've been here"));
        Attribution ross = Fixture.find(aa, "entirely predictable");
        assertEquals("Pete Ross", ross.speaker());
        assertEquals("told", ross.cue());
        assertEquals("Pete Ross", Fixture.speakerOf(aa, "We warned them"));
    }

    @Test
    void theCompanyIsTheOrganisationInView() {
        ArticleAttribution aa = Fixture.run(null,
                "Dorn Motors recalled 40,000 cars on Monday.",
                "“Safety comes first,” the company said.");
        assertEquals("Dorn Motors", Fixture.speakerOf(aa, "Safety comes first"));
    }

    /** A wire economics story with a dateline, straight marks, "Its finance spokeswoman, Name," and partial quotes. */
    @Test
    void everyQuotationOfTheRatesStoryGoesToItsSpeaker() throws IOException {
        ArticleAttribution aa = read("rates-article.txt");
        assertEquals("Ingrid Falk", Fixture.speakerOf(aa, "The disinflation"));
        assertEquals("Ingrid Falk", Fixture.speakerOf(aa, "We are not there yet"));
        assertEquals("Ingrid Falk", Fixture.speakerOf(aa, "not a target"));
        assertEquals("Ole Hagen", Fixture.speakerOf(aa, "June is the earliest"));
        assertEquals("Ole Hagen", Fixture.speakerOf(aa, "July is more likely"));
        assertEquals("Jon Ekdahl", Fixture.speakerOf(aa, "stick to its budget"));
        assertEquals("Marit Sund", Fixture.speakerOf(aa, "asleep at the wheel"));
        assertEquals("Marit Sund", Fixture.speakerOf(aa, "paid the price"));
    }
}
