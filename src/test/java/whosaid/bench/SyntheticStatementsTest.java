package whosaid.bench;

import org.junit.jupiter.api.Test;

import whosaid.claims.ClaimAssignment;
import whosaid.claims.ClaimGrouper;
import whosaid.claims.WordNetLexicon;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The generated load groups the way it is built to; its speed is measured by {@code whosaid bench}, never here. */
class SyntheticStatementsTest {

    @Test
    void variantsFindTheirBaseClaimAndBasesStayApart() {
        var sample = SyntheticStatements.generate(2_000, 7);
        assertEquals(2_000, sample.statements().size());
        Set<Long> claims = new HashSet<>();
        // Fed in article-sized batches, the way ingest does.
        ClaimGrouper grouper = new ClaimGrouper(List.of(), new WordNetLexicon());
        for (int i = 0; i < sample.statements().size(); i += 100) {
            for (ClaimAssignment a : grouper.assign(sample.statements().subList(i, i + 100))) {
                claims.add(a.claimId());
            }
        }
        // Each base is restated four times on average; a swapped last word may open its own claim, so at most
        // twice the bases, and never fewer claims than bases (distinct names keep bases apart).
        assertTrue(claims.size() <= 2 * sample.baseClaims(), "claims " + claims.size());
        assertTrue(claims.size() >= sample.baseClaims() * 0.8, "claims " + claims.size());
    }

    @Test
    void sameSeedSameStatements() {
        assertEquals(SyntheticStatements.generate(50, 3), SyntheticStatements.generate(50, 3));
    }
}
