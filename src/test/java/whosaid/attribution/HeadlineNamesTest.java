package whosaid.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import whosaid.text.Span;
import whosaid.text.Tokenizer;

/**
 * Feeds often repeat the headline and deck, set in title case, as the first lines of the body. A run of capitals
 * there is no name: "Union Leaders Rip Jane Holt" must not become a person. Every text here is invented.
 */
class HeadlineNamesTest {
    private static boolean titleCase(String line) {
        return TitleCaseLines.isTitleCase(Tokenizer.tokenize(line, 0, line.length(), List.<Span>of(), List.of()));
    }

    @Test
    void aTitleCaseHeadlineIsTitleCaseAndRunningTextIsNot() {
        assertTrue(titleCase("Union Leaders Rip Mayor Jane Holt Over Pay Offer"));
        assertTrue(titleCase("Council Votes To Close Three Libraries After Budget Fight"));
        assertFalse(titleCase("Mayor Jane Holt said on Monday that the council would close three libraries."));
        // many names, but written as a sentence
        assertFalse(titleCase("Jane Holt, Omar Reyes and Lena Fox met union leaders from Dunmore and Kellbridge on Friday."));
        assertFalse(titleCase("Budget Cuts")); // too short to tell
        // a short sentence of names still has a lower-case verb
        assertFalse(titleCase("Officials at the Harlow Water Board met on Tuesday."));
    }

    @Test
    void aHeadlineLineInTheBodyLendsNoNameToItsPerson() {
        ArticleAttribution aa = Fixture.run(null,
                "Union Leaders Rip Jane Holt Over ‘Insulting’ Pay Offer",
                "Mayor Jane Holt defended the offer on Monday.",
                "“We have been fair with every worker in this city,” Holt said.");
        assertEquals("Jane Holt", Fixture.speakerOf(aa, "We have been fair"));
    }

    @Test
    void aNameNeverRunsAcrossALineBreak() {
        ArticleAttribution aa = Fixture.run(null,
                "Council Budget Vote Delayed Again\nOmar Reyes said: “The numbers do not add up yet.”");
        assertEquals("Omar Reyes", Fixture.speakerOf(aa, "The numbers"));
    }

    @Test
    void theNameMostArticlesUseIsCanonicalNotTheLongestSeenOnce() {
        SpeakerLinker l = new SpeakerLinker(List.of());
        Set<String> forms = Set.of("Jane Holt", "Holt");
        l.link(new ArticleSpeaker("Rival Jane Holt", SpeakerKind.PERSON, null, false,
                Set.of("Rival Jane Holt", "Holt"), Gender.FEMALE));
        l.link(new ArticleSpeaker("Jane Holt", SpeakerKind.PERSON, null, false, forms, Gender.FEMALE));
        LinkedSpeaker last = l.link(new ArticleSpeaker("Jane Holt", SpeakerKind.PERSON, null, false, forms, Gender.FEMALE));
        assertEquals(1, l.speakers().size());
        assertEquals("Jane Holt", last.speaker().canonicalName());
    }
}
