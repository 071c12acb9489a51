package whosaid.web;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Function;

import whosaid.query.Browse;
import whosaid.query.CheckQuery;
import whosaid.query.Listings;
import whosaid.store.Database;
import whosaid.store.StoreException;

/**
 * A few read-only connections to the store, each with its own {@link Browse}: an SQLite connection serves one
 * request at a time, and a handful keep two cores busy without queueing every request behind one. The fact-check
 * query has a connection of its own and answers one question at a time, because its matcher (WordNet) is loaded
 * once and is not shared between threads.
 */
final class StorePool implements AutoCloseable {
    private final List<Database> open = new ArrayList<>();
    private final BlockingQueue<Browse> free;
    private final CheckQuery check;

    StorePool(Path file, int size) {
        free = new ArrayBlockingQueue<>(size);
        try {
            for (int i = 0; i < size; i++) {
                Database db = Database.openReadOnly(file);
                open.add(db);
                free.add(new Browse(db));
            }
            Database checkDb = Database.openReadOnly(file);
            open.add(checkDb);
            check = new CheckQuery(new Listings(checkDb));
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /**
     * Loads what the first question would otherwise pay for (WordNet), so the first user does not wait for it: it
     * asks about a stored claim, since a question that finds no candidate never reaches the matcher.
     */
    void warmUp() {
        read(Browse::someClaimText).ifPresent(text -> check(text, 1));
    }

    <T> T read(Function<Browse, T> read) {
        Browse browse;
        try {
            browse = free.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for the database", e);
        }
        try {
            return read.apply(browse);
        } finally {
            free.add(browse);
        }
    }

    synchronized CheckQuery.Answer check(String text, int limit) {
        return check.ask(text, limit);
    }

    @Override
    public void close() {
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
