package whosaid.claims;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import whosaid.quotes.QuoteKind;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A quote that opens with a pronoun for what its speaker just said finishes that claim; on invented articles. */
class ContinuationsTest {

    private static Lexicon wordNet;

    @BeforeAll
    static void loadWordNet() {
        wordNet = new WordNetLexicon();
    }

    /** The statement for {@code quote} as it stands in {@code body} (first occurrence). */
    private static Statement at(long id, String body, String speaker, String quote, QuoteKind kind, String sentence) {
        int start = body.indexOf(quote);
        assertTrue(start >= 0, quote);
        return new Statement(id, 1, null, null, null, speaker, quote, start, start + quote.length(), false, kind,
                sentence);
    }

    private static Statement direct(long id, String body, String speaker, String quote) {
        return at(id, body, speaker, quote, QuoteKind.DIRECT, quote);
    }

    @Test
    void pronounOpeningFinishesThePreviousClaimEvenWithOtherPolarity() {
        String body = "\u201cWe will not let the Marrow river flood the lower town again,\u201d said Mayor Ilse Drommen. "
                + "\u201cIt is the first duty of this council.\u201d";
        var a = direct(1, body, "Ilse Drommen", "We will not let the Marrow river flood the lower town again,");
        var b = direct(2, body, "Ilse Drommen", "It is the first duty of this council.");
        assertEquals(Map.of(2L, 1L), Continuations.predecessors(List.of(a, b)));
        var out = new ClaimGrouper(List.of(), wordNet).assign(List.of(b, a));
        assertEquals(out.get(1).claimId(), out.get(0).claimId());
        assertEquals(ClaimAssignment.Layer.CONTINUATION, out.get(0).layer());
    }

    @Test
    void linkingAndThatIsBecause() {
        String body = "\u201cThe ferries keep missing the morning tide,\u201d said Oskar Venn, a harbour pilot. "
                + "\u201cAnd that is because nobody has dredged the channel in years.\u201d";
        var a = direct(1, body, "Oskar Venn", "The ferries keep missing the morning tide,");
        var b = direct(2, body, "Oskar Venn", "And that is because nobody has dredged the channel in years.");
        assertEquals(Map.of(2L, 1L), Continuations.predecessors(List.of(a, b)));
    }

    @Test
    void partialQuoteReadThroughItsFramingSentence() {
        String s2 = "It is \u201cthe settled policy of the guild\u201d, she said.";
        String body = "Brenna Solt said the guild \u201cwill never sell the old mill\u201d. " + s2;
        var a = at(1, body, "Brenna Solt", "will never sell the old mill", QuoteKind.PARTIAL, body.substring(0, body.indexOf(s2)));
        var b = at(2, body, "Brenna Solt", "the settled policy of the guild", QuoteKind.PARTIAL, s2);
        assertEquals(Map.of(2L, 1L), Continuations.predecessors(List.of(a, b)));
    }

    @Test
    void dummyItDeterminerThisAndPeoplePronounsOpenNewClaims() {
        String body = "\u201cThe toll bridge at Kessel must reopen,\u201d said Ada Pruitt. "
                + "\u201cIt is clear that the ferry cannot carry everyone.\u201d "
                + "\u201cThis plan will ruin the market traders.\u201d "
                + "\u201cThey have waited long enough.\u201d";
        var a = direct(1, body, "Ada Pruitt", "The toll bridge at Kessel must reopen,");
        var b = direct(2, body, "Ada Pruitt", "It is clear that the ferry cannot carry everyone.");
        var c = direct(3, body, "Ada Pruitt", "This plan will ruin the market traders.");
        var d = direct(4, body, "Ada Pruitt", "They have waited long enough.");
        assertTrue(Continuations.predecessors(List.of(a, b, c, d)).isEmpty());
    }

    @Test
    void anotherVoiceInBetweenOrAFarGapBreaksTheLink() {
        String filler = "The council met again on Tuesday to discuss the budget for the coming year. ".repeat(5);
        String body = "\u201cThe grain tax will fall next spring,\u201d said Ada Pruitt. "
                + "\u201cNobody believes that,\u201d said Col Marsh. "
                + "\u201cIt is a promise to every farmer.\u201d " + filler
                + "\u201cThat is what the treasury told us.\u201d";
        var a = direct(1, body, "Ada Pruitt", "The grain tax will fall next spring,");
        var b = direct(2, body, "Col Marsh", "Nobody believes that,");
        var c = direct(3, body, "Ada Pruitt", "It is a promise to every farmer.");
        var d = direct(4, body, "Ada Pruitt", "That is what the treasury told us.");
        assertTrue(Continuations.predecessors(List.of(a, b, c)).isEmpty(), "another speaker stands in between");
        assertFalse(Continuations.predecessors(List.of(a, d)).containsKey(4L), "too far from the claim it would finish");
    }

    @Test
    void continuationThatRestatesWithOppositePolarityStaysApart() {
        String body = "\u201cThe council will cut the harbour tax this year,\u201d said Ada Pruitt. "
                + "\u201cIt will not cut the harbour tax this year,\u201d she later corrected herself.";
        var a = direct(1, body, "Ada Pruitt", "The council will cut the harbour tax this year,");
        var b = direct(2, body, "Ada Pruitt", "It will not cut the harbour tax this year,");
        assertEquals(Map.of(2L, 1L), Continuations.predecessors(List.of(a, b)));
        var out = new ClaimGrouper(List.of(), wordNet).assign(List.of(a, b));
        assertNotEquals(out.get(0).claimId(), out.get(1).claimId());
    }
}
