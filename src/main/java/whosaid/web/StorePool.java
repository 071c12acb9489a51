package whosaid.web;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Function;

import whosaid.claims.SentenceEmbedder;
import whosaid.query.Browse;
import whosaid.query.CheckQuery;
import whosaid.query.Listings;
import whosaid.query.MeaningIndex;
import whosaid.query.WordingVectorCache;
import whosaid.store.Database;
import whosaid.store.DatabaseLocation;
import whosaid.store.StoreException;

/**
 * A few read-only connections to the store, each with its own {@link Browse}: an SQLite connection serves one
 * request at a time, and a handful keep two cores busy without queueing every request behind one. The fact-check
 * query has connections of its own, each with its own matcher (whose word memos are not shared between threads),
 * and all of them share one sentence model, loaded once at start, and the stored wording vectors, held in memory:
 * only the embedding of the question itself (a few milliseconds) takes turns, not the whole check.
 */
final class StorePool implements AutoCloseable {
    private final List<Database> open = new ArrayList<>();
    private final BlockingQueue<Browse> free;
    private final BlockingQueue<CheckQuery> checkers;
    private final SentenceEmbedder model = new SentenceEmbedder();
    /** The stored wording vectors, read into memory once for every checker (and again after an ingest adds some). */
    private final WordingVectorCache vectors = new WordingVectorCache();
    /** A connection of its own that only asks whether anything was committed (for the web app's answer cache). */
    private final Database marks;

    StorePool(DatabaseLocation file, int size) {
        free = new ArrayBlockingQueue<>(size);
        checkers = new ArrayBlockingQueue<>(size);
        try {
            marks = Database.openReadOnly(file);
            open.add(marks);
            for (int i = 0; i < size; i++) {
                Database db = Database.openReadOnly(file);
                open.add(db);
                free.add(new Browse(db));
                Database checkDb = Database.openReadOnly(file);
                open.add(checkDb);
                checkers.add(new CheckQuery(new Listings(checkDb), new MeaningIndex(checkDb, model, vectors)));
            }
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /**
     * Loads what the first question would otherwise pay for (the sentence model, the stored vectors, WordNet), so the first user does
     * not wait for it: every checker asks about a stored claim, since a question that finds no candidate never
     * reaches the matcher.
     */
    void warmUp() {
        model.embed("warm up");
        read(Browse::someClaimText).ifPresent(text -> {
            List<CheckQuery> all = new ArrayList<>();
            checkers.drainTo(all);
            try {
                all.forEach(c -> c.ask(text, 1));
            } finally {
                checkers.addAll(all);
            }
        });
    }

    <T> T read(Function<Browse, T> read) {
        Browse browse = take(free);
        try {
            return read.apply(browse);
        } finally {
            free.add(browse);
        }
    }

    /**
     * How long a read of the change mark is trusted: every request asking the one connection would make them all
     * take turns, and an ingest's commit may take a tenth of a second to show.
     */
    private static final long MARK_NANOS = 100_000_000L;
    private volatile String mark;
    private volatile long markedAt;

    /** Changes whenever something was committed to the store (an ingest beside the server). */
    String changeMark() {
        String held = mark;
        if (held != null && System.nanoTime() - markedAt < MARK_NANOS) {
            return held;
        }
        synchronized (marks) {
            if (mark == null || System.nanoTime() - markedAt >= MARK_NANOS) {
                mark = marks.changeMark();
                markedAt = System.nanoTime();
            }
            return mark;
        }
    }

    CheckQuery.Answer check(String text, int limit) {
        CheckQuery checker = take(checkers);
        try {
            return checker.ask(text, limit);
        } finally {
            checkers.add(checker);
        }
    }

    private static <T> T take(BlockingQueue<T> queue) {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for the database", e);
        }
    }

    @Override
    public void close() {
        model.close();
        for (Database db : open) {
            try {
                db.close();
            } catch (StoreException ignored) {
                // Closing on the way out: the other connections still need closing.
            }
        }
        open.clear();
    }
}
