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
        try (InputStream in = InventedArticleTest.class.getResourceAsStream("strike-article.txt")) {
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
        assertEquals('f', aas.gender());
        ArticleSpeaker sollen = aa.speakerOf(Fixture.find(aa, "Not under these"));
        assertEquals('m', sollen.gender());
        assertTrue(sollen.aliases().contains("Sollen"));
    }
}
