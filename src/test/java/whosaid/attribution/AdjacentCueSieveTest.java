package whosaid.attribution;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class AdjacentCueSieveTest {
    @Test
    void invertedVerbAfterTheQuoteNamesTheSpeakerAndItsRole() {
        ArticleAttribution aa = Fixture.run(null,
                "“The dam will hold through the winter,” said Teodora Lisk, the chief engineer of Marrow County.");
        Attribution a = Fixture.find(aa, "The dam");
        assertEquals("Teodora Lisk", a.speaker());
        assertEquals("said", a.cue());
        assertEquals("adjacent-cue", a.sieve());
        assertFalse(a.anonymous());
    }

    @Test
    void nameThenVerbAfterTheQuote() {
        ArticleAttribution aa = Fixture.run(null, "“We need more buses,” Council member Ravi Okonjo told reporters.");
        assertEquals("Ravi Okonjo", Fixture.speakerOf(aa, "We need"));
    }

    @Test
    void titleWordsBeforeANameAreNotPartOfIt() {
        ArticleAttribution aa = Fixture.run(null,
                "Veloria’s Deputy Prime Minister and Trade Minister Ilse Marant said: “Tariffs will fall.”");
        assertEquals("Ilse Marant", Fixture.speakerOf(aa, "Tariffs"));
    }

    @Test
    void colonAfterANameWithAnApposition() {
        ArticleAttribution aa = Fixture.run(null,
                "Osei Brandt, a transport analyst, commented on the strike: “Nobody wins a long strike.”");
        assertEquals("Osei Brandt", Fixture.speakerOf(aa, "Nobody"));
    }

    @Test
    void anAppositionNameAfterARoleIsTheSpeaker() {
        ArticleAttribution aa = Fixture.run(null,
                "A spokesman for the Harbour Authority, Lev Tamsin, said: “The port stays open.”",
                "“Ships are waiting,” the city’s deputy mayor, Ana Quill, said on Tuesday.");
        assertEquals("Lev Tamsin", Fixture.speakerOf(aa, "The port"));
        assertEquals("Ana Quill", Fixture.speakerOf(aa, "Ships"));
    }

    @Test
    void aQuoteSplitByItsAttributionGivesBothHalvesTheSameSpeaker() {
        ArticleAttribution aa = Fixture.run(null,
                "Marit Solberg, a nurse in Halden, was tired after the night shift.",
                "“Honestly,” she said, “we cannot keep this pace.”");
        assertEquals("Marit Solberg", Fixture.speakerOf(aa, "Honestly"));
        assertEquals("Marit Solberg", Fixture.speakerOf(aa, "we cannot"));
    }

    @Test
    void anOrganisationSpeaksAndItsStatementToo() {
        ArticleAttribution aa = Fixture.run(null,
                "“Talks will resume next week,” Veloria’s Foreign Ministry announced in a statement.",
                "“Both delegations have agreed on an agenda,” the statement added.");
        assertEquals("Veloria’s Foreign Ministry", Fixture.speakerOf(aa, "Talks"));
        assertEquals("Veloria’s Foreign Ministry", Fixture.speakerOf(aa, "Both delegations"));
        assertEquals(SpeakerKind.ORGANISATION, Fixture.find(aa, "Talks").speakerKind());
    }

    @Test
    void accordingToNamesTheSource() {
        ArticleAttribution aa = Fixture.run(null,
                "The bridge was “structurally unsound,” according to Hedda Voss, an inspector.");
        assertEquals("Hedda Voss", Fixture.speakerOf(aa, "structurally"));
    }

    @Test
    void narrowNoBreakSpacesInsideANameAreKept() {
        ArticleAttribution aa = Fixture.run(null,
                "Another resident, Farid\u202Fullah Noori, said: “We were never told.”");
        assertEquals("Farid\u202Fullah Noori", Fixture.speakerOf(aa, "We were"));
    }
}
