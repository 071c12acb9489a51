package whosaid.pipeline;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import whosaid.claims.WordNetLexicon;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import whosaid.claims.ClaimAssignment;
import whosaid.claims.ClaimGrouper;
import whosaid.claims.ClaimMember;
import whosaid.claims.ExistingClaim;
import whosaid.claims.Statement;
import whosaid.ingest.Article;
import whosaid.quotes.QuoteKind;
import whosaid.store.AnalysisWriter;
import whosaid.store.ClaimWrite;
import whosaid.store.Reads;
import whosaid.store.StoredQuote;

/**
 * Puts every quote that has no claim yet into a claim: existing claims are only joined, never regrouped, so
 * ingesting more articles later costs only the new quotes.
 */
public final class ClaimRefresh {
    private final Reads reads;
    private final AnalysisWriter writer;
    private final WordingVectors vectors;
    private long embedNanos;

    /**
     * @param vectors the sentence vectors of wordings (claims by meaning), or null to group by words only
     */
    public ClaimRefresh(Reads reads, AnalysisWriter writer, WordingVectors vectors) {
        this.reads = reads;
        this.writer = writer;
        this.vectors = vectors;
    }

    /** Time the last run spent embedding wordings, nanoseconds (included in the run's time). */
    public long embedNanos() {
        return embedNanos;
    }

    /**
     * @param fresh the articles stored by this run, by row id: their sentences are read from here, the older
     *              articles' from the store
     * @return how many quotes were given a claim
     */
    public int run(Map<Long, Article> fresh) {
        return group(fresh, false);
    }

    /**
     * Groups every stored statement again from nothing, with the current model and rules, and replaces all claims
     * in one transaction (an early wrong split or merge is not kept forever).
     *
     * @return how many quotes were given a claim
     */
    public int regroup() {
        return group(Map.of(), true);
    }

    /**
     * The texts in the order the grouper will ask for their vectors, so the embedding running beside it stays ahead:
     * the stored wordings first (it indexes the existing claims first), then the new ones, each part longest first (it places
     * the fullest wordings first; length in characters stands for its count of content words, and texts of like length
     * batch with little padding).
     */
    private static List<String> embeddingOrder(Set<String> texts, List<Statement> pending) {
        Set<String> fresh = new HashSet<>();
        for (Statement s : pending) {
            fresh.add(s.text());
        }
        List<String> order = new ArrayList<>(texts.size());
        List<String> later = new ArrayList<>();
        for (String t : texts) {
            (fresh.contains(t) ? later : order).add(t);
        }
        order.sort(java.util.Comparator.comparingInt(String::length).reversed());
        later.sort(java.util.Comparator.comparingInt(String::length).reversed());
        order.addAll(later);
        return order;
    }

    private int group(Map<Long, Article> fresh, boolean all) {
        List<StoredQuote> quotes;
        boolean indexed = false;
        if (all) {
            quotes = reads.allQuotes();
        } else {
            List<StoredQuote> unclaimed = speech(reads.unclaimedQuotes());
            if (unclaimed.isEmpty()) {
                return 0;
            }
            prepare(unclaimed);
            long storedBefore = reads.highestQuoteId() - unclaimed.size();
            indexed = storedBefore > WHOLE_READ_RATIO * unclaimed.size();
            quotes = indexed ? withNeighbours(unclaimed) : reads.allQuotes();
        }
        Map<Long, String> bodies = new HashMap<>();
        fresh.forEach((id, a) -> bodies.put(id, a.body()));
        Set<Long> older = new HashSet<>();
        for (StoredQuote q : quotes) {
            if (!q.inTitle() && !bodies.containsKey(q.articleRowId())) {
                older.add(q.articleRowId());
            }
        }
        bodies.putAll(reads.bodies(older));
        Statements statements = new Statements(bodies::get);
        Map<Long, List<ClaimMember>> members = new LinkedHashMap<>();
        Map<Long, List<String>> wordings = new LinkedHashMap<>();
        List<Statement> pending = new ArrayList<>();
        Map<Long, StoredQuote> byId = new LinkedHashMap<>();
        for (StoredQuote q : quotes) {
            if (!QuoteKind.of(q.kind()).speech()) {
                continue; // a title or a scare quote is nobody's claim
            }
            byId.put(q.quoteId(), q);
            if (all || q.claimId() == null) {
                pending.add(statements.of(q));
            } else {
                Statement s = statements.of(q);
                members.computeIfAbsent(q.claimId(), k -> new ArrayList<>())
                        .add(new ClaimMember(q.quoteId(), q.text(), q.speaker(), q.published(), s.context(),
                                s.speakerNamed(), s.speakerRole()));
                wordings.computeIfAbsent(q.claimId(), k -> new ArrayList<>()).add(q.text());
            }
        }
        if (pending.isEmpty()) {
            if (all) {
                writer.replaceClaims(List.of());
            }
            return 0;
        }
        List<ExistingClaim> existing = new ArrayList<>();
        members.forEach((id, list) -> existing.add(new ExistingClaim(id, list)));
        java.util.function.Function<String, float[]> meaning = null;
        WordingVectors.Lookup lookup = null;
        if (vectors != null) {
            // only the new statements and the stored wordings of their speakers are ever compared by meaning, and of
            // those only the ones whose meaning can decide (a speaker's, not short): no other wording is embedded
            Set<String> speakers = new HashSet<>();
            Set<String> newTexts = new LinkedHashSet<>();
            for (Statement s : pending) {
                if (ClaimGrouper.worthEmbedding(s.text())) {
                    newTexts.add(s.text());
                    speakers.add(s.speaker());
                }
            }
            Set<String> texts = new LinkedHashSet<>(newTexts);
            for (StoredQuote q : byId.values()) {
                if (q.speaker() != null && speakers.contains(q.speaker())
                        && ClaimGrouper.worthEmbedding(q.text())) {
                    texts.add(q.text());
                }
            }
            if (indexed) {
                // the new wordings are embedded (beside the grouper); the stored ones are read back, never embedded
                // during an ingest (a store made before meaning existed gets its vectors from claims --regroup)
                texts.removeAll(newTexts);
                Map<String, float[]> stored = vectors.stored(texts);
                lookup = vectors.lookup(embeddingOrder(newTexts, pending));
                WordingVectors.Lookup newVectors = lookup;
                meaning = t -> {
                    float[] v = stored.get(t);
                    return v != null ? v : newVectors.apply(t);
                };
            } else {
                lookup = vectors.lookup(embeddingOrder(texts, pending));
                meaning = lookup;
            }
        }
        List<ClaimAssignment> assignments;
        long before = vectors == null ? 0 : vectors.embedNanos();
        try {
            assignments = new ClaimGrouper(existing, new WordNetLexicon(), meaning).assign(pending);
        } finally {
            if (lookup != null) {
                lookup.close();
            }
        }
        embedNanos = vectors == null ? 0 : vectors.embedNanos() - before;
        Map<Long, List<Long>> quotesOfClaim = new LinkedHashMap<>();
        for (ClaimAssignment a : assignments) {
            quotesOfClaim.computeIfAbsent(a.claimId(), k -> new ArrayList<>()).add(a.statementId());
            wordings.computeIfAbsent(a.claimId(), k -> new ArrayList<>()).add(byId.get(a.statementId()).text());
        }
        List<ClaimWrite> writes = new ArrayList<>();
        quotesOfClaim.forEach((claim, ids) ->
                writes.add(new ClaimWrite(claim, ClaimGrouper.representative(wordings.get(claim)), ids)));
        if (all) {
            writer.replaceClaims(writes);
        } else {
            writer.writeClaims(writes);
        }
        return assignments.size();
    }

    /**
     * A new batch this many times smaller than the store is compared with the store through its indexes; a larger
     * one (the first ingest of a corpus) reads the store whole, which is then the cheaper way.
     */
    static final int WHOLE_READ_RATIO = 4;
    /**
     * Latest claimed wordings read for each speaker of a new statement: the grouper compares a statement by meaning
     * with its speaker's latest {@code ClaimGrouper.MEANING_CAP} (300) wordings, and by paraphrase with the latest
     * postings of the speaker's concepts, so older ones would not be looked at anyway.
     */
    static final int SPEAKER_LATEST = 300;
    /** Claims found by each new wording's telling words (full-text index): where its exact, contained or near copies said by anyone are. */
    static final int CLAIMS_BY_WORDS = 10;
    /** Stored wordings scored for each new one: its rarest words find its copies, and scoring is what costs. */
    static final long WORDS_BUDGET = 2_000;

    /**
     * The unclaimed quotes and the stored claims they may join, read through indexes: the claims of their speakers'
     * latest wordings (by speaker) and of the wordings that share their rarest words (full text), each claim with
     * all its wordings, so the grouper sees every named speaker a claim holds.
     */
    private List<StoredQuote> withNeighbours(List<StoredQuote> unclaimed) {
        Set<Long> speakers = new HashSet<>();
        Set<String> texts = new LinkedHashSet<>();
        for (StoredQuote q : unclaimed) {
            if (q.speakerId() != null) {
                speakers.add(q.speakerId());
            }
            texts.add(q.text());
        }
        Set<Long> claims = new HashSet<>();
        for (StoredQuote q : reads.latestClaimedQuotesOf(speakers, SPEAKER_LATEST)) {
            claims.add(q.claimId());
        }
        for (String text : texts) {
            claims.addAll(reads.claimsMatching(text, CLAIMS_BY_WORDS, WORDS_BUDGET));
        }
        List<StoredQuote> out = new ArrayList<>(reads.quotesOfClaims(claims));
        out.addAll(unclaimed);
        out.sort(java.util.Comparator.comparingLong(StoredQuote::articleRowId).thenComparing(q -> !q.inTitle())
                .thenComparingInt(StoredQuote::start));
        return out;
    }

    /**
     * Starts reading WordNet, and the sentence model when a new wording will need a vector, on other threads while
     * this one reads the store: in a fresh process each takes about a second, which a one-article ingest into a
     * large store otherwise spent after its reads, one after the other.
     */
    private void prepare(List<StoredQuote> unclaimed) {
        WordNetLexicon.loadInBackground();
        if (vectors != null) {
            Set<String> texts = new HashSet<>();
            for (StoredQuote q : unclaimed) {
                if (ClaimGrouper.worthEmbedding(q.text())) {
                    texts.add(q.text());
                }
            }
            vectors.prepare(texts);
        }
    }

    private static List<StoredQuote> speech(List<StoredQuote> quotes) {
        return quotes.stream().filter(q -> QuoteKind.of(q.kind()).speech()).toList();
    }
}
