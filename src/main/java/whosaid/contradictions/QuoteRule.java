package whosaid.contradictions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** attribution and wording: placeholder until written. */
final class QuoteRule {
    private final CandidateIndex index;

    QuoteRule(CandidateIndex index) {
        this.index = index;
    }

    List<Contradiction> find(List<Passage> said, Map<Long, Long> claimOfStatement) {
        return new ArrayList<>();
    }
}
