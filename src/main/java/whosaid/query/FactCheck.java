package whosaid.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import whosaid.claims.ClaimMatcher;

/**
 * The fact-check query: which stored claims state the given text, in whatever words. Full-text search picks the
 * candidates cheaply; the claim matcher ranks them by meaning, so a wording that appears in no article still
 * finds its claim.
 */
public final class FactCheck {
    /** A ranked claim; {@code sameSense} false warns that the claim may state the opposite of the query. */
    public record Result(ClaimView claim, double score, String closestWording, boolean sameSense) {
    }

    private final ClaimMatcher matcher;

    public FactCheck(ClaimMatcher matcher) {
        this.matcher = matcher;
    }

    /**
     * @param candidates the claims full-text search found for the text, best first
     */
    public List<Result> rank(String text, List<ClaimView> candidates, int limit) {
        Map<Long, ClaimView> byId = candidates.stream()
                .collect(Collectors.toMap(ClaimView::claimId, Function.identity(), (a, b) -> a));
        List<ClaimMatcher.Candidate> toRank = new ArrayList<>();
        for (ClaimView view : candidates) {
            toRank.add(new ClaimMatcher.Candidate(view.claimId(),
                    view.quotes().stream().map(q -> q.text()).distinct().toList()));
        }
        List<Result> results = new ArrayList<>();
        for (ClaimMatcher.Match match : matcher.rank(text, toRank)) {
            if (match.score() <= 0 || results.size() >= limit) {
                break;
            }
            results.add(new Result(byId.get(match.claimId()), match.score(), match.bestWording(), match.sameSense()));
        }
        return results;
    }
}
