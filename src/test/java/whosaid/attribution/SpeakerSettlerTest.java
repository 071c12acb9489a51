package whosaid.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SpeakerSettlerTest {
    private static CorpusSpeaker person(long id, int articles, String... forms) {
        return new CorpusSpeaker(id, forms[0], SpeakerKind.PERSON, false, Set.of(forms), articles);
    }

    private static List<SpeakerMerge> settle(CorpusSpeaker... speakers) {
        return new SpeakerSettler().settle(List.of(speakers));
    }

    @Test
    void aBareSurnameJoinsTheOnePersonCarryingIt() {
        assertEquals(List.of(new SpeakerMerge(1, 2)),
                settle(person(1, 9, "Velkova", "Ms. Velkova"), person(2, 1, "Irina Velkova"),
                        person(3, 4, "Tomas Brandt")));
    }

    @Test
    void anEntityOfUnknownKindMayTakeTheBareSurname() {
        CorpusSpeaker full = new CorpusSpeaker(2, "Irina Velkova", SpeakerKind.UNKNOWN, false,
                Set.of("Irina Velkova"), 2);
        assertEquals(List.of(new SpeakerMerge(1, 2)), settle(person(1, 3, "Velkova"), full));
    }

    @Test
    void aBareSurnameSharedByTwoPeopleGoesToTheSalientOne() {
        assertEquals(List.of(new SpeakerMerge(1, 2)),
                settle(person(1, 5, "Brandt"), person(2, 9, "Tomas Brandt"), person(3, 3, "Hilde Brandt")));
    }

    @Test
    void aSharedSurnameWithoutASalientCarrierStaysApart() {
        // 6 articles against 3 is not three times as many
        assertEquals(List.of(), settle(person(1, 5, "Brandt"), person(2, 6, "Tomas Brandt"),
                person(3, 3, "Hilde Brandt")));
        // three times as many, but two articles against none prove nothing
        assertEquals(List.of(), settle(person(1, 5, "Brandt"), person(2, 2, "Tomas Brandt"),
                person(3, 0, "Hilde Brandt")));
    }

    @Test
    void anEntityWithAFullNameOrTwoSurnamesIsNotBare() {
        assertEquals(List.of(), settle(person(1, 2, "Brandt", "Tomas Brandt"), person(2, 9, "Hilde Brandt")));
        assertEquals(List.of(), settle(person(1, 2, "Brandt", "Velkova"), person(2, 9, "Hilde Brandt")));
    }

    @Test
    void organisationsAreNeverMergedWithPeople() {
        CorpusSpeaker body = new CorpusSpeaker(1, "Marlowe", SpeakerKind.ORGANISATION, false, Set.of("Marlowe"), 4);
        assertEquals(List.of(), settle(body, person(2, 1, "Ada Marlowe")));
        CorpusSpeaker firm = new CorpusSpeaker(2, "Kestrel Marlowe", SpeakerKind.ORGANISATION, false,
                Set.of("Kestrel Marlowe"), 1);
        assertEquals(List.of(), settle(person(1, 4, "Marlowe"), firm));
        // an organisation carrying the surname makes it ambiguous unless the person is salient over it
        assertEquals(List.of(), settle(person(1, 4, "Marlowe"), firm, person(3, 2, "Ada Marlowe")));
        assertEquals(List.of(new SpeakerMerge(1, 3)),
                settle(person(1, 4, "Marlowe"), firm, person(3, 6, "Ada Marlowe")));
    }

    @Test
    void unnamedSourcesAreNeverMerged() {
        CorpusSpeaker unnamedBare = new CorpusSpeaker(1, "Marlowe", SpeakerKind.PERSON, true, Set.of(), 4);
        assertEquals(List.of(), settle(unnamedBare, person(2, 1, "Ada Marlowe")));
        CorpusSpeaker unnamedFull = new CorpusSpeaker(2, "an aide to Ada Marlowe", SpeakerKind.PERSON, true,
                Set.of(), 7);
        assertEquals(List.of(), settle(person(1, 4, "Marlowe"), unnamedFull));
    }

    @Test
    void settlingTheSettledMergesNothing() {
        CorpusSpeaker merged = person(2, 10, "Irina Velkova", "Velkova", "Ms. Velkova");
        assertEquals(List.of(), settle(merged, person(3, 4, "Tomas Brandt")));
    }

    @Test
    void onlyWordsWrittenAsANameSettle() {
        // a lower-case word before it: a fragment ("former Ruritania"), not a given name
        assertEquals(List.of(), settle(person(1, 3, "Ruritania"), person(2, 1, "former Ruritania")));
        // a word in capitals: a body or an acronym
        assertEquals(List.of(), settle(person(1, 3, "Ruritania"), person(2, 1, "HARBOURNEWS Ruritania")));
        assertEquals(List.of(), settle(person(1, 3, "RPA"), person(2, 1, "Ruritania RPA")));
        // honorifics, initials, suffixes and particles are a name's words
        assertEquals(List.of(new SpeakerMerge(1, 2)),
                settle(person(1, 3, "Mr. Berg"), person(2, 1, "Dr. Ola J. van Berg Jr.")));
        assertEquals(List.of(new SpeakerMerge(1, 2)), settle(person(1, 3, "Sharaa"), person(2, 1, "Adel al-Sharaa")));
    }
}
