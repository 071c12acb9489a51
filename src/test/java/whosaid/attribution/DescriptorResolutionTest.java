package whosaid.attribution;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DescriptorResolutionTest {
    @Test
    void aDescriptorResolvesToTheNameTheArticleTiedToThatRoleTwoParagraphsBack() {
        ArticleAttribution aa = Fixture.run(null,
                "Corvania’s Energy Minister Pavel Strand said on Monday that prices would fall.",
                "Gas reserves stood at 80 percent, the grid operator reported.",
                "“Nobody will freeze this winter,” the minister said.");
        Attribution a = Fixture.find(aa, "Nobody");
        assertEquals("Pavel Strand", a.speaker());
        assertEquals("the minister", a.mention());
    }

    @Test
    void aBasedAnalystDescriptorFindsTheAnalyst() {
        ArticleAttribution aa = Fixture.run(null,
                "Nina Albescu, a political analyst based in Dorvik, said the vote was rushed.",
                "Turnout was low in the north.",
                "“Why hold it in winter?” the Dorvik-based analyst asked.");
        assertEquals("Nina Albescu", Fixture.speakerOf(aa, "Why hold"));
    }

    @Test
    void aDifferentOfficeDoesNotTakeTheMinistersName() {
        ArticleAttribution aa = Fixture.run(null,
                "Corvania’s Defence Minister Pavel Strand spoke first.",
                "Corvania’s foreign minister said the talks were “a first step”.");
        Attribution a = Fixture.find(aa, "a first step");
        assertEquals("Corvania’s foreign minister", a.speaker());
        assertTrue(a.anonymous());
    }

    @Test
    void anUnnamedSourceKeepsItsDescriptor() {
        ArticleAttribution aa = Fixture.run(null,
                "In a phone interview, a local fisherman said: “The catch has halved since spring.”",
                "A member of the harbour council blamed the new quotas.",
                "“The quotas were written in the capital,” the harbour council member said.");
        Attribution fisher = Fixture.find(aa, "The catch");
        assertEquals("a local fisherman", fisher.speaker());
        assertTrue(fisher.anonymous());
        Attribution member = Fixture.find(aa, "The quotas");
        assertTrue(member.anonymous());
        assertTrue(member.speaker().toLowerCase().contains("member"));
    }

    @Test
    void theHeadOfSomethingIsAFullDescriptionNotAPronoun() {
        ArticleAttribution aa = Fixture.run(null,
                "The head of the port authority visited the docks and told reporters “everything is under control.”");
        Attribution a = Fixture.find(aa, "everything");
        assertEquals("The head of the port authority", a.speaker());
        assertTrue(a.anonymous());
        assertFalse(a.speaker().isEmpty());
    }
}
