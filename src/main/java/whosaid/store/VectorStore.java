package whosaid.store;

import static whosaid.store.schema.Tables.QUOTE;
import static whosaid.store.schema.Tables.WORDING_VECTOR;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

/** The stored sentence vector of each distinct wording, by its words (see migration V5). */
public final class VectorStore {
    /** Wordings asked about in one query: well under SQLite's limit on bound values. */
    private static final int PER_QUERY = 500;

    private final Database database;

    public VectorStore(Database database) {
        this.database = database;
    }

    /** The stored vectors of these wordings made by this model; a wording without one is absent. */
    public Map<String, byte[]> find(String model, Collection<String> texts) {
        List<String> all = new ArrayList<>(new java.util.LinkedHashSet<>(texts));
        Map<String, byte[]> out = new HashMap<>();
        try {
            for (int from = 0; from < all.size(); from += PER_QUERY) {
                List<String> chunk = all.subList(from, Math.min(all.size(), from + PER_QUERY));
                database.dsl().select(WORDING_VECTOR.TEXT, WORDING_VECTOR.VECTOR).from(WORDING_VECTOR)
                        .where(WORDING_VECTOR.TEXT.in(chunk)).and(WORDING_VECTOR.MODEL.eq(model))
                        .fetch().forEach(r -> out.put(r.value1(), r.value2()));
            }
        } catch (DataAccessException e) {
            throw new StoreException("reading wording vectors failed: " + e.getMessage(), e);
        }
        return out;
    }

    /** How many wordings have a vector of this model. */
    public int count(String model) {
        try {
            return database.dsl().fetchCount(WORDING_VECTOR, WORDING_VECTOR.MODEL.eq(model));
        } catch (DataAccessException e) {
            throw new StoreException("reading wording vectors failed: " + e.getMessage(), e);
        }
    }

    /** Hands every stored vector of this model to the consumer, one row at a time (nothing held in memory). */
    public void scan(String model, java.util.function.BiConsumer<String, byte[]> consumer) {
        try (var cursor = database.dsl().select(WORDING_VECTOR.TEXT, WORDING_VECTOR.VECTOR).from(WORDING_VECTOR)
                .where(WORDING_VECTOR.MODEL.eq(model)).fetchLazy()) {
            for (var r : cursor) {
                consumer.accept(r.value1(), r.value2());
            }
        } catch (DataAccessException e) {
            throw new StoreException("reading wording vectors failed: " + e.getMessage(), e);
        }
    }

    /** The claims that hold a quote with exactly one of these wordings. */
    public List<Long> claimsOfWordings(Collection<String> texts) {
        List<String> all = new ArrayList<>(new java.util.LinkedHashSet<>(texts));
        java.util.Set<Long> out = new java.util.LinkedHashSet<>();
        try {
            for (int from = 0; from < all.size(); from += PER_QUERY) {
                List<String> chunk = all.subList(from, Math.min(all.size(), from + PER_QUERY));
                out.addAll(database.dsl().selectDistinct(QUOTE.CLAIM_ID).from(QUOTE)
                        .where(QUOTE.TEXT.in(chunk)).and(QUOTE.CLAIM_ID.isNotNull()).fetch(QUOTE.CLAIM_ID));
            }
        } catch (DataAccessException e) {
            throw new StoreException("reading claims failed: " + e.getMessage(), e);
        }
        return new ArrayList<>(out);
    }

    /** Stores these vectors (by wording), replacing any older one of the same wording, in one transaction. */
    public void save(String model, Map<String, byte[]> vectors) {
        if (vectors.isEmpty()) {
            return;
        }
        try {
            database.write(tx -> {
                BatchBindStep batch = tx.batch(tx.insertInto(WORDING_VECTOR, WORDING_VECTOR.TEXT, WORDING_VECTOR.MODEL,
                        WORDING_VECTOR.VECTOR).values((String) null, null, null)
                        .onConflict(WORDING_VECTOR.TEXT).doUpdate()
                        .set(WORDING_VECTOR.MODEL, (String) null).set(WORDING_VECTOR.VECTOR, (byte[]) null));
                vectors.forEach((text, v) -> batch.bind(text, model, v, model, v));
                batch.execute();
            });
        } catch (DataAccessException e) {
            throw new StoreException("writing wording vectors failed: " + e.getMessage(), e);
        }
    }
}
