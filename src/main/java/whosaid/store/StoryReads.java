package whosaid.store;

import static whosaid.store.schema.Tables.ARTICLE;
import static whosaid.store.schema.Tables.ARTICLE_TERM;
import static whosaid.store.schema.Tables.OUTLET;
import static whosaid.store.schema.Tables.QUOTE;
import static whosaid.store.schema.Tables.SPEAKER;
import static whosaid.store.schema.Tables.STORY;
import static whosaid.store.schema.Tables.STORY_ARTICLE;
import static whosaid.store.schema.Tables.STORY_TERM;
import static whosaid.store.schema.Tables.TERM_FREQUENCY;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.jooq.Condition;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/** The reads of the story stage and of the story listings, every value a bind value. */
public final class StoryReads {
    private static final int IDS_PER_QUERY = 500;
    /** How many speakers a story listing names. */
    private static final int MAIN_SPEAKERS = 5;

    private final Database database;

    public StoryReads(Database database) {
        this.database = database;
    }

    /** How many articles the term frequencies count: every article placed in a story. */
    public long groupedArticles() {
        return guarded(() -> database.dsl().fetchCount(STORY_ARTICLE));
    }

    /** term → how many stored articles hold it, for the terms asked about that any article holds. */
    public Map<String, Long> termFrequencies(Collection<String> terms) {
        Map<String, Long> out = new HashMap<>();
        List<String> all = new ArrayList<>(terms);
        for (int from = 0; from < all.size(); from += IDS_PER_QUERY) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + IDS_PER_QUERY));
            guarded(() -> database.dsl().select(TERM_FREQUENCY.TERM, TERM_FREQUENCY.ARTICLES).from(TERM_FREQUENCY)
                    .where(TERM_FREQUENCY.TERM.in(chunk)).fetch())
                    .forEach(r -> out.put(r.value1(), r.value2().longValue()));
        }
        return out;
    }

    /**
     * The stored stories holding any of the terms whose dates reach into [from, to] (ISO dates; null from and to:
     * any date), each with its whole term profile.
     */
    public List<StoryProfileRow> storiesNear(Collection<String> terms, String from, String to) {
        if (terms.isEmpty()) {
            return List.of();
        }
        Condition dated = DSL.trueCondition();
        if (from != null && to != null) {
            dated = STORY.LAST_PUBLISHED.isNull().or(STORY.LAST_PUBLISHED.ge(from).and(STORY.FIRST_PUBLISHED.le(to)));
        }
        Condition when = dated;
        List<Long> ids = guarded(() -> database.dsl().selectDistinct(STORY_TERM.STORY_ID).from(STORY_TERM)
                .join(STORY).on(STORY.ID.eq(STORY_TERM.STORY_ID))
                .where(STORY_TERM.TERM.in(terms)).and(when).fetch(STORY_TERM.STORY_ID));
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Map<String, Integer>> profiles = new HashMap<>();
        guarded(() -> database.dsl().select(STORY_TERM.STORY_ID, STORY_TERM.TERM, STORY_TERM.ARTICLES).from(STORY_TERM)
                .where(STORY_TERM.STORY_ID.in(ids)).fetch())
                .forEach(r -> profiles.computeIfAbsent(r.value1(), k -> new HashMap<>()).put(r.value2(), r.value3()));
        return guarded(() -> database.dsl().select(STORY.ID, STORY.FIRST_PUBLISHED, STORY.LAST_PUBLISHED, STORY.ARTICLES)
                .from(STORY).where(STORY.ID.in(ids)).orderBy(STORY.ID)
                .fetch(r -> new StoryProfileRow(r.value1(), r.value2(), r.value3(), r.value4(),
                        profiles.getOrDefault(r.value1(), Map.of()))));
    }

    /** story id → its articles' row ids, for these stories. */
    public Map<Long, List<Long>> members(Collection<Long> storyIds) {
        Map<Long, List<Long>> out = new LinkedHashMap<>();
        for (List<Long> chunk : chunks(storyIds)) {
            guarded(() -> database.dsl().select(STORY_ARTICLE.STORY_ID, STORY_ARTICLE.ARTICLE_ID).from(STORY_ARTICLE)
                    .where(STORY_ARTICLE.STORY_ID.in(chunk)).orderBy(STORY_ARTICLE.ARTICLE_ID).fetch())
                    .forEach(r -> out.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        }
        return out;
    }

    /** article row id → its telling terms and their weights. */
    public Map<Long, Map<String, Double>> articleTerms(Collection<Long> articleRowIds) {
        Map<Long, Map<String, Double>> out = new HashMap<>();
        for (List<Long> chunk : chunks(articleRowIds)) {
            guarded(() -> database.dsl().select(ARTICLE_TERM.ARTICLE_ID, ARTICLE_TERM.TERM, ARTICLE_TERM.WEIGHT)
                    .from(ARTICLE_TERM).where(ARTICLE_TERM.ARTICLE_ID.in(chunk)).fetch())
                    .forEach(r -> out.computeIfAbsent(r.value1(), k -> new LinkedHashMap<>()).put(r.value2(), r.value3()));
        }
        return out;
    }

    /** article row id → its headline, for these articles. */
    public Map<Long, String> titles(Collection<Long> articleRowIds) {
        Map<Long, String> out = new HashMap<>();
        for (List<Long> chunk : chunks(articleRowIds)) {
            guarded(() -> database.dsl().select(ARTICLE.ID, ARTICLE.TITLE).from(ARTICLE).where(ARTICLE.ID.in(chunk))
                    .fetch()).forEach(r -> out.put(r.value1(), r.value2()));
        }
        return out;
    }

    /** Every story, the one with most articles first (then the latest). */
    public List<StoredStory> stories() {
        return stories(DSL.trueCondition());
    }

    /** One page of the stories in the order of {@link #stories()}: only that page's members are read. */
    public List<StoredStory> storiesPage(int offset, int limit) {
        List<Long> ids = guarded(() -> database.dsl().select(STORY.ID).from(STORY)
                .orderBy(STORY.ARTICLES.desc(), STORY.LAST_PUBLISHED.desc().nullsLast(), STORY.ID)
                .limit(limit).offset(offset).fetch(STORY.ID));
        return ids.isEmpty() ? List.of() : stories(STORY.ID.in(ids));
    }

    public int countStories() {
        return guarded(() -> database.dsl().fetchCount(STORY));
    }

    /** The story with this id, or null. */
    public StoredStory story(long id) {
        List<StoredStory> found = stories(STORY.ID.eq(id));
        return found.isEmpty() ? null : found.get(0);
    }

    private List<StoredStory> stories(Condition where) {
        return guarded(() -> {
            Map<Long, List<Long>> rows = new HashMap<>();
            Map<Long, List<String>> ids = new HashMap<>();
            Map<Long, TreeSet<String>> outlets = new HashMap<>();
            database.dsl().select(STORY_ARTICLE.STORY_ID, ARTICLE.ID, ARTICLE.EXTERNAL_ID, OUTLET.NAME)
                    .from(STORY_ARTICLE).join(STORY).on(STORY.ID.eq(STORY_ARTICLE.STORY_ID))
                    .join(ARTICLE).on(ARTICLE.ID.eq(STORY_ARTICLE.ARTICLE_ID))
                    .leftJoin(OUTLET).on(OUTLET.ID.eq(ARTICLE.OUTLET_ID))
                    .where(where).orderBy(ARTICLE.PUBLISHED.asc().nullsFirst(), ARTICLE.ID) // nulls as SQLite puts them, in both
                    .forEach(r -> {
                        rows.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2());
                        ids.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(Reads.articleId(r.value3(), r.value2()));
                        if (r.value4() != null) {
                            outlets.computeIfAbsent(r.value1(), k -> new TreeSet<>()).add(r.value4());
                        }
                    });
            Map<Long, List<String>> speakers = new HashMap<>();
            var quotes = DSL.count(QUOTE.ID);
            database.dsl().select(STORY_ARTICLE.STORY_ID, SPEAKER.NAME, quotes)
                    .from(STORY_ARTICLE).join(STORY).on(STORY.ID.eq(STORY_ARTICLE.STORY_ID))
                    .join(QUOTE).on(QUOTE.ARTICLE_ID.eq(STORY_ARTICLE.ARTICLE_ID))
                    .join(SPEAKER).on(SPEAKER.ID.eq(QUOTE.SPEAKER_ID))
                    .where(where)
                    .groupBy(STORY_ARTICLE.STORY_ID, SPEAKER.ID, SPEAKER.NAME)
                    .orderBy(STORY_ARTICLE.STORY_ID, quotes.desc(), SPEAKER.NAME)
                    .forEach(r -> {
                        List<String> list = speakers.computeIfAbsent(r.value1(), k -> new ArrayList<>());
                        if (list.size() < MAIN_SPEAKERS) {
                            list.add(r.value2());
                        }
                    });
            return database.dsl().select(STORY.ID, STORY.TITLE, STORY.FIRST_PUBLISHED, STORY.LAST_PUBLISHED, STORY.ARTICLES)
                    .from(STORY).where(where)
                    .orderBy(STORY.ARTICLES.desc(), STORY.LAST_PUBLISHED.desc().nullsLast(), STORY.ID)
                    .fetch(r -> new StoredStory(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                            List.copyOf(outlets.getOrDefault(r.value1(), new TreeSet<>())),
                            rows.getOrDefault(r.value1(), List.of()), ids.getOrDefault(r.value1(), List.of()),
                            speakers.getOrDefault(r.value1(), List.of())));
        });
    }

    /** article row id → the story it belongs to, for these articles. */
    public Map<Long, Long> storyOf(Collection<Long> articleRowIds) {
        Map<Long, Long> out = new HashMap<>();
        for (List<Long> chunk : chunks(articleRowIds)) {
            guarded(() -> database.dsl().select(STORY_ARTICLE.ARTICLE_ID, STORY_ARTICLE.STORY_ID).from(STORY_ARTICLE)
                    .where(STORY_ARTICLE.ARTICLE_ID.in(chunk)).fetch())
                    .forEach(r -> out.put(r.value1(), r.value2()));
        }
        return out;
    }

    private static List<List<Long>> chunks(Collection<Long> ids) {
        List<Long> all = new ArrayList<>(ids);
        List<List<Long>> out = new ArrayList<>();
        for (int from = 0; from < all.size(); from += IDS_PER_QUERY) {
            out.add(all.subList(from, Math.min(all.size(), from + IDS_PER_QUERY)));
        }
        return out;
    }

    private static <T> T guarded(java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (DataAccessException e) {
            throw new StoreException("cannot read the database: " + Database.firstLine(e.getMessage()), e);
        }
    }
}
