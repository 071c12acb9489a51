package whosaid.attribution;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * A printed interview transcript: each turn opens with its speaker's name in capitals and a colon, which names the
 * speaker whatever the colon lead before the transcript says. Invented article and people.
 */
class TranscriptTurnTest {
    private static ArticleAttribution transcript() {
        return Fixture.run(null,
                "Mira Harland, the port authority's chair, spoke to Tomas Welby of Radio Kestra on Tuesday about the "
                        + "closure of the east quay.",
                "Partial transcript as follows:",
                "“WELBY: Did the authority know the quay was unsafe?”",
                "“HARLAND: We never said that. The survey came later.”",
                "“SEN. OKAFOR: The committee will want to see that survey.”",
                "“VIDEO: Footage of the east quay at night.”",
                "“Q: Will it reopen this year?”");
    }

    @Test
    void aCapitalsLabelNamesTheTurnsSpeakerAsASurnameOfTheArticle() {
        ArticleAttribution aa = transcript();
        assertEquals("Mira Harland", Fixture.speakerOf(aa, "HARLAND: We never"));
        assertEquals("Tomas Welby", Fixture.speakerOf(aa, "WELBY: Did the"));
    }

    @Test
    void aLabelTheArticleNeverIntroducedIsTheNameInTitleCaseWithoutItsTitle() {
        assertEquals("Okafor", Fixture.speakerOf(transcript(), "SEN. OKAFOR:"));
    }

    @Test
    void labelsThatNameNobodyGiveNoSpeakerNotTheColonLead() {
        ArticleAttribution aa = transcript();
        assertNull(Fixture.speakerOf(aa, "VIDEO: Footage"));
        assertNull(Fixture.speakerOf(aa, "Q: Will it"));
    }

    @Test
    void aLabelBeforeTheQuotationNamesTheSpeakerToo() {
        ArticleAttribution aa = Fixture.run(null,
                "Mira Harland, the port authority's chair, was interviewed on Tuesday.",
                "Full transcript below:",
                "HARLAND: “We never said that.”");
        assertEquals("Mira Harland", Fixture.speakerOf(aa, "We never said"));
    }

    @Test
    void aCapitalisedOrdinaryWordOpeningAColonLeadIsNoSpeaker() {
        ArticleAttribution aa = Fixture.run(null,
                "Mira Harland, the port authority's chair, spoke to Radio Kestra on Tuesday.",
                "Partial transcript as follows:",
                "“The quay will reopen when the survey is done.”");
        assertNull(Fixture.speakerOf(aa, "The quay will"));
    }
}
