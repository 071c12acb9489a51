package whosaid.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Puts every statement into exactly one claim, incrementally: claims already stored are indexed once, new statements
 * join the best-matching claim or open a new one, and no existing claim is ever split or merged.
 *
 * <p>Layers, cheapest first; the first that finds a claim decides:
 * <ol>
 *   <li>exact: the same words after folding case, punctuation, quote marks and dashes;</li>
 *   <li>containment: one word sequence inside the other (a partial quote inside the full one); the short side
 *       needs {@value #MIN_CONTAINED_CONTENT} content words, or {@value #MIN_CONTAINED_SAME_SPEAKER} when both
 *       have the same speaker, so that a one-word scare quote never glues claims together; a headline's
 *       quotation cut from a quotation of its own article's body joins it however short;</li>
 *   <li>same sentence: partial quotes one sentence gives to one speaker are pieces of one claim;</li>
 *   <li>near duplicates: MinHash-LSH over 3-word shingles of lemmatised content words, confirmed by Jaccard ≥ {@value #NEAR_DUPLICATE};</li>
 *   <li>paraphrase and re-translation: lexical meaning overlap ({@link SoftOverlap}, WordNet synonyms) ≥
 *       {@value #PARAPHRASE}, only among statements of the same speaker that share a concept;</li>
 *   <li>continuation: a quote that opens with a pronoun standing for what its speaker just said finishes that
 *       claim ({@link Continuations}).</li>
 * </ol>
 * Every merge passes the {@link MergeGuard} (negation, numbers, antonyms). The word layers join across speakers (the
 * same words given to two speakers are one claim with an attribution conflict); the meaning layers only within one
 * speaker or the body they speak for (see {@code allowed}).
 *
 * <p>Cost: each statement looks only at the postings of its rarest word, its anchored words, its LSH buckets and
 * its (speaker, concept) postings, each capped at {@value #POSTINGS_CAP} entries, so a batch of n statements costs
 * O(n · L · cap) with L the words of a statement: linear in n, no all-pairs loop.
 */
public final class ClaimGrouper {

    static final int MIN_CONTAINED_CONTENT = 4;
    static final int MIN_CONTAINED_SAME_SPEAKER = 2;
    /** Fewest words of the shorter wording for two named speakers' same words to be one claim (see distinctive). */
    static final int DISTINCTIVE_TOKENS = 6;
    static final double NEAR_DUPLICATE = 0.5;
    static final double PARAPHRASE = 0.6;
    /** Bound on candidates read from one postings list: keeps the cost linear when a word or speaker is everywhere. */
    static final int POSTINGS_CAP = 500;
    /** Most wordings of the same speaker scored against one statement for paraphrase; see match (d). */
    static final int PARAPHRASE_BUDGET = 1_000;

    /** Most wordings of the same speaker compared by meaning with one statement (the most recent). */
    static final int MEANING_CAP = 300;
    /** Nearest wordings by cosine that the judge looks at, best first. */
    static final int MEANING_NEIGHBOURS = 5;

    private final Lexicon lexicon;
    private final MergeGuard guard;
    private final ClaimJudge judge;
    /** A wording's unit sentence vector, or null; null altogether when grouping by words only. */
    private final java.util.function.Function<String, float[]> vectors;
    private final Map<String, List<Entry>> bySpeaker = new HashMap<>();
    /** For each claim, one wording of each named speaker it holds: who a new wording must be able to share with. */
    private final Map<Long, Map<String, Entry>> namedOfClaim = new HashMap<>();
    private final MinHasher minHasher = new MinHasher(16, 4);

    private final Map<String, List<Entry>> exact = new HashMap<>();
    private final Map<String, List<Entry>> postings = new HashMap<>();
    private final Map<String, List<Entry>> anchored = new HashMap<>();
    private final Map<Long, List<Entry>> buckets = new HashMap<>();
    /**
     * Per speaker, the wordings under each concept key. Two levels, not one map keyed by speaker and concept joined:
     * the concept keys are the lexicon's own memoised strings, whose hashes are computed once, whereas a joined key
     * is a new string to build and hash for every key of every probe (most of the grouping's time on real news).
     */
    private final Map<String, Map<String, List<Entry>>> speakerConcepts = new HashMap<>();
    private final Map<String, Entry> frames = new HashMap<>();
    private final Map<String, Integer> tokenDf = new HashMap<>();
    private final Map<String, Integer> lemmaDf = new HashMap<>();
    private int documents;
    private long nextProvisional = -1;
    /*
     * Per indexed entry, by its serial (its place in indexing order), stamped with the probe they belong to so that
     * nothing is cleared between probes. comparedBy: the near-duplicate layer compares a candidate once, however many
     * LSH bands it shares with the probe (wordings with the same shingles share all sixteen, so an article of two
     * thousand quotations of one shape cost sixteen times the comparisons). reachedBy, wordsReaching, lastWord: the
     * paraphrase layer counts how many of the probe's words reached a candidate.
     */
    private int[] comparedBy = new int[256];
    private int[] reachedBy = new int[256];
    private int[] wordsReaching = new int[256];
    private int[] lastWord = new int[256];
    private int probeCount;

    /** One wording; {@code serial} is its place in indexing order, -1 for a probe not yet indexed. */
    private record Entry(long statementId, long claimId, Wording wording, String speaker, SoftOverlap.Bag bag,
                         Set<String> shingles, long[] bands, String frame, int serial, float[] vector,
                         boolean named, Set<String> roleWords, long article, boolean inTitle) {
        Entry withClaim(long claim) {
            return new Entry(statementId, claim, wording, speaker, bag, shingles, bands, frame, serial, vector, named,
                    roleWords, article, inTitle);
        }

        Entry withSerial(int serial) {
            return new Entry(statementId, claimId, wording, speaker, bag, shingles, bands, frame, serial, vector,
                    named, roleWords, article, inTitle);
        }

        ClaimJudge.Side side() {
            return new ClaimJudge.Side(wording, bag, vector);
        }
    }

    public ClaimGrouper(List<ExistingClaim> existing) {
        this(existing, new WordNetLexicon());
    }

    public ClaimGrouper(List<ExistingClaim> existing, Lexicon lexicon) {
        this(existing, lexicon, null);
    }

    /**
     * @param vectors each wording's unit sentence vector ({@link SentenceEmbedder}), or null to group by words only
     */
    public ClaimGrouper(List<ExistingClaim> existing, Lexicon lexicon,
                        java.util.function.Function<String, float[]> vectors) {
        this.lexicon = lexicon;
        this.guard = new MergeGuard(lexicon);
        this.judge = new ClaimJudge(lexicon);
        this.vectors = vectors;
        for (ExistingClaim claim : existing) {
            for (ClaimMember m : claim.members()) {
                index(entry(m.statementId(), claim.claimId(), Wording.of(m.text(), m.context()), m.speaker(),
                        m.speakerNamed(), m.speakerRole(), null, NO_ARTICLE, false));
            }
        }
    }

    /**
     * Assigns each new statement to a claim. Within the batch the fullest wordings go first, so a partial quote
     * meets the full quote it was cut from. The result is in the order of the input.
     */
    public List<ClaimAssignment> assign(List<Statement> newStatements) {
        Map<Long, Long> continues = Continuations.predecessors(newStatements);
        // the sort keys computed once a statement, not once a comparison
        record Placed(Statement statement, Wording wording, boolean continuation, int content, int tokens) {
        }
        List<Placed> order = new ArrayList<>(newStatements.size());
        for (Statement s : newStatements) {
            Wording w = Wording.of(s.text(), s.context());
            boolean continuation = continues.containsKey(s.id());
            order.add(new Placed(s, w, continuation, continuation ? 0 : -w.content().size(),
                    continuation ? 0 : -w.tokens().size()));
        }
        // Continuations go last, in reading order, so the statement each one finishes already has its claim.
        order.sort(Comparator.<Placed>comparingInt(p -> p.continuation() ? 1 : 0)
                .thenComparingInt(Placed::content)
                .thenComparingInt(Placed::tokens)
                .thenComparingLong(p -> p.statement().articleId()).thenComparingInt(p -> p.statement().start())
                .thenComparingLong(p -> p.statement().id()));
        Map<Long, ClaimAssignment> byId = new LinkedHashMap<>();
        Map<Long, Entry> probes = new HashMap<>();
        for (Placed placed : order) {
            Statement s = placed.statement();
            Entry probe = entry(s.id(), 0, placed.wording(), s.speaker(), s.speakerNamed(), s.speakerRole(),
                    frameOf(s), s.articleId(), s.inTitle());
            ClaimAssignment a = match(probe);
            Long previous = continues.get(s.id());
            if (a == null && previous != null && byId.containsKey(previous)
                    && guard.vetoContinuation(probe.wording(), probe.bag(), probes.get(previous).wording(),
                    probes.get(previous).bag(), this::idf) == null) {
                a = new ClaimAssignment(s.id(), byId.get(previous).claimId(), ClaimAssignment.Layer.CONTINUATION, 1);
            }
            probes.put(s.id(), probe);
            if (a == null) {
                a = new ClaimAssignment(s.id(), nextProvisional--, ClaimAssignment.Layer.NEW, 0);
            }
            index(probe.withClaim(a.claimId()));
            byId.put(s.id(), a);
        }
        List<ClaimAssignment> out = new ArrayList<>(newStatements.size());
        for (Statement s : newStatements) {
            out.add(byId.get(s.id()));
        }
        return out;
    }

    /** The fullest wording of a claim: the most content words, then the longest, then the first given. */
    public static String representative(List<String> wordings) {
        String best = null;
        int bestContent = -1;
        for (String w : wordings) {
            int content = Wording.of(w, null).content().size();
            if (content > bestContent || (content == bestContent && w.strip().length() > best.strip().length())) {
                best = w;
                bestContent = content;
            }
        }
        return best;
    }

    private ClaimAssignment match(Entry e) {
        Wording w = e.wording();
        if (w.tokens().isEmpty()) {
            return null;
        }
        // (a) exact
        // capped like every other candidate list: a fragment said a thousand times ("important") must not be
        // compared a thousand times once per new statement
        for (Entry c : recent(exact.get(w.folded()))) {
            // Two words alike in two mouths ("important", "immediate ceasefire") are a coincidence, not a claim;
            // a distinctive wording given to two speakers is one claim whose attribution is in conflict.
            if (c.wording().negated() == w.negated() && containable(e, c)
                    && (distinctive(w) || mayShare(e, c))) {
                return new ClaimAssignment(e.statementId(), c.claimId(), ClaimAssignment.Layer.EXACT, 1);
            }
        }
        // (b) containment, both ways
        Entry best = null;
        int bestSize = -1;
        // (b0) a headline quoting its own article's body ("Coach hails 'character'"): the headline's words are cut
        // from a quotation of the body, however few, and are that quotation, whoever the headline names
        if (e.inTitle() && !w.content().isEmpty()) {
            for (Entry c : recent(postings.get(rarest(w.content())))) {
                if (c.article() == e.article() && !c.inTitle() && c.wording().negated() == w.negated()
                        && w.containedIn(c.wording()) && c.wording().content().size() > bestSize) {
                    best = c;
                    bestSize = c.wording().content().size();
                }
            }
            if (best != null) {
                return new ClaimAssignment(e.statementId(), best.claimId(), ClaimAssignment.Layer.CONTAINMENT, 1);
            }
        }
        if (w.content().size() >= MIN_CONTAINED_SAME_SPEAKER) {
            String rarest = rarest(w.content());
            for (Entry c : recent(postings.get(rarest))) {
                if (containable(e, c) && w.containedIn(c.wording()) && allowed(e, c, Evidence.WORDS_CONTAINED)
                        && c.wording().content().size() > bestSize) {
                    best = c;
                    bestSize = c.wording().content().size();
                }
            }
        }
        if (best == null) {
            for (String t : new LinkedHashSet<>(w.content())) {
                for (Entry c : recent(anchored.get(t))) {
                    if (containable(c, e) && c.wording().containedIn(w) && allowed(e, c, Evidence.WORDS_CONTAINED)
                            && c.wording().content().size() > bestSize) {
                        best = c;
                        bestSize = c.wording().content().size();
                    }
                }
            }
        }
        if (best != null) {
            return new ClaimAssignment(e.statementId(), best.claimId(), ClaimAssignment.Layer.CONTAINMENT, 1);
        }
        // (b') another fragment of the same reported sentence
        Entry sibling = e.frame() == null ? null : frames.get(e.frame());
        if (sibling != null && sibling.wording().negated() == w.negated()) {
            return new ClaimAssignment(e.statementId(), sibling.claimId(), ClaimAssignment.Layer.SAME_SENTENCE, 1);
        }
        // (c) near duplicates
        double bestScore = 0;
        int probe = ++probeCount;
        for (long key : e.bands()) {
            for (Entry c : recent(buckets.get(key))) {
                if (comparedBy[c.serial()] == probe) {
                    continue;
                }
                comparedBy[c.serial()] = probe;
                double j = MinHasher.jaccard(e.shingles(), c.shingles());
                if (j >= NEAR_DUPLICATE && j > bestScore && allowed(e, c, Evidence.WORDS_ALIKE)) {
                    best = c;
                    bestScore = j;
                }
            }
        }
        if (best != null) {
            return new ClaimAssignment(e.statementId(), best.claimId(), ClaimAssignment.Layer.NEAR_DUPLICATE, bestScore);
        }
        // (d) paraphrases of the same speaker
        if (e.speaker() != null && w.content().size() >= 2) {
            // A paraphrase needs two of this wording's words matched (see below), so only a statement that turns up
            // under two different words can be one: count them before scoring anything. Scoring is what costs, and
            // a prolific speaker's lists would otherwise have it grow with the corpus.
            // per candidate: how many of this wording's words found it, and the last word that did (so a word
            // that reaches it under several of its keys counts once, without a set per word)
            List<Entry> found = new ArrayList<>();
            List<Set<String>> concepts = e.bag().concepts();
            Map<String, List<Entry>> ofSpeaker = speakerConcepts.getOrDefault(e.speaker(), Map.of());
            for (int word = 0; word < concepts.size(); word++) {
                for (String k : concepts.get(word)) {
                    for (Entry c : recent(ofSpeaker.get(k))) {
                        int at = c.serial();
                        if (reachedBy[at] != probe) {
                            found.add(c);
                            reachedBy[at] = probe;
                            wordsReaching[at] = 1;
                            lastWord[at] = word;
                        } else if (lastWord[at] != word) {
                            wordsReaching[at]++;
                            lastWord[at] = word;
                        }
                    }
                }
            }
            int scored = 0;
            for (Entry c : found) {
                if (wordsReaching[c.serial()] < 2) {
                    continue;
                }
                if (++scored > PARAPHRASE_BUDGET) {
                    break;
                }
                SoftOverlap.Score s = SoftOverlap.score(e.bag(), c.bag(), this::idf);
                if (s.value() >= PARAPHRASE && s.matchedA() >= 2 && s.matchedB() >= 2
                        && s.value() > bestScore && allowed(e, c, Evidence.MEANING)) {
                    best = c;
                    bestScore = s.value();
                }
            }
        }
        if (best != null) {
            return new ClaimAssignment(e.statementId(), best.claimId(), ClaimAssignment.Layer.PARAPHRASE, bestScore);
        }
        // (e) the same claim in other words: the speaker's wordings nearest by meaning, each put to the judge
        if (e.speaker() != null && e.vector() != null) {
            List<Entry> near = new ArrayList<>();
            List<Double> cosines = new ArrayList<>();
            for (Entry c : recent(bySpeaker.get(e.speaker()), MEANING_CAP)) {
                double cos = Vectors.cosine(e.vector(), c.vector());
                if (cos >= ClaimJudge.CLOSE_MEANING) {
                    near.add(c);
                    cosines.add(cos);
                }
            }
            Integer[] order = new Integer[near.size()];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            java.util.Arrays.sort(order, (x, y) -> Double.compare(cosines.get(y), cosines.get(x)));
            for (int k = 0; k < Math.min(MEANING_NEIGHBOURS, order.length); k++) {
                Entry c = near.get(order[k]);
                ClaimJudge.Verdict v = judge.judge(e.side(), c.side(), this::idf);
                if (v.same() && allowed(e, c, Evidence.MEANING)) {
                    return new ClaimAssignment(e.statementId(), c.claimId(), ClaimAssignment.Layer.MEANING, v.cosine());
                }
            }
        }
        // (e') a short statement by meaning: the judge joins it only to its own words in the same sense, which for
        // wordings the same after folding is always so (one text, one vector), so it needs no vector: its speaker's
        // identical wording, which the exact layer leaves to meaning when the words are too few to stand alone
        if (e.speaker() != null && vectors != null && ClaimJudge.isShort(w)) {
            for (Entry c : recent(exact.get(w.folded()))) {
                if (e.speaker().equals(c.speaker()) && allowed(e, c, Evidence.MEANING)) {
                    return new ClaimAssignment(e.statementId(), c.claimId(), ClaimAssignment.Layer.MEANING, 1);
                }
            }
        }
        return null;
    }

    /**
     * Whether a statement is worth a sentence vector: a short statement ({@link ClaimJudge#isShort}) joins only its
     * own words in the same sense, that is its speaker's identical wording (layer e'), or one that the word layers
     * (contained, near duplicate) find, and {@code check} finds it through its words. On news-dev these are about a
     * quarter of the distinct wordings. An unattributed statement is never joined by meaning either, but it keeps
     * its vector: {@code check} asks for a claim by meaning whoever said it.
     */
    public static boolean worthEmbedding(String text) {
        return !ClaimJudge.isShort(Wording.of(text, null));
    }

    /** May the short wording stand for the long one by containment? Depends on its length and the speakers. */
    private static boolean containable(Entry shortSide, Entry longSide) {
        int n = shortSide.wording().content().size();
        boolean sameSpeaker = shortSide.speaker() != null && shortSide.speaker().equals(longSide.speaker());
        return n >= (sameSpeaker ? MIN_CONTAINED_SAME_SPEAKER : MIN_CONTAINED_CONTENT);
    }

    /**
     * Words distinctive enough to be one person's own when two named speakers are given them: a slogan or a stock
     * phrase of a few words ("Make America great again", "the glass ceiling") is repeated by everyone who quotes
     * it, so it makes no claim of theirs; a sentence of {@value #DISTINCTIVE_TOKENS} words or more given to two
     * people is one claim whose attribution is in conflict.
     */
    private static boolean distinctive(Wording w) {
        return w.tokens().size() >= DISTINCTIVE_TOKENS && w.content().size() >= MIN_CONTAINED_CONTENT;
    }

    /** What a merge rests on: the words themselves (one inside the other, or nearly the same), or their meaning. */
    enum Evidence { WORDS_CONTAINED, WORDS_ALIKE, MEANING }

    /**
     * Containment only asks the guard (negation): a partial quote differs from its full quote by design. Any other
     * merge must also pass the judge's vetoes (figures, modality, a swapped subject, object, place or date).
     *
     * <p>Who may share a claim depends on the evidence. The same distinctive words (one inside the other, or a near
     * duplicate, of {@value #DISTINCTIVE_TOKENS} words or more) are one claim whoever they are given to: outlets that
     * give them to different speakers are in conflict over its attribution, which the contradictions stage reports;
     * they did not make two claims. Shorter words, and any rewording by meaning, join only what the same speaker (or
     * the body they speak for, or an unnamed source) said: two people who say alike things in their own words each
     * make their own claim, and embeddings rate one topic in two mouths as close (on the seed, letting meaning join
     * across speakers at cosine 0.70 cost a precision of 1.000 → 0.872 for no pair gained).
     */
    private boolean allowed(Entry a, Entry b, Evidence evidence) {
        boolean containment = evidence == Evidence.WORDS_CONTAINED;
        boolean ownWords = evidence != Evidence.MEANING && distinctive(a.wording()) && distinctive(b.wording());
        if (!ownWords && !mayShare(a, b)) {
            return false;
        }
        if (guard.veto(a.wording(), a.bag().lemmas(), b.wording(), b.bag().lemmas(), containment) != null) {
            return false;
        }
        return containment || judge.veto(a.side(), b.side()) == null;
    }

    private Entry entry(long statementId, long claimId, Wording w, String speaker, boolean named, String role,
                        String frame, long article, boolean inTitle) {
        SoftOverlap.Bag bag = SoftOverlap.bag(w.content(), lexicon);
        String key = speakerKey(speaker);
        // the shingles are of the bag's lemmas: the lexicon is asked each word's lemma once
        Set<String> shingles = MinHasher.shingles(bag.lemmas());
        float[] vector = vectors == null || ClaimJudge.isShort(w) ? null : vectors.apply(w.text());
        return new Entry(statementId, claimId, w, key, bag, shingles, minHasher.bandKeys(shingles),
                frame, -1, vector, named && speaker != null, words(role), article, inTitle);
    }

    /**
     * A claim is what one speaker said: the same words given to two different named speakers are two claims (the
     * attribution contradiction links them). A description ("a spokesman", "advisers") or an unattributed quote may
     * still join a named speaker's claim, as it may be that speaker or the body they speak for.
     */
    private boolean mayShare(Entry e, Entry c) {
        if (!sameBody(e, c)) {
            return false;
        }
        // the named speakers the claim already has, not only the wording matched: an unnamed "advisers" between two
        // named people must not chain them into one claim. One of them suffices: a claim whose words were also given
        // to another speaker (an attribution conflict) still takes its own speaker's rewordings.
        Map<String, Entry> named = namedOfClaim.getOrDefault(c.claimId(), Map.of());
        return named.isEmpty() || named.values().stream().anyMatch(n -> sameBody(e, n));
    }

    private static boolean sameBody(Entry a, Entry b) {
        if (a.speaker() == null || b.speaker() == null || a.speaker().equals(b.speaker()) || !a.named() || !b.named()) {
            return true;
        }
        // one body: a spokesperson and the body their role names ("the Ruritanian army's spokesperson", the army)
        return a.roleWords().containsAll(words(b.speaker())) || b.roleWords().containsAll(words(a.speaker()));
    }

    /** The article of a stored claim's member, which the grouper is not told (only new statements are compared by article). */
    private static final long NO_ARTICLE = Long.MIN_VALUE;

    private static final java.util.regex.Pattern NON_LETTERS = java.util.regex.Pattern.compile("[^\\p{L}]+");

    /** The lower-case words of a name or role, without possessive endings; empty for null. */
    private static Set<String> words(String text) {
        Set<String> out = new java.util.HashSet<>();
        if (text == null) {
            return out;
        }
        for (String w : NON_LETTERS.split(text.toLowerCase(Locale.ROOT).replace("’s", "").replace("'s", ""))) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    private static String speakerKey(String speaker) {
        return speaker == null || speaker.isBlank() ? null : speaker.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Partial quotes that one sentence gives to one speaker ("X said ending “A” was “B”") are the pieces of one
     * reported claim: they share a frame key.
     */
    private static String frameOf(Statement s) {
        if (s.kind() != whosaid.quotes.QuoteKind.PARTIAL || s.context() == null || speakerKey(s.speaker()) == null) {
            return null;
        }
        return s.articleId() + "\u0001" + speakerKey(s.speaker()) + "\u0001" + s.context() + "\u0001"
                + clauseOf(s.context(), s.text());
    }

    /** "… said that “A” and that “B” …": each "and that" opens another reported clause, another claim. */
    private static final java.util.regex.Pattern NEXT_CLAUSE =
            java.util.regex.Pattern.compile("\\b(?:and|but|while|adding) that\\b");

    /** Which coordinated reported clause of the sentence holds the quote: 0 for the first. */
    static int clauseOf(String context, String quote) {
        int at = context.indexOf(quote);
        if (at < 0) {
            return 0;
        }
        java.util.regex.Matcher m = NEXT_CLAUSE.matcher(context);
        int clause = 0;
        while (m.find() && m.start() < at) {
            clause++;
        }
        return clause;
    }

    private void index(Entry unindexed) {
        Entry e = unindexed.withSerial(documents);
        if (documents == reachedBy.length) {
            int size = documents * 2;
            comparedBy = java.util.Arrays.copyOf(comparedBy, size);
            reachedBy = java.util.Arrays.copyOf(reachedBy, size);
            wordsReaching = java.util.Arrays.copyOf(wordsReaching, size);
            lastWord = java.util.Arrays.copyOf(lastWord, size);
        }
        Wording w = e.wording();
        if (e.named() && e.speaker() != null) {
            namedOfClaim.computeIfAbsent(e.claimId(), k -> new HashMap<>(2)).putIfAbsent(e.speaker(), e);
        }
        exact.computeIfAbsent(w.folded(), k -> new ArrayList<>(1)).add(e);
        if (e.frame() != null) {
            frames.putIfAbsent(e.frame(), e);
        }
        Set<String> distinct = new LinkedHashSet<>(w.content());
        if (!distinct.isEmpty()) {
            anchored.computeIfAbsent(rarest(w.content()), k -> new ArrayList<>()).add(e);
        }
        for (String t : distinct) {
            postings.computeIfAbsent(t, k -> new ArrayList<>()).add(e);
            tokenDf.merge(t, 1, Integer::sum);
        }
        for (String l : new LinkedHashSet<>(e.bag().lemmas())) {
            lemmaDf.merge(l, 1, Integer::sum);
        }
        documents++;
        for (long key : e.bands()) {
            buckets.computeIfAbsent(key, k -> new ArrayList<>(2)).add(e);
        }
        if (e.speaker() != null) {
            if (e.vector() != null) {
                bySpeaker.computeIfAbsent(e.speaker(), k -> new ArrayList<>()).add(e);
            }
            Map<String, List<Entry>> ofSpeaker = speakerConcepts.computeIfAbsent(e.speaker(), x -> new HashMap<>());
            for (String k : e.bag().keys()) {
                ofSpeaker.computeIfAbsent(k, x -> new ArrayList<>()).add(e);
            }
        }
    }

    /** The content word fewest wordings share so far: the cheapest postings list that still finds every container. */
    private String rarest(List<String> content) {
        String best = content.get(0);
        int bestDf = Integer.MAX_VALUE;
        for (String t : content) {
            int df = tokenDf.getOrDefault(t, 0);
            if (df < bestDf) {
                best = t;
                bestDf = df;
            }
        }
        return best;
    }

    private double idf(String lemma) {
        return Math.log((documents + 1.0) / (lemmaDf.getOrDefault(lemma, 0) + 1.0)) + 1.0;
    }

    private static List<Entry> recent(List<Entry> list) {
        return recent(list, POSTINGS_CAP);
    }

    private static List<Entry> recent(List<Entry> list, int cap) {
        if (list == null) {
            return List.of();
        }
        return list.size() <= cap ? list : list.subList(list.size() - cap, list.size());
    }
}
