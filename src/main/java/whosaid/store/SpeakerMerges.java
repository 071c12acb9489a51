package whosaid.store;

import static whosaid.store.schema.Tables.QUOTE;
import static whosaid.store.schema.Tables.SPEAKER;
import static whosaid.store.schema.Tables.SPEAKER_ALIAS;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * Reads what the corpus-level settling of speakers needs, and applies its merges. Only quote.speaker_id and
 * speaker_alias point at a speaker (claims and contradictions reach speakers through their quotes), so a merge
 * re-points those and deletes the merged row.
 */
public final class SpeakerMerges {
    /** A stored speaker with its name forms (descriptions left out) and how many articles quote it. */
    public record SpeakerForms(long id, String name, String kind, boolean anonymous, List<String> nameForms,
                               int articles) {
    }

    /** One speaker to fold into another. */
    public record Merge(long fromId, long toId) {
    }

    private final Database database;

    public SpeakerMerges(Database database) {
        this.database = database;
    }

    /** Every stored speaker with its name forms and the count of articles quoting it, in id order. */
    public List<SpeakerForms> speakers() {
        List<SpeakerForms> named = speakerForms();
        try {
            Map<Long, Integer> articles = new HashMap<>();
            database.dsl().select(QUOTE.SPEAKER_ID, DSL.countDistinct(QUOTE.ARTICLE_ID)).from(QUOTE)
                    .where(QUOTE.SPEAKER_ID.isNotNull())
                    .groupBy(QUOTE.SPEAKER_ID)
                    .forEach(r -> articles.put(r.value1(), r.value2()));
            List<SpeakerForms> out = new ArrayList<>(named.size());
            for (SpeakerForms f : named) {
                out.add(new SpeakerForms(f.id(), f.name(), f.kind(), f.anonymous(), f.nameForms(),
                        articles.getOrDefault(f.id(), 0)));
            }
            return out;
        } catch (DataAccessException e) {
            throw new StoreException("cannot read " + database.location() + ": " + Database.firstLine(e.getMessage()), e);
        }
    }

    /**
     * Every stored speaker with its name forms, in id order, without article counts (left at zero): the names are
     * what decides which speakers settling must look at, and counting every speaker's articles read every quote.
     */
    public List<SpeakerForms> speakerForms() {
        try {
            DSLContext dsl = database.dsl();
            Map<Long, List<String>> forms = new HashMap<>();
            dsl.select(SPEAKER_ALIAS.SPEAKER_ID, SPEAKER_ALIAS.ALIAS).from(SPEAKER_ALIAS)
                    .where(SPEAKER_ALIAS.KIND.eq("name"))
                    .orderBy(SPEAKER_ALIAS.SPEAKER_ID, SPEAKER_ALIAS.ALIAS)
                    .forEach(r -> forms.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
            List<SpeakerForms> out = new ArrayList<>();
            dsl.selectFrom(SPEAKER).orderBy(SPEAKER.ID).forEach(s -> out.add(new SpeakerForms(s.getId(), s.getName(),
                    s.getKind(), s.getAnonymous() == 1, forms.getOrDefault(s.getId(), List.of()), 0)));
            return out;
        } catch (DataAccessException e) {
            throw new StoreException("cannot read " + database.file() + ": " + Database.firstLine(e.getMessage()), e);
        }
    }

    /**
     * How many articles quote each of these speakers, through the speaker index, 500 speakers a query: a first
     * ingest settles every speaker it stored, and one query a speaker cost thousands of round trips.
     */
    public Map<Long, Integer> articleCounts(java.util.Collection<Long> speakerIds) {
        try {
            Map<Long, Integer> out = new HashMap<>();
            List<Long> ids = new ArrayList<>(new java.util.TreeSet<>(speakerIds));
            for (int from = 0; from < ids.size(); from += 500) {
                List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
                database.dsl().select(QUOTE.SPEAKER_ID, DSL.countDistinct(QUOTE.ARTICLE_ID)).from(QUOTE)
                        .where(QUOTE.SPEAKER_ID.in(chunk))
                        .groupBy(QUOTE.SPEAKER_ID)
                        .forEach(r -> out.put(r.value1(), r.value2()));
            }
            for (long id : ids) {
                out.putIfAbsent(id, 0);
            }
            return out;
        } catch (DataAccessException e) {
            throw new StoreException("cannot read " + database.file() + ": " + Database.firstLine(e.getMessage()), e);
        }
    }

    /** The speakers quoted in these articles (row ids). */
    public java.util.Set<Long> speakersOfArticles(java.util.Collection<Long> articleRowIds) {
        java.util.Set<Long> out = new java.util.TreeSet<>();
        List<Long> all = new ArrayList<>(articleRowIds);
        try {
            for (int from = 0; from < all.size(); from += 500) {
                List<Long> chunk = all.subList(from, Math.min(all.size(), from + 500));
                out.addAll(database.dsl().selectDistinct(QUOTE.SPEAKER_ID).from(QUOTE)
                        .where(QUOTE.ARTICLE_ID.in(chunk)).and(QUOTE.SPEAKER_ID.isNotNull()).fetch(QUOTE.SPEAKER_ID));
            }
            return out;
        } catch (DataAccessException e) {
            throw new StoreException("cannot read " + database.file() + ": " + Database.firstLine(e.getMessage()), e);
        }
    }

    /**
     * Applies the merges in one transaction: each merged speaker's quotes and aliases go to the other (an alias the
     * other has already is not repeated), its role fills the other's when that has none, and its row is deleted. A
     * merge whose speakers are one, or one of which is gone, does nothing.
     *
     * @return how many speakers were merged away
     */
    public int apply(List<Merge> merges) {
        if (merges.isEmpty()) {
            return 0;
        }
        try {
            return database.writeResult(tx -> {
                int merged = 0;
                for (Merge m : merges) {
                    if (m.fromId() == m.toId()
                            || tx.fetchCount(SPEAKER, SPEAKER.ID.in(m.fromId(), m.toId())) != 2) {
                        continue;
                    }
                    tx.update(QUOTE).set(QUOTE.SPEAKER_ID, m.toId()).where(QUOTE.SPEAKER_ID.eq(m.fromId())).execute();
                    tx.insertInto(SPEAKER_ALIAS, SPEAKER_ALIAS.SPEAKER_ID, SPEAKER_ALIAS.ALIAS, SPEAKER_ALIAS.KIND)
                            .select(DSL.select(DSL.val(m.toId()), SPEAKER_ALIAS.ALIAS, SPEAKER_ALIAS.KIND)
                                    .from(SPEAKER_ALIAS).where(SPEAKER_ALIAS.SPEAKER_ID.eq(m.fromId())))
                            .onDuplicateKeyIgnore()
                            .execute();
                    var from = SPEAKER.as("merged");
                    tx.update(SPEAKER)
                            .set(SPEAKER.ROLE, DSL.coalesce(SPEAKER.ROLE,
                                    DSL.field(DSL.select(from.ROLE).from(from).where(from.ID.eq(m.fromId())))))
                            .where(SPEAKER.ID.eq(m.toId()))
                            .execute();
                    tx.deleteFrom(SPEAKER_ALIAS).where(SPEAKER_ALIAS.SPEAKER_ID.eq(m.fromId())).execute();
                    tx.deleteFrom(SPEAKER).where(SPEAKER.ID.eq(m.fromId())).execute();
                    merged++;
                }
                return merged;
            });
        } catch (DataAccessException e) {
            throw new StoreException("cannot merge speakers in " + database.location() + ": "
                    + Database.firstLine(e.getMessage()), e);
        }
    }
}
