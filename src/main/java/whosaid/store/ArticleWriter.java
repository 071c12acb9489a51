package whosaid.store;

import static whosaid.store.schema.Tables.ARTICLE;
import static whosaid.store.schema.Tables.OUTLET;
import static whosaid.store.schema.Tables.QUOTE;
import static whosaid.store.schema.Tables.SPEAKER;
import static whosaid.store.schema.Tables.SPEAKER_ALIAS;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;

import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * Writes analysed articles. One call of {@link #write} is one transaction: a file's articles are stored whole or
 * not at all, and an article whose body is already stored is skipped (ingest is idempotent).
 */
public final class ArticleWriter {
    /** Body hashes asked about in one query: well under SQLite's limit on bound values. */
    private static final int HASHES_PER_QUERY = 500;

    private final Database database;
    /** Provisional (negative) speaker ids of this run mapped to the ids the store gave them. */
    private final Map<Long, Long> storedSpeakerIds = new HashMap<>();

    public ArticleWriter(Database database) {
        this.database = database;
    }

    /**
     * What one write did.
     *
     * @param rowIds each written article's row id, in the order given; null for one that was stored already
     */
    public record Outcome(int articlesNew, int articlesKnown, int quotesStored, int reportedStored, List<Long> rowIds) {
    }

    /** The items whose article bodies are not stored yet, in their order, asked for a file's worth in a few queries. */
    public <A> List<A> unknown(List<A> articles, java.util.function.Function<A, String> body) {
        List<String> hashes = new ArrayList<>(articles.size());
        for (A a : articles) {
            hashes.add(BodyHash.of(body.apply(a)));
        }
        try {
            Set<String> stored = storedAmong(database.dsl(), hashes);
            List<A> out = new ArrayList<>();
            for (int i = 0; i < articles.size(); i++) {
                if (!stored.contains(hashes.get(i))) {
                    out.add(articles.get(i));
                }
            }
            return out;
        } catch (DataAccessException e) {
            throw new StoreException("cannot read " + database.location() + ": " + Database.firstLine(e.getMessage()), e);
        }
    }

    private static Set<String> storedAmong(DSLContext dsl, List<String> hashes) {
        Set<String> stored = new HashSet<>();
        for (int from = 0; from < hashes.size(); from += HASHES_PER_QUERY) {
            List<String> chunk = hashes.subList(from, Math.min(hashes.size(), from + HASHES_PER_QUERY));
            stored.addAll(dsl.select(ARTICLE.BODY_HASH).from(ARTICLE).where(ARTICLE.BODY_HASH.in(chunk))
                    .fetch(ARTICLE.BODY_HASH));
        }
        return stored;
    }

    /**
     * Stores the articles not stored yet, with their speakers and quotes. Each speaker is written once per call with
     * what all its quotes say (the last name seen, the first role, every alias), and the quotes and aliases go in as
     * batches of one prepared statement: writing them row by row cost more than analysing the articles.
     */
    public Outcome write(List<ArticleWrite> articles) {
        Map<Long, Long> assignedInThisTransaction = new HashMap<>();
        try {
            Outcome outcome = database.writeResult(tx -> {
                int fresh = 0;
                int known = 0;
                int quotes = 0;
                int reported = 0;
                List<Long> articleIds = insertArticles(tx, articles);
                Map<Long, SpeakerWrite> speakers = new LinkedHashMap<>();
                for (int i = 0; i < articles.size(); i++) {
                    ArticleWrite write = articles.get(i);
                    if (articleIds.get(i) == null) {
                        known++;
                        continue;
                    }
                    fresh++;
                    for (QuoteWrite quote : write.quotes()) {
                        if (quote.speaker() != null) {
                            speakers.computeIfAbsent(quote.speaker().id(), k -> new SpeakerWrite(quote.speaker()))
                                    .add(quote.speaker());
                        }
                        if (quote.reported()) {
                            reported++;
                        } else {
                            quotes++;
                        }
                    }
                }
                Map<Long, Long> speakerIds = storeSpeakers(tx, speakers.values(), assignedInThisTransaction);
                insertQuotes(tx, articles, articleIds, speakerIds);
                return new Outcome(fresh, known, quotes, reported, Collections.unmodifiableList(articleIds));
            });
            storedSpeakerIds.putAll(assignedInThisTransaction);
            return outcome;
        } catch (DataAccessException e) {
            throw new StoreException("cannot store articles in " + database.location() + ": "
                    + Database.firstLine(e.getMessage()), e);
        }
    }

    /** What the quotes of one write say about one speaker, in their order. */
    private static final class SpeakerWrite {
        private final SpeakerRef first;
        private SpeakerRef last;
        private String role;
        private final Set<String> aliases = new LinkedHashSet<>();

        SpeakerWrite(SpeakerRef first) {
            this.first = first;
        }

        void add(SpeakerRef ref) {
            last = ref;
            if (role == null) {
                role = ref.role();
            }
            aliases.addAll(ref.aliases());
        }
    }

    /** Inserts the new speakers and updates the known ones; returns each reference id's stored id. */
    private Map<Long, Long> storeSpeakers(DSLContext tx, java.util.Collection<SpeakerWrite> speakers,
                                          Map<Long, Long> assigned) {
        Map<Long, Long> ids = new HashMap<>();
        BatchBindStep updates = tx.batch(tx.update(SPEAKER)
                .set(SPEAKER.NAME, (String) null)
                .set(SPEAKER.ROLE, DSL.coalesce(SPEAKER.ROLE, DSL.val((String) null)))
                .where(SPEAKER.ID.eq((Long) null)));
        BatchBindStep aliases = tx.batch(tx.insertInto(SPEAKER_ALIAS, SPEAKER_ALIAS.SPEAKER_ID, SPEAKER_ALIAS.ALIAS,
                SPEAKER_ALIAS.KIND).values((Long) null, null, null).onConflictDoNothing());
        // New speakers get their ids here, after the highest stored, so that they too go in as one batch.
        BatchBindStep inserts = tx.batch(tx.insertInto(SPEAKER, SPEAKER.ID, SPEAKER.NAME, SPEAKER.KIND, SPEAKER.ROLE,
                SPEAKER.ANONYMOUS).values((Long) null, null, null, null, null));
        Long max = tx.select(DSL.max(SPEAKER.ID)).from(SPEAKER).fetchOne(0, Long.class);
        long next = max == null ? 1 : max + 1;
        Set<Long> present = stillStored(tx, speakers, assigned);
        int insertRows = 0;
        int updateRows = 0;
        int aliasRows = 0;
        for (SpeakerWrite s : speakers) {
            SpeakerRef ref = s.first;
            Long id = storedId(ref, assigned);
            if (id != null && !present.contains(id)) {
                // Another ingest into a shared store settled its speakers meanwhile and merged this one away: it
                // is written anew (this run's own settling merges it again) rather than pointed at and refused.
                id = null;
            }
            if (id == null) {
                id = next++;
                inserts.bind(id, s.last.canonicalName(), ref.kind(), s.role, ref.anonymous() ? 1 : 0);
                insertRows++;
                assigned.put(ref.id(), id);
            } else {
                // The linker may have learnt a fuller name or a role since the speaker was stored.
                updates.bind(s.last.canonicalName(), s.role, id);
                updateRows++;
            }
            ids.put(ref.id(), id);
            for (String alias : s.aliases) {
                boolean descriptor = !alias.isEmpty() && Character.isLowerCase(alias.codePointAt(0));
                aliases.bind(id, alias, descriptor ? "descriptor" : "name");
                aliasRows++;
            }
        }
        if (insertRows > 0) {
            inserts.execute();
        }
        if (updateRows > 0) {
            updates.execute();
        }
        if (aliasRows > 0) {
            aliases.execute();
        }
        return ids;
    }

    /** The stored id a reference stands for, as far as this run knows: its own, or the one a write gave it. */
    private Long storedId(SpeakerRef ref, Map<Long, Long> assigned) {
        Long given = assigned.getOrDefault(ref.id(), storedSpeakerIds.get(ref.id()));
        return given != null ? given : ref.id() > 0 ? Long.valueOf(ref.id()) : null;
    }

    /** Which of the speakers this run takes for stored are still stored. */
    private Set<Long> stillStored(DSLContext tx, java.util.Collection<SpeakerWrite> speakers,
                                  Map<Long, Long> assigned) {
        List<Long> ids = new ArrayList<>();
        for (SpeakerWrite s : speakers) {
            Long id = storedId(s.first, assigned);
            if (id != null) {
                ids.add(id);
            }
        }
        Set<Long> present = new HashSet<>();
        for (int from = 0; from < ids.size(); from += HASHES_PER_QUERY) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + HASHES_PER_QUERY));
            present.addAll(tx.select(SPEAKER.ID).from(SPEAKER).where(SPEAKER.ID.in(chunk)).fetch(SPEAKER.ID));
        }
        return present;
    }

    /**
     * Inserts the quotes of the articles written now, as one batch. Their ids are given here, after the highest
     * stored, as the articles' are: the schema would otherwise find the next id a row at a time (on PostgreSQL a
     * query per row). A quote repeating one before it (same article, place and kind) is left out, as the unique key
     * would leave it out, so the ids run on without a gap as the store itself would give them.
     */
    private static void insertQuotes(DSLContext tx, List<ArticleWrite> articles, List<Long> articleIds,
                                     Map<Long, Long> speakerIds) {
        BatchBindStep batch = tx.batch(tx.insertInto(QUOTE, QUOTE.ID, QUOTE.ARTICLE_ID, QUOTE.IN_TITLE, QUOTE.START,
                        QUOTE.END, QUOTE.TEXT, QUOTE.KIND, QUOTE.SPEAKER_ID, QUOTE.SPEAKER_MENTION, QUOTE.CUE,
                        QUOTE.SIEVE, QUOTE.CONFIDENCE)
                .values((Long) null, null, null, null, null, null, null, null, null, null, null, null)
                .onConflictDoNothing());
        Long max = tx.select(DSL.max(QUOTE.ID)).from(QUOTE).fetchOne(0, Long.class);
        long next = max == null ? 1 : max + 1;
        Set<List<Object>> keys = new HashSet<>();
        int rows = 0;
        for (int i = 0; i < articles.size(); i++) {
            Long articleId = articleIds.get(i);
            if (articleId == null) {
                continue;
            }
            for (QuoteWrite write : articles.get(i).quotes()) {
                int inTitle = write.inTitle() ? 1 : 0;
                if (!keys.add(List.of(articleId, inTitle, write.start(), write.end(), write.kind()))) {
                    continue;
                }
                Long speakerId = write.speaker() == null ? null : speakerIds.get(write.speaker().id());
                batch.bind(next++, articleId, inTitle, write.start(), write.end(), write.text(), write.kind(),
                        speakerId, write.mention(), write.cue(), write.sieve(), write.confidence());
                rows++;
            }
        }
        if (rows > 0) {
            batch.execute();
        }
    }

    /**
     * Inserts the articles whose bodies are not stored yet (nor repeated earlier in the list) as one batch, and
     * returns each one's id, or null for a known one. The ids are given here, after the highest stored, so that
     * the batch needs no round trip an article; the transaction keeps another writer from taking them meanwhile.
     */
    private List<Long> insertArticles(DSLContext tx, List<ArticleWrite> articles) {
        List<String> hashes = new ArrayList<>(articles.size());
        for (ArticleWrite w : articles) {
            hashes.add(BodyHash.of(w.article().body()));
        }
        Set<String> stored = storedAmong(tx, hashes);
        Long max = tx.select(DSL.max(ARTICLE.ID)).from(ARTICLE).fetchOne(0, Long.class);
        long next = max == null ? 1 : max + 1;
        Map<String, Long> outlets = new HashMap<>();
        BatchBindStep batch = tx.batch(tx.insertInto(ARTICLE, ARTICLE.ID, ARTICLE.EXTERNAL_ID, ARTICLE.TITLE,
                        ARTICLE.DEK, ARTICLE.OUTLET_ID, ARTICLE.BYLINE, ARTICLE.PUBLISHED, ARTICLE.URL, ARTICLE.BODY,
                        ARTICLE.BODY_HASH, ARTICLE.SOURCE, ARTICLE.SOURCE_LINE, ARTICLE.LANGUAGE, ARTICLE.FETCHED)
                .values((Long) null, null, null, null, null, null, null, null, null, null, null, null, null, null));
        List<Long> ids = new ArrayList<>(articles.size());
        for (int i = 0; i < articles.size(); i++) {
            String hash = hashes.get(i);
            if (!stored.add(hash)) {
                ids.add(null);
                continue;
            }
            ArticleColumns a = articles.get(i).article();
            Long outletId = a.outlet() == null ? null : outlets.computeIfAbsent(a.outlet(), name -> outletId(tx, name));
            long id = next++;
            batch.bind(id, a.externalId(), a.title(), a.dek(), outletId, a.byline(), a.published(), a.url(), a.body(),
                    hash, a.source(), a.line(), a.language(), a.fetched());
            ids.add(id);
        }
        if (ids.stream().anyMatch(java.util.Objects::nonNull)) {
            batch.execute();
        }
        return ids;
    }

    private Long outletId(DSLContext tx, String name) {
        Long id = tx.select(OUTLET.ID).from(OUTLET).where(database.sameName(OUTLET.NAME, name)).fetchOne(OUTLET.ID);
        if (id != null) {
            return id;
        }
        return tx.insertInto(OUTLET).set(OUTLET.NAME, name).returningResult(OUTLET.ID).fetchOne(OUTLET.ID);
    }
}
