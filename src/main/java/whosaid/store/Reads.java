package whosaid.store;

import static whosaid.store.schema.Tables.ARTICLE;
import static whosaid.store.schema.Tables.OUTLET;
import static whosaid.store.schema.Tables.QUOTE;
import static whosaid.store.schema.Tables.SPEAKER;
import static whosaid.store.schema.Tables.SPEAKER_ALIAS;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.jooq.Condition;
import org.jooq.Record;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/** Every read the query stage needs, as plain records. All values reach SQL as bind values. */
public final class Reads {
    private final Database database;

    public Reads(Database database) {
        this.database = database;
    }

    public List<StoredArticle> articles() {
        return guarded(() -> database.dsl()
                .select(ARTICLE.ID, ARTICLE.EXTERNAL_ID, ARTICLE.TITLE, OUTLET.NAME, ARTICLE.BYLINE, ARTICLE.PUBLISHED,
                        ARTICLE.URL, ARTICLE.SOURCE, ARTICLE.SOURCE_LINE, DSL.length(ARTICLE.BODY))
                .from(ARTICLE).leftJoin(OUTLET).on(OUTLET.ID.eq(ARTICLE.OUTLET_ID))
                .orderBy(ARTICLE.ID)
                .fetch(r -> new StoredArticle(r.value1(), articleId(r.value2(), r.value1()), r.value3(), r.value4(),
                        r.value5(), r.value6(), r.value7(), r.value8(), r.value9(), r.value10())));
    }

    /** The article's body (or title, for quotes in a title), to show the words around a quote. */
    public String body(long articleRowId) {
        return guarded(() -> database.dsl().select(ARTICLE.BODY).from(ARTICLE).where(ARTICLE.ID.eq(articleRowId))
                .fetchOne(ARTICLE.BODY));
    }

    public List<StoredQuote> quotes(QuoteFilter filter) {
        List<Condition> where = new ArrayList<>();
        if (filter.speakerIds() != null) {
            where.add(QUOTE.SPEAKER_ID.in(filter.speakerIds()));
        }
        if (filter.outlet() != null) {
            where.add(OUTLET.NAME.equalIgnoreCase(filter.outlet()));
        }
        if (filter.article() != null) {
            where.add(ARTICLE.EXTERNAL_ID.eq(filter.article())
                    .or(ARTICLE.ID.cast(String.class).eq(filter.article()).and(ARTICLE.EXTERNAL_ID.isNull()))
                    .or(ARTICLE.TITLE.containsIgnoreCase(filter.article())));
        }
        if (filter.kind() != null) {
            where.add(QUOTE.KIND.eq(filter.kind()));
        }
        return guarded(() -> database.dsl()
                .select(QUOTE.ID, ARTICLE.ID, ARTICLE.EXTERNAL_ID, ARTICLE.TITLE, OUTLET.NAME, ARTICLE.PUBLISHED,
                        QUOTE.TEXT, QUOTE.START, QUOTE.END, QUOTE.IN_TITLE, QUOTE.KIND, QUOTE.SPEAKER_ID, SPEAKER.NAME,
                        QUOTE.SPEAKER_MENTION, QUOTE.CUE, QUOTE.SIEVE, QUOTE.CLAIM_ID, QUOTE.CONFIDENCE)
                .from(QUOTE)
                .join(ARTICLE).on(ARTICLE.ID.eq(QUOTE.ARTICLE_ID))
                .leftJoin(OUTLET).on(OUTLET.ID.eq(ARTICLE.OUTLET_ID))
                .leftJoin(SPEAKER).on(SPEAKER.ID.eq(QUOTE.SPEAKER_ID))
                .where(where)
                .orderBy(ARTICLE.ID, QUOTE.IN_TITLE.desc(), QUOTE.START)
                .fetch(Reads::toQuote));
    }

    private static StoredQuote toQuote(Record r) {
        Long articleRow = r.get(ARTICLE.ID);
        Double confidence = r.get(QUOTE.CONFIDENCE);
        return new StoredQuote(r.get(QUOTE.ID), articleRow, articleId(r.get(ARTICLE.EXTERNAL_ID), articleRow),
                r.get(ARTICLE.TITLE), r.get(OUTLET.NAME), r.get(ARTICLE.PUBLISHED), r.get(QUOTE.TEXT),
                r.get(QUOTE.START), r.get(QUOTE.END), r.get(QUOTE.IN_TITLE) == 1, r.get(QUOTE.KIND),
                r.get(QUOTE.SPEAKER_ID), r.get(SPEAKER.NAME), r.get(QUOTE.SPEAKER_MENTION), r.get(QUOTE.CUE),
                r.get(QUOTE.SIEVE), r.get(QUOTE.CLAIM_ID), confidence == null ? 0.0 : confidence);
    }

    /** Every speaker with their aliases, quote count and outlets, most quoted first. */
    public List<StoredSpeaker> speakers() {
        return guarded(() -> {
            Map<Long, List<String>> aliases = new LinkedHashMap<>();
            database.dsl().select(SPEAKER_ALIAS.SPEAKER_ID, SPEAKER_ALIAS.ALIAS).from(SPEAKER_ALIAS)
                    .orderBy(SPEAKER_ALIAS.SPEAKER_ID, SPEAKER_ALIAS.ALIAS)
                    .forEach(r -> aliases.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
            Map<Long, TreeSet<String>> outlets = new LinkedHashMap<>();
            Map<Long, Integer> counts = new LinkedHashMap<>();
            database.dsl().select(QUOTE.SPEAKER_ID, OUTLET.NAME, DSL.count())
                    .from(QUOTE).join(ARTICLE).on(ARTICLE.ID.eq(QUOTE.ARTICLE_ID))
                    .leftJoin(OUTLET).on(OUTLET.ID.eq(ARTICLE.OUTLET_ID))
                    .where(QUOTE.SPEAKER_ID.isNotNull())
                    .groupBy(QUOTE.SPEAKER_ID, OUTLET.NAME)
                    .forEach(r -> {
                        counts.merge(r.value1(), r.value3(), Integer::sum);
                        if (r.value2() != null) {
                            outlets.computeIfAbsent(r.value1(), k -> new TreeSet<>()).add(r.value2());
                        }
                    });
            List<StoredSpeaker> speakers = new ArrayList<>();
            database.dsl().selectFrom(SPEAKER).orderBy(SPEAKER.ID).forEach(s -> speakers.add(new StoredSpeaker(
                    s.getId(), s.getName(), s.getKind(), s.getRole(), s.getAffiliation(), s.getAnonymous() == 1,
                    aliases.getOrDefault(s.getId(), List.of()), counts.getOrDefault(s.getId(), 0),
                    List.copyOf(outlets.getOrDefault(s.getId(), new TreeSet<>())))));
            speakers.sort((a, b) -> a.quotes() != b.quotes() ? Integer.compare(b.quotes(), a.quotes())
                    : a.name().compareToIgnoreCase(b.name()));
            return speakers;
        });
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
