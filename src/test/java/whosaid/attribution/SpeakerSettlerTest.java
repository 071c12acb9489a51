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

    @Test
    void aFamiliarGivenNameJoinsTheFullOneWithTheSameSurname() {
        assertEquals(List.of(new SpeakerMerge(2, 1)),
                settle(person(1, 6, "Joseph R. Velkov", "Velkov"), person(2, 2, "Joe Velkov"),
                        person(3, 4, "Tomas Velkov")));
        // the group goes to its most quoted entity, whichever form it uses
        assertEquals(List.of(new SpeakerMerge(1, 2)),
                settle(person(1, 2, "Joseph R. Velkov"), person(2, 6, "Joe Velkov")));
        // found from both sides (each uses a familiar form the other shortens): still one group, one merge
        assertEquals(List.of(new SpeakerMerge(2, 1)),
                settle(person(1, 4, "Joe Velkov", "Joseph Velkov"), person(2, 2, "Joey Velkov", "Joseph Velkov")));
    }

    @Test
    void aFamiliarNameThatCouldBeTwoPeopleStaysApart() {
        // two people whose full names it may shorten
        assertEquals(List.of(), settle(person(1, 3, "Chris Arden"), person(2, 2, "Christopher Arden"),
                person(3, 2, "Christine Arden")));
        // two entities already use it
        assertEquals(List.of(), settle(person(1, 3, "Bill Arden"), person(2, 2, "William Arden"),
                person(3, 2, "Bill Arden", "B. Arden")));
        // one of them is also named with another given name: something is already wrong there
        assertEquals(List.of(), settle(person(1, 3, "Bill Arden"), person(2, 2, "William Arden", "Mary Arden")));
        // different given names are different people
        assertEquals(List.of(), settle(person(1, 3, "Bill Arden"), person(2, 2, "Robert Arden")));
    }

    @Test
    void aBareSurnameFollowsItsPersonIntoTheFamiliarFormsGroup() {
        assertEquals(List.of(new SpeakerMerge(2, 1), new SpeakerMerge(3, 1)),
                settle(person(1, 6, "Joseph Velkov"), person(2, 1, "Joe Velkov"), person(3, 2, "Velkov")));
        // two carriers that are one person do not make the surname ambiguous
        assertEquals(List.of(new SpeakerMerge(2, 1), new SpeakerMerge(3, 1)),
                settle(person(1, 2, "Joseph Velkov"), person(2, 2, "Joe Velkov"), person(3, 2, "Velkov")));
    }
}
