package whosaid.query;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import whosaid.claims.ClaimMatcher;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fact-check ranking on invented claims, as the store would hand them over. */
class FactCheckTest {

    private static FactCheck check;

    @BeforeAll
    static void load() {
        check = new FactCheck(new ClaimMatcher());
    }

    private static ClaimView claim(long id, String speaker, String... wordings) {
        List<QuoteView> quotes = new java.util.ArrayList<>();
        long q = id * 100;
        for (String w : wordings) {
            quotes.add(new QuoteView(q++, 1, "1", "An invented report", "The Harbour Gazette", "2031-03-02", w, 0,
                    w.length(), false, "direct", null, speaker, null, "said", null, id, 1.0));
        }
        return new ClaimView(id, wordings[0], speaker == null ? List.of() : List.of(speaker),
                List.of("The Harbour Gazette"), "2031-03-02", "2031-03-02", List.copyOf(quotes));
    }

    private static final List<ClaimView> CLAIMS = List.of(
            claim(1, "Tomas Vey", "Smuggling from Norvian territory will cease immediately."),
            claim(2, "Ina Brook", "Smuggling from Norvian soil will be stopped immediately."),
            claim(3, "Ina Brook", "The ferry to Dask will resume next week."));

    /** Two speakers said nearly the same; naming one of them decides which claim the fact-checker means. */
    @Test
    void namingTheSpeakerPicksThatSpeakersClaim() {
        var byVey = check.rank("Vey said smuggling from Norvia will stop immediately", CLAIMS, 3);
        assertEquals(1, byVey.get(0).claim().claimId(), byVey.toString());
        var byBrook = check.rank("Brook said smuggling from Norvia will stop immediately", CLAIMS, 3);
        assertEquals(2, byBrook.get(0).claim().claimId(), byBrook.toString());
    }

    @Test
    void unrelatedClaimsScoreNothingAndTheLimitHolds() {
        var ranked = check.rank("smuggling will stop", CLAIMS, 1);
        assertEquals(1, ranked.size());
        assertTrue(check.rank("smuggling will stop", CLAIMS, 5).stream().noneMatch(r -> r.claim().claimId() == 3));
    }

    /** A short wording is stored without a vector: its claim keeps its word score, as if meaning were unknown. */
    @Test
    void aWordingWithoutAStoredVectorIsNotTakenForAnUnrelatedOne() {
        List<ClaimView> one = List.of(claim(7, "Tomas Vey", "Ferries resume."));
        float[] query = {1, 0, 0};
        var byWords = check.rank("ferries resume", one, 1);
        var withoutVector = check.rank("ferries resume", one, 1, query, java.util.Map.of());
        assertEquals(byWords.get(0).score(), withoutVector.get(0).score(), 1e-9);
        assertTrue(withoutVector.get(0).meaning() < 0, "meaning unknown, not a cosine of 0");
        var unrelated = check.rank("ferries resume", one, 1, query, java.util.Map.of("Ferries resume.", new float[]{0, 1, 0}));
        assertTrue(unrelated.get(0).score() < byWords.get(0).score(), "a stored vector far from the query still counts");
    }

    @Test
    void onlyAPersonsSurnameCountsAsNamingTheSpeaker() {
        assertFalse(FactCheck.namesASpeaker(java.util.Set.of("veyron"), CLAIMS.get(0)));
        assertTrue(FactCheck.namesASpeaker(java.util.Set.of("vey"), CLAIMS.get(0)));
        // A body named after a place: the place in a query is the topic, not the speaker.
        assertFalse(FactCheck.namesASpeaker(java.util.Set.of("norvia"), claim(9, "Government of Norvia", "Taxes will rise.")));
        assertFalse(FactCheck.namesASpeaker(java.util.Set.of("norvia"), claim(9, "Norvia", "Taxes will rise.")));
    }
}
