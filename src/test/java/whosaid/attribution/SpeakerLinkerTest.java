package whosaid.attribution;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpeakerLinkerTest {
    private static ArticleSpeaker person(String name, String role, String... aliases) {
        Set<String> forms = new java.util.LinkedHashSet<>(List.of(aliases));
        forms.add(name);
        return new ArticleSpeaker(name, SpeakerKind.PERSON, role, false, forms, Gender.UNKNOWN);
    }

    @Test
    void aTransliterationVariantOfTheGivenNameMerges() {
        SpeakerLinker l = new SpeakerLinker(List.of());
        LinkedSpeaker a = l.link(person("Nasrullah Haidari", "spokesman"));
        LinkedSpeaker b = l.link(person("Nasrulla Haidari", null));
        assertEquals(a.speaker().id(), b.speaker().id());
        assertFalse(b.created());
        assertTrue(b.speaker().aliases().contains("Nasrulla Haidari"));
    }

    @Test
    void aSharedGivenNameIsNotEnough() {
        SpeakerLinker l = new SpeakerLinker(List.of());
        LinkedSpeaker a = l.link(person("Khalid Omar", "minister"));
        LinkedSpeaker b = l.link(person("Omar Farouk", "analyst"));
        assertNotEquals(a.speaker().id(), b.speaker().id());
    }

    @Test
    void aFullerNameRenamesTheKnownSpeaker() {
        SpeakerLinker l = new SpeakerLinker(List.of(
                new KnownSpeaker(7, "Selim Arkan", SpeakerKind.PERSON, "envoy", false, Set.of("Selim Arkan"))));
        LinkedSpeaker b = l.link(person("Selim Bora Arkan", null, "Arkan"));
        assertEquals(7, b.speaker().id());
        assertTrue(b.renamed());
        assertEquals("Selim Bora Arkan", b.speaker().canonicalName());
    }

    @Test
    void aRoleWordBeforeTheNameDoesNotMakeTheFullerName() {
        SpeakerLinker l = new SpeakerLinker(List.of());
        LinkedSpeaker a = l.link(person("Journalist Tereza Vlk", null, "Vlk"));
        LinkedSpeaker b = l.link(person("Tereza Vlk", "journalist", "Vlk"));
        assertEquals(a.speaker().id(), b.speaker().id());
        assertEquals("Tereza Vlk", b.speaker().canonicalName());
    }

    @Test
    void aBareSurnameSharedByTwoKnownPeopleIsNeverGuessed() {
        SpeakerLinker l = new SpeakerLinker(List.of(
                new KnownSpeaker(1, "Aisha Khan", SpeakerKind.PERSON, null, false, Set.of("Aisha Khan")),
                new KnownSpeaker(2, "Bilal Khan", SpeakerKind.PERSON, null, false, Set.of("Bilal Khan"))));
        LinkedSpeaker k = l.link(person("Khan", null));
        assertTrue(k.created());
        assertEquals(3, l.speakers().size());
    }

    @Test
    void aBareSurnameOfExactlyOneKnownPersonLinks() {
        SpeakerLinker l = new SpeakerLinker(List.of(
                new KnownSpeaker(1, "Aisha Khan", SpeakerKind.PERSON, null, false, Set.of("Aisha Khan"))));
        assertEquals(1, l.link(person("Khan", null)).speaker().id());
    }

    @Test
    void aFullNameNeverLinksToAnotherFullNameThroughTheSurnameAlone() {
        SpeakerLinker l = new SpeakerLinker(List.of(new KnownSpeaker(1, "Tariq Ahmed Rahimi", SpeakerKind.PERSON,
                "former senator", false, Set.of("Tariq Ahmed Rahimi", "Rahimi"))));
        LinkedSpeaker other = l.link(person("Yusuf Rahimi", null, "Rahimi"));
        assertTrue(other.created(), "Yusuf Rahimi is not Tariq Ahmed Rahimi");
        assertEquals(2, l.speakers().size());
    }

    @Test
    void unnamedSourcesNeverMergeButANamedOfficeLinksToItsHolder() {
        SpeakerLinker l = new SpeakerLinker(List.of());
        l.link(person("Ilse Marant", "Veloria’s Deputy Prime Minister and Trade Minister"));
        LinkedSpeaker official = l.link(new ArticleSpeaker("a Velorian official", SpeakerKind.PERSON, null, true,
                Set.of("a Velorian official"), Gender.UNKNOWN));
        LinkedSpeaker again = l.link(new ArticleSpeaker("a Velorian official", SpeakerKind.PERSON, null, true,
                Set.of("a Velorian official"), Gender.UNKNOWN));
        assertNotEquals(official.speaker().id(), again.speaker().id());
        LinkedSpeaker office = l.link(new ArticleSpeaker("Veloria’s trade minister", SpeakerKind.PERSON, null, true,
                Set.of("Veloria’s trade minister"), Gender.UNKNOWN));
        assertEquals("Ilse Marant", office.speaker().canonicalName());
    }

    @Test
    void aPersonAndABodyOfOtherNamesNeverMerge() {
        SpeakerLinker l = new SpeakerLinker(List.of());
        LinkedSpeaker p = l.link(person("Jordan Hale", null, "Hale"));
        LinkedSpeaker o = l.link(body("Hale Foundation"));
        assertNotEquals(p.speaker().id(), o.speaker().id());
    }

    @Test
    void oneArticleReadingAPersonAsABodyNeitherSplitsNorRetypesThem() {
        SpeakerLinker l = new SpeakerLinker(List.of());
        LinkedSpeaker p = l.link(person("Jordan Hale", null, "Hale"));
        LinkedSpeaker o = l.link(new ArticleSpeaker("Jordan Hale", SpeakerKind.ORGANISATION, null, false,
                Set.of("Jordan Hale", "Hale"), Gender.UNKNOWN));
        LinkedSpeaker again = l.link(person("Jordan Hale", null));
        assertEquals(p.speaker().id(), o.speaker().id());
        assertEquals(p.speaker().id(), again.speaker().id());
        assertEquals(SpeakerKind.PERSON, again.speaker().kind());
        assertEquals(1, l.speakers().size());
    }

    @Test
    void theKindMostArticlesReadWins() {
        SpeakerLinker l = new SpeakerLinker(List.of());
        l.link(body("Ruritania Energy"));
        LinkedSpeaker p = l.link(person("Ruritania Energy", null));
        assertEquals(SpeakerKind.ORGANISATION, p.speaker().kind(), "a tie keeps the kind read first");
        l.link(person("Ruritania Energy", null));
        LinkedSpeaker third = l.link(person("Ruritania Energy", null));
        assertEquals(SpeakerKind.PERSON, third.speaker().kind());
        assertEquals(1, l.speakers().size());
    }

    @Test
    void aMiddleInitialAndAGenerationalSuffixDoNotMakeANewPerson() {
        SpeakerLinker l = new SpeakerLinker(List.of());
        LinkedSpeaker a = l.link(person("Carla M. Reyes", "judge", "Reyes"));
        LinkedSpeaker b = l.link(person("Carla Reyes", null));
        LinkedSpeaker c = l.link(person("Robert T. Hale Jr", "Sen"));
        LinkedSpeaker d = l.link(person("Robert Hale", null, "Hale"));
        assertEquals(a.speaker().id(), b.speaker().id());
        assertEquals(c.speaker().id(), d.speaker().id());
        assertNotEquals(a.speaker().id(), c.speaker().id());
    }

    @Test
    void twoPeopleWithOneSurnameAndOneOfficeStayTwo() {
        SpeakerLinker l = new SpeakerLinker(List.of());
        LinkedSpeaker a = l.link(person("Aisha Khan", "minister"));
        LinkedSpeaker b = l.link(person("Bilal Khan", "minister"));
        assertNotEquals(a.speaker().id(), b.speaker().id());
    }

    @Test
    void anOrganisationLinksByItsWholeNameOnly() {
        SpeakerLinker l = new SpeakerLinker(List.of());
        ArticleSpeaker ministry = new ArticleSpeaker("Ruritania’s Foreign Ministry", SpeakerKind.ORGANISATION, null,
                false, Set.of("Ruritania’s Foreign Ministry"), Gender.UNKNOWN);
        ArticleSpeaker other = new ArticleSpeaker("Ostland’s Foreign Ministry", SpeakerKind.ORGANISATION, null,
                false, Set.of("Ostland’s Foreign Ministry"), Gender.UNKNOWN);
        LinkedSpeaker a = l.link(ministry);
        LinkedSpeaker b = l.link(other);
        LinkedSpeaker c = l.link(ministry);
        assertNotEquals(a.speaker().id(), b.speaker().id());
        assertEquals(a.speaker().id(), c.speaker().id());
    }

    @Test
    void linkingIsRepeatableAndAddsAliases() {
        SpeakerLinker l = new SpeakerLinker(List.of());
        LinkedSpeaker a = l.link(person("Wang Lei", "spokesman", "Wang"));
        LinkedSpeaker b = l.link(person("Wang Lei", "spokesman", "Mr. Wang"));
        assertEquals(a.speaker().id(), b.speaker().id());
        assertTrue(b.newAliases().contains("Mr. Wang"));
        assertEquals(1, l.speakers().size());
    }

    private static ArticleSpeaker body(String name) {
        return new ArticleSpeaker(name, SpeakerKind.ORGANISATION, null, false, Set.of(name), Gender.UNKNOWN);
    }

    @Test
    void oneMinistryNamedThreeWaysIsOneBody() {
        SpeakerLinker l = new SpeakerLinker(List.of());
        long id = l.link(body("the Ruritanian Ministry of Foreign Affairs")).speaker().id();
        assertEquals(id, l.link(body("Ruritania’s Foreign Ministry")).speaker().id());
        // read as a description (it opens with "The"), yet it names the same body
        ArticleSpeaker described = new ArticleSpeaker("The foreign ministry of Ruritania", SpeakerKind.ORGANISATION,
                null, true, Set.of("The foreign ministry of Ruritania"), Gender.UNKNOWN);
        assertEquals(id, l.link(described).speaker().id());
        assertEquals(1, l.speakers().size());
    }

    @Test
    void aDescriptionWithoutAProperNounNamesNoBody() {
        SpeakerLinker l = new SpeakerLinker(List.of());
        long id = l.link(body("the Foreign Ministry")).speaker().id();
        ArticleSpeaker described = new ArticleSpeaker("the foreign ministry", SpeakerKind.ORGANISATION,
                null, true, Set.of("the foreign ministry"), Gender.UNKNOWN);
        assertNotEquals(id, l.link(described).speaker().id());
    }

    @Test
    void twoMinistriesOfOneCountryStayApart() {
        SpeakerLinker l = new SpeakerLinker(List.of());
        LinkedSpeaker foreign = l.link(body("Ruritania’s Foreign Ministry"));
        LinkedSpeaker defence = l.link(body("Ruritania’s Defence Ministry"));
        LinkedSpeaker other = l.link(body("Borduria’s Foreign Ministry"));
        assertNotEquals(foreign.speaker().id(), defence.speaker().id());
        assertNotEquals(foreign.speaker().id(), other.speaker().id());
    }

    @Test
    void aBareSurnameGoesToThePersonTheCorpusHasMadeSalient() {
        SpeakerLinker l = new SpeakerLinker(List.of());
        long often = 0;
        for (int i = 0; i < 4; i++) {
            often = l.link(person("Marta Quill", null, "Quill")).speaker().id();
        }
        long once = l.link(person("Oskar Quill", null, "Quill")).speaker().id();
        assertNotEquals(often, once);
        assertEquals(often, l.link(person("Quill", null)).speaker().id());
    }

    @Test
    void aBareSurnameOfTwoPeopleEquallyNamedJoinsNeitherButStaysOneEntity() {
        SpeakerLinker l = new SpeakerLinker(List.of());
        long a = l.link(person("Marta Quill", null, "Quill")).speaker().id();
        long b = l.link(person("Oskar Quill", null, "Quill")).speaker().id();
        long bare1 = l.link(person("Quill", null)).speaker().id();
        long bare2 = l.link(person("Quill", null)).speaker().id();
        assertNotEquals(a, bare1);
        assertNotEquals(b, bare1);
        assertEquals(bare1, bare2);
    }
}
