package whosaid.store;

import static whosaid.store.schema.Tables.ARTICLE;
import static whosaid.store.schema.Tables.CLAIM;
import static whosaid.store.schema.Tables.CONTRADICTION;
import static whosaid.store.schema.Tables.QUOTE;
import static whosaid.store.schema.Tables.SPEAKER;
import static whosaid.store.schema.Tables.SPEAKER_ALIAS;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import whosaid.store.schema.tables.Quote;

/**
 * The reads behind one page of the web app: one speaker, one article, one page of speakers. Each reads only what
 * its page shows, so a page costs the same on a store of a thousand quotes and of a million. Values reach SQL as
 * bind values only.
 */
public final class BrowseReads {
    private final Database database;
    private final Reads reads;

    public BrowseReads(Database database) {
        this.database = database;
        this.reads = new Reads(database);
    }

    /** The speaker with this id, with aliases, quote count and outlets; empty when there is none. */
    public Optional<StoredSpeaker> speaker(long id) {
        List<StoredSpeaker> found = speakers(List.of(id));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /**
     * One page of the speakers whose name or any alias holds {@code nameContains} (case-insensitive; null: all),
     * most quoted first.
     */
    public List<StoredSpeaker> speakersPage(String nameContains, int offset, int limit) {
        // speaker.quotes is kept by the quote triggers (V10), and speaker_rank holds this order: a page is read
        // off the index instead of counting every speaker's quotes first.
        List<Long> ids = guarded(() -> database.dsl()
                .select(SPEAKER.ID)
                .from(SPEAKER)
                .where(named(nameContains))
                .orderBy(SPEAKER.QUOTES.desc(), database.nameOrder(SPEAKER.NAME), SPEAKER.ID)
                .limit(limit).offset(offset)
                .fetch(SPEAKER.ID));
        Map<Long, StoredSpeaker> byId = new LinkedHashMap<>();
        speakers(ids).forEach(s -> byId.put(s.id(), s));
        return ids.stream().map(byId::get).toList();
    }

    /** How many speakers {@link #speakersPage} would list over all pages. */
    public int countSpeakers(String nameContains) {
        return guarded(() -> database.dsl().selectCount().from(SPEAKER).where(named(nameContains)).fetchOne(0,
                int.class));
    }

    private static Condition named(String nameContains) {
        if (nameContains == null || nameContains.isBlank()) {
            return DSL.noCondition();
        }
        return SPEAKER.NAME.containsIgnoreCase(nameContains).or(DSL.exists(DSL.selectOne().from(SPEAKER_ALIAS)
                .where(SPEAKER_ALIAS.SPEAKER_ID.eq(SPEAKER.ID))
                .and(SPEAKER_ALIAS.ALIAS.containsIgnoreCase(nameContains))));
    }

    private List<StoredSpeaker> speakers(Collection<Long> ids) {
        return reads.speakersWhere(ids);
    }

    /** Every quotation by this speaker, in article order. */
    public List<StoredQuote> quotesOfSpeaker(long speakerId) {
        return reads.quotes(List.of(QUOTE.SPEAKER_ID.eq(speakerId)));
    }

    /** Every quotation in the article with this row id, of every kind, in text order (title first). */
    public List<StoredQuote> quotesOfArticle(long articleRowId) {
        return reads.quotes(List.of(ARTICLE.ID.eq(articleRowId)));
    }

    /**
     * The article whose export id is {@code articleId}: the input's own id where it gave one, else whosaid's row id
     * (the export contract). The first stored wins when an input gave two articles the same id.
     */
    public Optional<ArticleRow> article(String articleId) {
        Long rowId = guarded(() -> database.dsl().select(ARTICLE.ID).from(ARTICLE)
                .where(ARTICLE.EXTERNAL_ID.eq(articleId))
                .orderBy(ARTICLE.ID).limit(1).fetchOne(ARTICLE.ID));
        if (rowId == null && articleId.matches("[0-9]{1,18}")) {
            long asRow = Long.parseLong(articleId);
            rowId = guarded(() -> database.dsl().select(ARTICLE.ID).from(ARTICLE)
                    .where(ARTICLE.ID.eq(asRow)).and(ARTICLE.EXTERNAL_ID.isNull())
                    .fetchOne(ARTICLE.ID));
        }
        if (rowId == null) {
            return Optional.empty();
        }
        List<ArticleRow> rows = reads.articleRows(List.of(rowId));
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    /**
     * One page of the contradictions that pass every given filter, strongest first; a null filter does not filter.
     * Filtering and paging happen in SQL: a store lists tens of thousands, and a page shows twenty.
     *
     * @param speakerIds only contradictions with a side quoted from one of these speakers
     */
    public List<StoredContradiction> contradictions(String kind, Double minStrength, Collection<Long> speakerIds,
                                                    Long storyId, int offset, int limit) {
        Quote aQuote = QUOTE.as("aq");
        Quote bQuote = QUOTE.as("bq");
        // The page's ids first, from the contradiction table alone (joined to quotes only for a speaker filter):
        // joining every article, outlet and speaker before sorting cost a tenth of a second on 16,000 rows.
        List<Long> ids = guarded(() -> database.dsl().select(CONTRADICTION.ID)
                .from(filtered(speakerIds, aQuote, bQuote))
                .where(contradictionFilter(kind, minStrength, speakerIds, storyId, aQuote, bQuote))
                .orderBy(CONTRADICTION.STRENGTH.desc(), CONTRADICTION.ID)
                .limit(limit).offset(offset)
                .fetch(CONTRADICTION.ID));
        if (ids.isEmpty()) {
            return List.of();
        }
        return reads.contradictionsWhere(CONTRADICTION.ID.in(ids));
    }

    /** How many contradictions {@link #contradictions} would list over all pages. */
    public int countContradictions(String kind, Double minStrength, Collection<Long> speakerIds, Long storyId) {
        Quote aQuote = QUOTE.as("aq");
        Quote bQuote = QUOTE.as("bq");
        return guarded(() -> database.dsl().selectCount().from(filtered(speakerIds, aQuote, bQuote))
                .where(contradictionFilter(kind, minStrength, speakerIds, storyId, aQuote, bQuote))
                .fetchOne(0, int.class));
    }

    /** The contradiction table, joined to its sides' quotes only when a speaker filter needs them. */
    private static org.jooq.Table<?> filtered(Collection<Long> speakerIds, Quote aQuote, Quote bQuote) {
        if (speakerIds == null) {
            return CONTRADICTION;
        }
        return CONTRADICTION.leftJoin(aQuote).on(aQuote.ID.eq(CONTRADICTION.A_QUOTE_ID))
                .leftJoin(bQuote).on(bQuote.ID.eq(CONTRADICTION.B_QUOTE_ID));
    }

    private static Condition contradictionFilter(String kind, Double minStrength, Collection<Long> speakerIds,
                                                 Long storyId, Quote aQuote, Quote bQuote) {
        Condition where = DSL.noCondition();
        if (storyId != null) {
            where = where.and(CONTRADICTION.STORY_ID.eq(storyId));
        }
        if (kind != null) {
            where = where.and(CONTRADICTION.KIND.eq(kind));
        }
        if (minStrength != null) {
            where = where.and(CONTRADICTION.STRENGTH.ge(minStrength));
        }
        if (speakerIds != null) {
            where = where.and(aQuote.SPEAKER_ID.in(speakerIds).or(bQuote.SPEAKER_ID.in(speakerIds)));
        }
        return where;
    }

    /** Ids of the speakers whose name or an alias holds the text, at most {@code limit}, most quoted first. */
    public List<Long> speakerIdsNamed(String nameContains, int limit) {
        return speakersPage(nameContains, 0, limit).stream().map(StoredSpeaker::id).toList();
    }

    /** The wording of some stored claim, or empty when there is none. */
    public Optional<String> someClaimText() {
        return Optional.ofNullable(guarded(() -> database.dsl().select(CLAIM.TEXT).from(CLAIM).orderBy(CLAIM.ID)
                .limit(1).fetchOne(CLAIM.TEXT)));
    }

    private static <T> T guarded(java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (DataAccessException e) {
            throw new StoreException("cannot read the database: " + Database.firstLine(e.getMessage()), e);
        }
    }
}
