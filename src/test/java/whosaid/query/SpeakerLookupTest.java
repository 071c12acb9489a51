package whosaid.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class SpeakerLookupTest {
    private static SpeakerView speaker(long id, String name, String... aliases) {
        return new SpeakerView(id, name, "person", null, null, false, List.of(aliases), 1, List.of());
    }

    private final List<SpeakerView> speakers = List.of(
            speaker(1, "Tomas Brandt", "Brandt", "Thomas Brandt"),
            speaker(2, "Mara Lindqvist", "Lindqvist", "Ms. Lindqvist"),
            speaker(3, "Jon Lindqvist"));

    @Test
    void findsByCanonicalNameIgnoringCaseAndHonorifics() {
        assertEquals(List.of(1L), ids(SpeakerLookup.find(speakers, "mr. tomas  BRANDT")));
    }

    @Test
    void findsByAnyAlias() {
        assertEquals(List.of(1L), ids(SpeakerLookup.find(speakers, "Thomas Brandt")));
    }

    @Test
    void aSurnameSharedByTwoPeopleIsAmbiguousUnlessAnAliasSettlesIt() {
        assertEquals(List.of(2L), ids(SpeakerLookup.find(speakers, "Lindqvist")));
        assertEquals(List.of(2L, 3L), ids(SpeakerLookup.find(List.of(speakers.get(0),
                speaker(2, "Mara Lindqvist"), speakers.get(2)), "Lindqvist")));
    }

    @Test
    void narrowNoBreakSpacesDoNotMatter() {
        assertEquals(List.of(1L), ids(SpeakerLookup.find(speakers, "Tomas\u202FBrandt")));
    }

    @Test
    void unknownNameFindsNothing() {
        assertEquals(List.of(), SpeakerLookup.find(speakers, "Nobody Here"));
    }

    private static List<Long> ids(List<SpeakerView> found) {
        return found.stream().map(SpeakerView::id).toList();
    }
}
