package whosaid.claims;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClaimMatcherTest {

    private static ClaimMatcher matcher;

    @BeforeAll
    static void load() {
        matcher = new ClaimMatcher(new WordNetLexicon());
    }

    /** Claims about one invented truce, as the full-text search would hand them over. */
    private static final List<ClaimMatcher.Candidate> TRUCE = List.of(
            new ClaimMatcher.Candidate(1, List.of("the two sides agreed to an immediate truce and to talks in Selby")),
            new ClaimMatcher.Candidate(2, List.of("neither side will carry out any hostile acts against the other",
                    "hostile acts")),
            new ClaimMatcher.Candidate(3, List.of("both sides will respect each other's borders and sovereignty")),
            new ClaimMatcher.Candidate(4, List.of("smuggling across the border will be stopped immediately")));

    @Test
    void paraphrasedQueryFindsItsClaimFirst() {
        var ranked = matcher.rank("The two sides will not attack each other", TRUCE);
        assertEquals(2, ranked.get(0).claimId(), ranked.toString());
        assertTrue(ranked.get(0).sameSense());
    }

    @Test
    void synonymQueryFindsItsClaimFirst() {
        var ranked = matcher.rank("cross-border smuggling will cease at once", TRUCE);
        assertEquals(4, ranked.get(0).claimId(), ranked.toString());
    }

    @Test
    void oppositeClaimIsMarkedAndRankedBelowAnAgreeingOne() {
        var claims = List.of(new ClaimMatcher.Candidate(7, List.of("the Orlin dam will be finished before spring")),
                new ClaimMatcher.Candidate(8, List.of("the Orlin dam will not be finished before spring")));
        var ranked = matcher.rank("the Orlin dam won't be finished before spring", claims);
        assertEquals(8, ranked.get(0).claimId());
        assertFalse(ranked.get(1).sameSense(), "the affirmative claim says the opposite of the query");
    }
}
