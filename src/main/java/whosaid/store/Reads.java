package whosaid.store;

import static whosaid.store.schema.Tables.ARTICLE;
import static whosaid.store.schema.Tables.CLAIM;
import static whosaid.store.schema.Tables.CONTRADICTION;
import static whosaid.store.schema.Tables.OUTLET;
import static whosaid.store.schema.Tables.QUOTE;
import static whosaid.store.schema.Tables.SPEAKER;
import static whosaid.store.schema.Tables.SPEAKER_ALIAS;
import static whosaid.store.schema.Tables.SPEAKER_OUTLET;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jooq.Condition;
import org.jooq.Record;
import whosaid.store.schema.tables.Quote;
import whosaid.store.schema.tables.Speaker;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/** Every read the query stage needs, as plain records. All values reach SQL as bind values. */
public final class Reads {
    /** Row ids asked about in one query: well under SQLite's limit on bound values. */
    private static final int IDS_PER_QUERY = 500;

    private final Database database;

    public Reads(Database database) {
        this.database = database;
    }

    public List<StoredArticle> articles() {
        return articlesWhere(DSL.noCondition());
    }

    /**
     * The articles with these row ids, without their bodies, in ingest order: a page that lists a story's articles
     * needs their titles and dates, and reading every body cost most of it.
     */
    public List<StoredArticle> articles(Collection<Long> rowIds) {
        List<StoredArticle> out = new ArrayList<>(rowIds.size());
        List<Long> all = new ArrayList<>(new TreeSet<>(rowIds));
        for (int from = 0; from < all.size(); from += IDS_PER_QUERY) {
            out.addAll(articlesWhere(ARTICLE.ID.in(all.subList(from, Math.min(all.size(), from + IDS_PER_QUERY)))));
        }
        return out;
    }

    private List<StoredArticle> articlesWhere(Condition where) {
        return guarded(() -> database.dsl()
                .select(ARTICLE.ID, ARTICLE.EXTERNAL_ID, ARTICLE.TITLE, OUTLET.NAME, ARTICLE.BYLINE, ARTICLE.PUBLISHED,
                        ARTICLE.URL, ARTICLE.SOURCE, ARTICLE.SOURCE_LINE, DSL.length(ARTICLE.BODY))
                .from(ARTICLE).leftJoin(OUTLET).on(OUTLET.ID.eq(ARTICLE.OUTLET_ID))
                .where(where)
                .orderBy(ARTICLE.ID)
                .fetch(r -> new StoredArticle(r.value1(), articleId(r.value2(), r.value1()), r.value3(), r.value4(),
                        r.value5(), r.value6(), r.value7(), r.value8(), r.value9(), r.value10())));
    }

    /** The article's body (or title, for quotes in a title), to show the words around a quote. */
    public String body(long articleRowId) {
        return guarded(() -> database.dsl().select(ARTICLE.BODY).from(ARTICLE).where(ARTICLE.ID.eq(articleRowId))
                .fetchOne(ARTICLE.BODY));
    }

    /** Every stored quote, in article order (title quotes first, then by offset). */
    public List<StoredQuote> allQuotes() {
        return quotes(List.of());
    }

    /**
     * The quotes that pass every given filter, in article order; a null filter does not filter.
     *
     * @param speakerIds only quotes by these speakers
     * @param outlet     outlet name, case-insensitive
     * @param article    article id (the input's id or the row id) or a part of its title
     * @param kinds      labels of the kinds to list
     */
    public List<StoredQuote> quotes(Set<Long> speakerIds, String outlet, String article, Set<String> kinds) {
        List<Condition> where = new ArrayList<>();
        if (speakerIds != null) {
            where.add(QUOTE.SPEAKER_ID.in(speakerIds));
        }
        if (outlet != null) {
            where.add(OUTLET.NAME.equalIgnoreCase(outlet));
        }
        if (article != null) {
            where.add(ARTICLE.EXTERNAL_ID.eq(article)
                    .or(ARTICLE.ID.cast(String.class).eq(article).and(ARTICLE.EXTERNAL_ID.isNull()))
                    .or(ARTICLE.TITLE.containsIgnoreCase(article)));
        }
        if (kinds != null) {
            where.add(QUOTE.KIND.in(kinds));
        }
        return quotes(where);
    }

    /**
     * The quotes under these claims. The fact-check query reads only its candidates' quotes: reading every quote
     * and filtering in Java cost seconds on a million quotes.
     */
    public List<StoredQuote> quotesOfClaims(Collection<Long> claimIds) {
        return inChunks(claimIds, chunk -> quotes(List.of(QUOTE.CLAIM_ID.in(chunk))));
    }

    /** The quotes no claim holds yet (what the claims stage groups next), in article order. */
    public List<StoredQuote> unclaimedQuotes() {
        return quotes(List.of(QUOTE.CLAIM_ID.isNull()));
    }

    /** The highest quote id stored, 0 for none: a store's size through its primary key, without counting rows. */
    public long highestQuoteId() {
        Long max = guarded(() -> database.dsl().select(DSL.max(QUOTE.ID)).from(QUOTE).fetchOne(0, Long.class));
        return max == null ? 0 : max;
    }

    /**
     * The latest claimed quotes of each of these speakers (highest ids first, at most {@code perSpeaker} each),
     * returned in article order. One look-up of the speaker index a speaker, so the cost follows the speakers asked
     * about, not how much each has said.
     */
    public List<StoredQuote> latestClaimedQuotesOf(Collection<Long> speakerIds, int perSpeaker) {
        Set<Long> ids = new TreeSet<>();
        for (long speaker : new TreeSet<>(speakerIds)) {
            ids.addAll(guarded(() -> database.dsl().select(QUOTE.ID).from(QUOTE)
                    .where(QUOTE.SPEAKER_ID.eq(speaker)).and(QUOTE.CLAIM_ID.isNotNull())
                    .orderBy(QUOTE.ID.desc()).limit(perSpeaker).fetch(QUOTE.ID)));
        }
        return quotesById(ids);
    }

    /** The quotes with these ids, in article order; asked for a few hundred at a time. */
    public List<StoredQuote> quotesById(Collection<Long> quoteIds) {
        return inChunks(quoteIds, chunk -> quotes(List.of(QUOTE.ID.in(chunk))));
    }

    /** The bodies of these articles (row ids), by row id; asked for a few hundred at a time. */
    public Map<Long, String> bodies(Collection<Long> articleRowIds) {
        Map<Long, String> out = new HashMap<>();
        List<Long> all = new ArrayList<>(new TreeSet<>(articleRowIds));
        for (int from = 0; from < all.size(); from += IDS_PER_QUERY) {
            List<Long> chunk = all.subList(from, Math.min(all.size(), from + IDS_PER_QUERY));
            guarded(() -> database.dsl().select(ARTICLE.ID, ARTICLE.BODY).from(ARTICLE).where(ARTICLE.ID.in(chunk))
                    .fetch()).forEach(r -> out.put(r.value1(), r.value2()));
        }
        return out;
    }

    /** The quotes every chunk of ids selects, merged back into article order. */
    private List<StoredQuote> inChunks(Collection<Long> ids, java.util.function.Function<List<Long>,
            List<StoredQuote>> read) {
        List<Long> all = new ArrayList<>(new TreeSet<>(ids));
        if (all.size() <= IDS_PER_QUERY) {
            return all.isEmpty() ? List.of() : read.apply(all);
        }
        List<StoredQuote> out = new ArrayList<>();
        for (int from = 0; from < all.size(); from += IDS_PER_QUERY) {
            out.addAll(read.apply(all.subList(from, Math.min(all.size(), from + IDS_PER_QUERY))));
        }
        out.sort(ARTICLE_ORDER);
        return out;
    }

    /** The order quotes() gives: by article, title quotes first, then by offset. */
    private static final java.util.Comparator<StoredQuote> ARTICLE_ORDER = java.util.Comparator
            .comparingLong(StoredQuote::articleRowId).thenComparing(q -> !q.inTitle())
            .thenComparingInt(StoredQuote::start);

    /** The quotes of these articles (row ids), in article order: the stories stage reads a story's quotes. */
    public List<StoredQuote> quotesOfArticles(Collection<Long> articleRowIds) {
        List<StoredQuote> out = new ArrayList<>();
        List<Long> all = new ArrayList<>(articleRowIds);
        for (int from = 0; from < all.size(); from += IDS_PER_QUERY) {
            out.addAll(quotes(List.of(QUOTE.ARTICLE_ID.in(all.subList(from, Math.min(all.size(), from + IDS_PER_QUERY))))));
        }
        return out;
    }

    /** The claims with these ids, in id order. */
    public List<StoredClaim> claims(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : guarded(() -> database.dsl()
                .select(CLAIM.ID, CLAIM.TEXT, CLAIM.FIRST_PUBLISHED, CLAIM.LAST_PUBLISHED)
                .from(CLAIM).where(CLAIM.ID.in(ids)).orderBy(CLAIM.ID)
                .fetch(r -> new StoredClaim(r.value1(), r.value2(), r.value3(), r.value4())));
    }

    List<StoredQuote> quotes(List<Condition> where) {
        return guarded(() -> database.dsl()
                .select(QUOTE.ID, ARTICLE.ID, ARTICLE.EXTERNAL_ID, ARTICLE.TITLE, OUTLET.NAME, ARTICLE.PUBLISHED,
                        QUOTE.TEXT, QUOTE.START, QUOTE.END, QUOTE.IN_TITLE, QUOTE.KIND, QUOTE.SPEAKER_ID, SPEAKER.NAME,
                        QUOTE.SPEAKER_MENTION, QUOTE.CUE, QUOTE.SIEVE, QUOTE.CLAIM_ID, QUOTE.CONFIDENCE,
                        SPEAKER.ANONYMOUS, SPEAKER.ROLE)
                .from(QUOTE)
                .join(ARTICLE).on(ARTICLE.ID.eq(QUOTE.ARTICLE_ID))
                .leftJoin(OUTLET).on(OUTLET.ID.eq(ARTICLE.OUTLET_ID))
                .leftJoin(SPEAKER).on(SPEAKER.ID.eq(QUOTE.SPEAKER_ID))
                .where(where)
                .orderBy(ARTICLE.ID, QUOTE.IN_TITLE.desc(), QUOTE.START)
                .fetch(Reads::toQuote));
    }

    /**
     * A row of {@link #quotes(List)} by position: looking each column up by field compared names for every value, a
     * second of a much-quoted speaker's thousands of quotes.
     */
    private static StoredQuote toQuote(Record r) {
        Long articleRow = (Long) r.get(1);
        Double confidence = (Double) r.get(17);
        Long quoteId = (Long) r.get(0);
        return new StoredQuote(quoteId, articleRow, articleId((String) r.get(2), articleRow),
                (String) r.get(3), (String) r.get(4), (String) r.get(5), (String) r.get(6),
                (Integer) r.get(7), (Integer) r.get(8), ((Integer) r.get(9)) == 1, (String) r.get(10),
                (Long) r.get(11), (String) r.get(12), (String) r.get(13), (String) r.get(14),
                (String) r.get(15), (Long) r.get(16), confidence == null ? 0.0 : confidence,
                Integer.valueOf(1).equals(r.get(18)), (String) r.get(19));
    }

    /** Every speaker with their aliases, quote count and outlets, most quoted first. */
    public List<StoredSpeaker> speakers() {
        List<StoredSpeaker> speakers = new ArrayList<>(speakersWhere(null));
        speakers.sort((a, b) -> a.quotes() != b.quotes() ? Integer.compare(b.quotes(), a.quotes())
                : a.name().compareToIgnoreCase(b.name()));
        return speakers;
    }

    /** The speakers with these ids, with their aliases, quote count and outlets, in id order. */
    public List<StoredSpeaker> speakers(Collection<Long> ids) {
        return speakersWhere(ids);
    }

    /**
     * Every speaker with its aliases only: quote counts and outlets left at zero and empty. Finding whom a name means
     * needs the names alone, and counting every speaker's quotes read the whole quote table.
     */
    public List<StoredSpeaker> speakerNames() {
        return guarded(() -> {
            Map<Long, List<String>> aliases = new HashMap<>();
            database.dsl().select(SPEAKER_ALIAS.SPEAKER_ID, SPEAKER_ALIAS.ALIAS).from(SPEAKER_ALIAS)
                    .orderBy(SPEAKER_ALIAS.SPEAKER_ID, SPEAKER_ALIAS.ALIAS)
                    .forEach(r -> aliases.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
            List<StoredSpeaker> out = new ArrayList<>();
            database.dsl().selectFrom(SPEAKER).orderBy(SPEAKER.ID).forEach(sp -> out.add(
                    new StoredSpeaker(sp.getId(), sp.getName(), sp.getKind(), sp.getRole(), sp.getAffiliation(),
                            sp.getAnonymous() == 1, aliases.getOrDefault(sp.getId(), List.of()), 0, List.of())));
            return out;
        });
    }

    /**
     * The speakers with these ids (every speaker when null), with their aliases, quote count and outlets, in id
     * order. Each of the three reads is restricted to the ids, so one page of a large store costs one page.
     */
    List<StoredSpeaker> speakersWhere(Collection<Long> ids) {
        if (ids != null && ids.isEmpty()) {
            return List.of();
        }
        Condition aliasOf = ids == null ? DSL.noCondition() : SPEAKER_ALIAS.SPEAKER_ID.in(ids);
        Condition countedFor = ids == null ? DSL.noCondition() : SPEAKER_OUTLET.SPEAKER_ID.in(ids);
        Condition speaker = ids == null ? DSL.noCondition() : SPEAKER.ID.in(ids);
        return guarded(() -> {
            Map<Long, List<String>> aliases = new LinkedHashMap<>();
            database.dsl().select(SPEAKER_ALIAS.SPEAKER_ID, SPEAKER_ALIAS.ALIAS).from(SPEAKER_ALIAS)
                    .where(aliasOf)
                    .orderBy(SPEAKER_ALIAS.SPEAKER_ID, SPEAKER_ALIAS.ALIAS)
                    .forEach(r -> aliases.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
            // The counts the quote triggers keep (V10): grouping every quote of the speakers asked about cost
            // seconds for a page of much-quoted speakers in a large store.
            Map<Long, TreeSet<String>> outlets = new LinkedHashMap<>();
            database.dsl().select(SPEAKER_OUTLET.SPEAKER_ID, OUTLET.NAME)
                    .from(SPEAKER_OUTLET).join(OUTLET).on(OUTLET.ID.eq(SPEAKER_OUTLET.OUTLET_ID))
                    .where(countedFor)
                    .forEach(r -> outlets.computeIfAbsent(r.value1(), k -> new TreeSet<>()).add(r.value2()));
            List<StoredSpeaker> out = new ArrayList<>();
            database.dsl().select(SPEAKER.ID, SPEAKER.NAME, SPEAKER.KIND, SPEAKER.ROLE, SPEAKER.AFFILIATION,
                            SPEAKER.ANONYMOUS, SPEAKER.QUOTES)
                    .from(SPEAKER).where(speaker).orderBy(SPEAKER.ID).forEach(s -> out.add(
                    new StoredSpeaker(s.value1(), s.value2(), s.value3(), s.value4(), s.value5(),
                            s.value6() == 1, aliases.getOrDefault(s.value1(), List.of()), s.value7(),
                            List.copyOf(outlets.getOrDefault(s.value1(), new TreeSet<>())))));
            return out;
        });
    }

    /** Every outlet with its article, quotation and speaker counts and the dates it covers, most articles first. */
    public List<StoredOutlet> outlets() {
        return guarded(() -> {
            Map<Long, int[]> quoted = new LinkedHashMap<>();
            var quoteCount = DSL.count(QUOTE.ID);
            var speakerCount = DSL.countDistinct(QUOTE.SPEAKER_ID);
            database.dsl().select(ARTICLE.OUTLET_ID, quoteCount, speakerCount)
                    .from(QUOTE).join(ARTICLE).on(ARTICLE.ID.eq(QUOTE.ARTICLE_ID))
                    .where(QUOTE.KIND.notIn(QuoteWrite.REPORTED, QuoteWrite.TITLE, QuoteWrite.SCARE))
                    .groupBy(ARTICLE.OUTLET_ID)
                    .forEach(r -> quoted.put(r.value1(), new int[]{r.value2(), r.value3()}));
            List<StoredOutlet> out = new ArrayList<>();
            database.dsl().select(ARTICLE.OUTLET_ID, OUTLET.NAME, DSL.count(ARTICLE.ID), DSL.min(ARTICLE.PUBLISHED),
                            DSL.max(ARTICLE.PUBLISHED))
                    .from(ARTICLE).leftJoin(OUTLET).on(OUTLET.ID.eq(ARTICLE.OUTLET_ID))
                    .groupBy(ARTICLE.OUTLET_ID, OUTLET.NAME)
                    .forEach(r -> {
                        int[] q = quoted.getOrDefault(r.value1(), new int[]{0, 0});
                        out.add(new StoredOutlet(r.value2(), r.value3(), q[0], q[1], r.value4(), r.value5()));
                    });
            out.sort((a, b) -> a.articles() != b.articles() ? Integer.compare(b.articles(), a.articles())
                    : String.valueOf(a.name()).compareToIgnoreCase(String.valueOf(b.name())));
            return out;
        });
    }

    /**
     * How many rows {@link #outlets()} lists (articles without an outlet are one), without counting their quotes: a
     * look at the article index instead of a pass over every quote.
     */
    public int outletCount() {
        return guarded(() -> database.dsl().fetchCount(DSL.selectDistinct(ARTICLE.OUTLET_ID).from(ARTICLE)));
    }

    /** The row id of every stored article, in ingest order. */
    public List<Long> articleRowIds() {
        return guarded(() -> database.dsl().select(ARTICLE.ID).from(ARTICLE).orderBy(ARTICLE.ID).fetch(ARTICLE.ID));
    }

    /** The articles with these row ids, whole, in ingest order; asked for a few hundred at a time. */
    public List<ArticleRow> articleRows(List<Long> rowIds) {
        List<ArticleRow> out = new ArrayList<>(rowIds.size());
        for (int from = 0; from < rowIds.size(); from += IDS_PER_QUERY) {
            List<Long> chunk = rowIds.subList(from, Math.min(rowIds.size(), from + IDS_PER_QUERY));
            out.addAll(guarded(() -> database.dsl()
                    .select(ARTICLE.ID, ARTICLE.EXTERNAL_ID, ARTICLE.TITLE, ARTICLE.DEK, OUTLET.NAME, ARTICLE.BYLINE,
                            ARTICLE.PUBLISHED, ARTICLE.URL, ARTICLE.BODY, ARTICLE.SOURCE, ARTICLE.SOURCE_LINE)
                    .from(ARTICLE).leftJoin(OUTLET).on(OUTLET.ID.eq(ARTICLE.OUTLET_ID))
                    .where(ARTICLE.ID.in(chunk))
                    .fetch(r -> new ArticleRow(r.value1(), new ArticleColumns(r.value2(), r.value3(), r.value4(),
                            r.value5(), r.value6(), r.value7(), r.value8(), r.value9(), r.value10(), r.value11())))));
        }
        out.sort(java.util.Comparator.comparingLong(ArticleRow::rowId));
        return out;
    }

    public List<StoredClaim> claims() {
        return guarded(() -> database.dsl().select(CLAIM.ID, CLAIM.TEXT, CLAIM.FIRST_PUBLISHED, CLAIM.LAST_PUBLISHED)
                .from(CLAIM).orderBy(CLAIM.ID)
                .fetch(r -> new StoredClaim(r.value1(), r.value2(), r.value3(), r.value4())));
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    /** How many quote hits are grouped for each claim asked for: a claim's several wordings all tend to match. */
    private static final int QUOTE_HITS_PER_CLAIM = 10;
    /** At most about this many quotes are scored for one check (see tellingWords). */
    private static final long MATCH_BUDGET = 20_000;

    /**
     * Claims whose wordings share words with the text, best full-text match first (bm25 on SQLite's FTS5, ts_rank on
     * PostgreSQL's text search). The query is a bind value built from the text's words (letters and digits only),
     * so no input can change the query's meaning.
     */
    public List<Long> claimsMatching(String text, int limit) {
        return claimsMatching(text, limit, MATCH_BUDGET);
    }

    /**
     * As {@link #claimsMatching(String, int)}, scoring at most about {@code budget} quotes: the claims stage looks
     * for copies of a wording, which share its rarest words, and needs far fewer than a user's loose question.
     */
    public List<Long> claimsMatching(String text, int limit, long budget) {
        Set<String> words = new LinkedHashSet<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group());
        }
        List<String> terms = new ArrayList<>();
        for (String w : tellingWords(words, budget)) {
            terms.add('"' + w + '"');
        }
        if (terms.isEmpty()) {
            return List.of();
        }
        String match = String.join(" OR ", terms);
        if (database.location().isPostgresql()) {
            // The same plan as below: the best-ranked quotes first (the GIN index finds them), then their claims.
            return guarded(() -> database.dsl().resultQuery(
                            "WITH hits AS MATERIALIZED (SELECT q.id, ts_rank(to_tsvector('simple', q.text), w.query)"
                                    + " AS score FROM quote q, websearch_to_tsquery('simple', ?) AS w(query)"
                                    + " WHERE to_tsvector('simple', q.text) @@ w.query ORDER BY score DESC, q.id"
                                    + " LIMIT ?)"
                                    + " SELECT q.claim_id FROM hits JOIN quote q ON q.id = hits.id"
                                    + " WHERE q.claim_id IS NOT NULL GROUP BY q.claim_id"
                                    + " ORDER BY max(hits.score) DESC, q.claim_id LIMIT ?",
                            match, limit * QUOTE_HITS_PER_CLAIM, limit)
                    .fetch(r -> r.get(0, Long.class)));
        }
        return guarded(() -> database.dsl().resultQuery(
                        // bm25() works only while the full-text table drives the query; a materialised CTE keeps the
                        // planner from folding the join and grouping into it.
                        // Only the best-scored quotes are grouped: grouping every hit cost seconds on a million
                        // quotes, and a claim's place is set by its best quote anyway.
                        "WITH hits AS MATERIALIZED (SELECT rowid AS id, rank AS score FROM quote_fts"
                                + " WHERE quote_fts MATCH ? ORDER BY rank LIMIT ?)"
                                + " SELECT q.claim_id FROM hits JOIN quote q ON q.id = hits.id"
                                + " WHERE q.claim_id IS NOT NULL GROUP BY q.claim_id ORDER BY min(hits.score) LIMIT ?",
                        match, limit * QUOTE_HITS_PER_CLAIM, limit)
                .fetch(r -> r.get(0, Long.class)));
    }

    /**
     * The words to search for: the words of the text that some quote holds, rarest first, as many as keep the
     * quotes to score within {@link #MATCH_BUDGET} (and at least the rarest). Scoring is what costs (bm25 for every
     * quote that holds any of the words), and the rare words are the telling ones: in a store of a million quotes
     * "harbour" is in thirty thousand, a place name in four. A store smaller than the budget is searched for every
     * word, as before.
     */
    private List<String> tellingWords(Set<String> words, long budget) {
        boolean postgresql = database.location().isPostgresql();
        Map<String, String> byTerm = new LinkedHashMap<>();
        for (String w : words) {
            byTerm.putIfAbsent(postgresql ? w.toLowerCase(java.util.Locale.ROOT) : ftsTerm(w), w);
        }
        if (byTerm.isEmpty()) {
            return List.of();
        }
        // SQLite reads the counts from the FTS5 index (quote_fts_terms); PostgreSQL keeps them in quote_term.
        String counts0 = postgresql ? "SELECT term, doc FROM quote_term WHERE doc > 0 AND term IN ("
                : "SELECT term, doc FROM quote_fts_terms WHERE term IN (";
        Map<String, Long> counts = new HashMap<>();
        guarded(() -> database.dsl().resultQuery(counts0
                        + String.join(", ", java.util.Collections.nCopies(byTerm.size(), "?")) + ")",
                byTerm.keySet().toArray())
                .fetch()).forEach(r -> counts.put(r.get(0, String.class), r.get(1, Long.class)));
        List<String> present = byTerm.keySet().stream().filter(counts::containsKey)
                .sorted(java.util.Comparator.comparingLong(counts::get)).toList();
        List<String> kept = new ArrayList<>();
        long postings = 0;
        for (String term : present) {
            postings += counts.get(term);
            if (!kept.isEmpty() && postings > budget) {
                break;
            }
            kept.add(byTerm.get(term));
        }
        return kept;
    }

    /** A word as quote_fts's tokenizer (unicode61, diacritics removed) indexes it. */
    private static String ftsTerm(String word) {
        String folded = java.text.Normalizer.normalize(word.toLowerCase(java.util.Locale.ROOT),
                java.text.Normalizer.Form.NFD);
        return folded.replaceAll("\\p{M}+", "");
    }

    public List<StoredContradiction> contradictions() {
        return contradictions(null);
    }

    /** The contradictions found inside one story (every one when the story is null), strongest first. */
    public List<StoredContradiction> contradictions(Long storyId) {
        return contradictionsWhere(storyId == null ? DSL.trueCondition() : CONTRADICTION.STORY_ID.eq(storyId));
    }

    /** The contradictions either side of which is a quote of this speaker, strongest first. */
    public List<StoredContradiction> contradictionsOfSpeaker(long speakerId) {
        var quotesOf = DSL.select(QUOTE.ID).from(QUOTE).where(QUOTE.SPEAKER_ID.eq(speakerId));
        return contradictionsWhere(CONTRADICTION.A_QUOTE_ID.in(quotesOf).or(CONTRADICTION.B_QUOTE_ID.in(quotesOf)));
    }

    /** The contradictions that meet the condition, with both sides' evidence, strongest first. */
    List<StoredContradiction> contradictionsWhere(Condition where) {
        var aArticle = ARTICLE.as("aa");
        var bArticle = ARTICLE.as("ba");
        var aOutlet = OUTLET.as("ao");
        var bOutlet = OUTLET.as("bo");
        Quote aQuote = QUOTE.as("aq");
        Quote bQuote = QUOTE.as("bq");
        Speaker aSpeaker = SPEAKER.as("asp");
        Speaker bSpeaker = SPEAKER.as("bsp");
        return guarded(() -> database.dsl()
                .select(CONTRADICTION.asterisk(),
                        aArticle.EXTERNAL_ID, aArticle.TITLE, aArticle.PUBLISHED, aOutlet.NAME, aSpeaker.NAME,
                        bArticle.EXTERNAL_ID, bArticle.TITLE, bArticle.PUBLISHED, bOutlet.NAME, bSpeaker.NAME)
                .from(CONTRADICTION)
                .join(aArticle).on(aArticle.ID.eq(CONTRADICTION.A_ARTICLE_ID))
                .join(bArticle).on(bArticle.ID.eq(CONTRADICTION.B_ARTICLE_ID))
                .leftJoin(aOutlet).on(aOutlet.ID.eq(aArticle.OUTLET_ID))
                .leftJoin(bOutlet).on(bOutlet.ID.eq(bArticle.OUTLET_ID))
                .leftJoin(aQuote).on(aQuote.ID.eq(CONTRADICTION.A_QUOTE_ID))
                .leftJoin(bQuote).on(bQuote.ID.eq(CONTRADICTION.B_QUOTE_ID))
                .leftJoin(aSpeaker).on(aSpeaker.ID.eq(aQuote.SPEAKER_ID))
                .leftJoin(bSpeaker).on(bSpeaker.ID.eq(bQuote.SPEAKER_ID))
                .where(where)
                .orderBy(CONTRADICTION.STRENGTH.desc(), CONTRADICTION.ID)
                .fetch(r -> new StoredContradiction(r.get(CONTRADICTION.ID), r.get(CONTRADICTION.KIND),
                        new StoredContradiction.Side(r.get(CONTRADICTION.A_QUOTE_ID), r.get(CONTRADICTION.A_ARTICLE_ID),
                                articleId(r.get(aArticle.EXTERNAL_ID), r.get(CONTRADICTION.A_ARTICLE_ID)),
                                r.get(aArticle.TITLE), r.get(aOutlet.NAME), r.get(aArticle.PUBLISHED),
                                r.get(aSpeaker.NAME), r.get(CONTRADICTION.A_TEXT), r.get(CONTRADICTION.A_START),
                                r.get(CONTRADICTION.A_END)),
                        new StoredContradiction.Side(r.get(CONTRADICTION.B_QUOTE_ID), r.get(CONTRADICTION.B_ARTICLE_ID),
                                articleId(r.get(bArticle.EXTERNAL_ID), r.get(CONTRADICTION.B_ARTICLE_ID)),
                                r.get(bArticle.TITLE), r.get(bOutlet.NAME), r.get(bArticle.PUBLISHED),
                                r.get(bSpeaker.NAME), r.get(CONTRADICTION.B_TEXT), r.get(CONTRADICTION.B_START),
                                r.get(CONTRADICTION.B_END)),
                        r.get(CONTRADICTION.WHY), r.get(CONTRADICTION.STRENGTH), r.get(CONTRADICTION.STORY_ID))));
    }

    static String articleId(String externalId, long rowId) {
        return externalId != null ? externalId : Long.toString(rowId);
    }

    private static <T> T guarded(java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (DataAccessException e) {
            throw new StoreException("cannot read the database: " + Database.firstLine(e.getMessage()), e);
        }
    }
}
