package whosaid.query;

import java.util.List;

import whosaid.claims.ClaimMatcher;
import whosaid.claims.TextFolding;

/**
 * The whole fact-check query over a store: full-text search for candidate claims, then only those claims and their
 * quotes read and ranked by meaning. Reads no more than the candidates, so its cost follows the matches, not the
 * size of the store.
 */
public final class CheckQuery {
    /** How many full-text candidates are ranked by meaning. */
    static final int CANDIDATES = 50;

    /**
     * @param candidates how many claims full-text search found (0: no claim shares a word with the text)
     * @param results    the ranked claims, best first
     */
    public record Answer(int candidates, List<FactCheck.Result> results) {
    }

    /** Stored wordings nearest the question by meaning whose claims join the candidates. */
    static final int MEANING_CANDIDATES = 50;

    private final Listings listings;
    private final FactCheck factCheck;
    private final MeaningIndex meaning;

    /** A check by words only. */
    public CheckQuery(Listings listings) {
        this(listings, null);
    }

    /**
     * @param meaning the stored sentence vectors and the model, or null to check by words only
     */
    public CheckQuery(Listings listings, MeaningIndex meaning) {
        this.listings = listings;
        this.factCheck = new FactCheck(new ClaimMatcher());
        this.meaning = meaning;
    }

    /**
     * Candidates by words (full-text search) and, with meaning, by the nearest stored wordings; all of them ranked
     * by meaning and words together.
     */
    public Answer ask(String text, int limit) {
        // The question is embedded on a thread of its own while full-text search runs: in a fresh process that is
        // where the model loads (a second or more), and the search needs no model.
        java.util.concurrent.CompletableFuture<float[]> embedding = meaning == null ? null
                : java.util.concurrent.CompletableFuture.supplyAsync(() -> meaning.embed(text), task -> {
                    Thread t = new Thread(task, "check-embed");
                    t.setDaemon(true);
                    t.start();
                });
        java.util.Set<Long> ids = new java.util.LinkedHashSet<>(listings.claimsMatching(searchWords(text), CANDIDATES));
        float[] query = null;
        if (meaning != null) {
            query = embedded(embedding);
            ids.addAll(meaning.nearestClaims(query, MEANING_CANDIDATES));
        }
        if (ids.isEmpty()) {
            return new Answer(0, List.of());
        }
        List<QuoteView> quotes = listings.quotesOfClaims(ids);
        List<ClaimView> candidates = ClaimView.all(listings.claims(ids), quotes);
        java.util.Map<String, float[]> vectors = meaning == null ? java.util.Map.of()
                : meaning.vectors(quotes.stream().map(QuoteView::text).distinct().toList());
        return new Answer(ids.size(), factCheck.rank(text, candidates, limit, query, vectors));
    }

    private static float[] embedded(java.util.concurrent.CompletableFuture<float[]> embedding) {
        try {
            return embedding.join();
        } catch (java.util.concurrent.CompletionException e) {
            // the model's own failure, as the caller would have had it without the second thread
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    /**
     * The words worth searching for: without function words ("the", "of", "will"), which nearly every quote holds,
     * so full-text search scores only the quotes that share a word that means something. A text of function words
     * only is searched as it is.
     */
    static String searchWords(String text) {
        List<String> words = TextFolding.tokens(text).stream().filter(w -> !TextFolding.isStopword(w)).toList();
        return words.isEmpty() ? text : String.join(" ", words);
    }
}
