package whosaid.attribution;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class NameResolutionTest {
    @Test
    void aSurnameTakesTheFullestNameOfTheArticle() {
        ArticleAttribution aa = Fixture.run(null,
                "Marrow’s Interior Minister Anselm Rudolf Kade met the envoys.",
                "“The border stays closed,” Kade said.");
        assertEquals("Anselm Rudolf Kade", Fixture.speakerOf(aa, "The border"));
    }

    @Test
    void twoPeopleSharingAGivenNameStayApart() {
        ArticleAttribution aa = Fixture.run(null,
                "“We want calm,” said Yusuf Demir, the defence minister.",
                "“Calm requires trust,” said Halil Yusuf, a former envoy.",
                "“Trust is earned,” Demir said.");
        assertEquals("Yusuf Demir", Fixture.speakerOf(aa, "We want"));
        assertEquals("Halil Yusuf", Fixture.speakerOf(aa, "Calm requires"));
        assertEquals("Yusuf Demir", Fixture.speakerOf(aa, "Trust is"));
    }

    @Test
    void threePeopleSharingASurnameStayThree() {
        ArticleAttribution aa = Fixture.run(null,
                "“The law is clear,” said Amara Osei, a judge.",
                "“The law is old,” said Kwame Osei, a lawyer.",
                "“The law is ours,” said Efua Osei, a student.",
                "“We appeal,” Kwame Osei said.");
        assertEquals("Amara Osei", Fixture.speakerOf(aa, "The law is clear"));
        assertEquals("Kwame Osei", Fixture.speakerOf(aa, "The law is old"));
        assertEquals("Efua Osei", Fixture.speakerOf(aa, "The law is ours"));
        assertEquals("Kwame Osei", Fixture.speakerOf(aa, "We appeal"));
        assertNotEquals(Fixture.find(aa, "The law is clear").speaker(), Fixture.find(aa, "The law is old").speaker());
    }

    @Test
    void honorificsMarkTheSameManAndAreDroppedFromTheName() {
        ArticleAttribution aa = Fixture.run(null,
                "“The market is nervous,” said Tomas Lind, an economist.",
                "“It will pass,” said Mr. Lind, the economist at Norrbank.");
        assertEquals("Tomas Lind", Fixture.speakerOf(aa, "It will pass"));
    }

    @Test
    void aCampaignNamedAfterAPersonDoesNotMakeHerAnOrganisation() {
        ArticleAttribution aa = Fixture.run(null,
                "“We are ahead,” said Ana Ruiz, a candidate for mayor.",
                "The Ruiz campaign did not answer questions about the poll.",
                "“We will keep going,” Ruiz said.");
        ArticleSpeaker ruiz = aa.speakers().stream().filter(s -> s.name().equals("Ana Ruiz")).findFirst()
                .orElseThrow();
        assertEquals(SpeakerKind.PERSON, ruiz.kind());
        assertEquals("Ana Ruiz", Fixture.speakerOf(aa, "We will keep"));
    }
}
