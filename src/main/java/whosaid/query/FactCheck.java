package whosaid.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import whosaid.claims.ClaimMatcher;
import whosaid.claims.TextFolding;

/**
 * The fact-check query: which stored claims state the given text, in whatever words. Full-text search picks the
 * candidates cheaply; the claim matcher ranks them by meaning, so a wording that appears in no article still
 * finds its claim.
 */
public final class FactCheck {
    /**
     * A ranked claim; {@code sameSense} false warns that the claim may state the opposite of the query.
     * {@code meaning} is the best cosine between the query and one of the claim's wordings (-1 when not known).
     */
    public record Result(ClaimView claim, double score, String closestWording, boolean sameSense, double meaning) {
        /** A match too far from the query to be presented as its answer. */
        public boolean weak() {
            return meaning >= 0 ? meaning < WEAK_MEANING : score < WEAK_WORDS;
        }
    }

    /** Weight of meaning (the best cosine) in a claim's score; the rest is the word match. */
    static final double MEANING_WEIGHT = 0.6;
    /** Below this cosine the best match is only related to the query, not a statement of it. */
    static final double WEAK_MEANING = 0.60;
    /** Without vectors: below this word score the best match is weak. */
    static final double WEAK_WORDS = 0.5;
    /** A claim sharing no word with the query is listed only this close in meaning. */
    static final double MEANING_ONLY = 0.5;

    /** Added to a claim whose speaker the query names; about what one more matched key word is worth. */
    static final double SPEAKER_BONUS = 0.1;

    private final ClaimMatcher matcher;

    public FactCheck(ClaimMatcher matcher) {
        this.matcher = matcher;
    }

    /**
     * @param candidates the claims full-text search found for the text, best first
     */
    public List<Result> rank(String text, List<ClaimView> candidates, int limit) {
        return rank(text, candidates, limit, null, Map.of());
    }

    /**
     * @param query    the query's unit sentence vector, or null to rank by words only
     * @param wordings stored vectors of the candidates' wordings, by text
     */
    public List<Result> rank(String text, List<ClaimView> candidates, int limit, float[] query,
                             Map<String, float[]> wordings) {
        Map<Long, ClaimView> byId = candidates.stream()
                .collect(Collectors.toMap(ClaimView::claimId, Function.identity(), (a, b) -> a));
        List<ClaimMatcher.Candidate> toRank = new ArrayList<>();
        for (ClaimView view : candidates) {
            toRank.add(new ClaimMatcher.Candidate(view.claimId(),
                    view.quotes().stream().map(q -> q.text()).distinct().toList()));
        }
        Set<String> queryWords = new HashSet<>(TextFolding.tokens(text));
        List<Result> results = new ArrayList<>();
        for (ClaimMatcher.Match match : matcher.rank(text, toRank)) {
            ClaimView view = byId.get(match.claimId());
            double meaning = -1;
            String closest = match.bestWording();
            if (query != null) {
                for (QuoteView q : view.quotes()) {
                    // a short wording is stored without a vector: its meaning is unknown, not unrelated
                    float[] stored = wordings.get(q.text());
                    if (stored == null) {
                        continue;
                    }
                    double cos = whosaid.claims.Vectors.cosine(query, stored);
                    if (cos > meaning) {
                        meaning = cos;
                        if (match.score() <= 0) {
                            closest = q.text();
                        }
                    }
                }
            }
            if (match.score() <= 0 && meaning < MEANING_ONLY) {
                continue;
            }
            double base = meaning < 0 ? match.score()
                    : MEANING_WEIGHT * meaning + (1 - MEANING_WEIGHT) * match.score();
            double score = base + (namesASpeaker(queryWords, view) ? SPEAKER_BONUS : 0);
            results.add(new Result(view, score, closest, match.sameSense(), meaning));
        }
        results.sort(Comparator.comparingDouble(Result::score).reversed());
        return results.size() <= limit ? results : List.copyOf(results.subList(0, limit));
    }

    /**
     * True when the query names one of the claim's speakers by surname ("Vey said …"): a fact-checker who names the
     * speaker is asking about that speaker's claim. Only names that read as a person's (two to four capitalised words,
     * no function word) count: an organisation is often named after a place ("Government of X", "X security
     * officials"), and a place in the query says what the claim is about, not who made it.
     */
    static boolean namesASpeaker(Set<String> queryWords, ClaimView view) {
        for (String speaker : view.speakers()) {
            String[] words = speaker.strip().split("\\s+");
            if (words.length < 2 || words.length > 4) {
                continue;
            }
            boolean personal = true;
            for (String w : words) {
                personal &= Character.isUpperCase(w.charAt(0)) && !TextFolding.isStopword(w.toLowerCase(java.util.Locale.ROOT));
            }
            List<String> last = TextFolding.tokens(words[words.length - 1]);
            if (personal && last.size() == 1 && last.get(0).length() >= 3 && queryWords.contains(last.get(0))) {
                return true;
            }
        }
        return false;
    }
}
