package whosaid.pipeline;

import whosaid.ingest.BadInputException;

/** What an ingest tells its caller as it goes, so the CLI can show progress and errors. */
public interface IngestListener {
    void fileDone(int index, int files, String name, IngestSummary soFar);

    void fileFailed(int index, int files, BadInputException error);

    /**
     * One bad record of a file was left out and the file's other articles go on (not in a strict run, where the
     * record fails its file through {@link #fileFailed}). Called before the file's {@link #fileDone}.
     */
    default void recordSkipped(int index, int files, BadInputException error) {
    }

    /**
     * Analysis of the current file's new articles moved on (called from the analysing threads, so an implementation
     * must be thread-safe and cheap): about {@code done} of its {@code articles} new articles are analysed. A large
     * single file would otherwise show nothing until it ends.
     */
    default void articlesAnalysed(int index, int files, String name, int done, int articles) {
    }

    /**
     * A crawl archive is being read: {@code records} of its records so far, up to byte {@code offset} of the file
     * (called after every record, from the reading thread).
     */
    default void recordsRead(int index, int files, String name, long records, long offset) {
    }

    /** Every file is read and stored; the claim and contradiction stages run next, over the whole store. */
    default void filesDone(IngestSummary summary) {
    }

    /**
     * A corpus stage starts: step {@code step} of {@code steps}, over the {@code articles} new articles. These stages
     * run after every file is stored and take a good part of a large ingest, so a user is told which one is running.
     */
    default void phaseStarted(String phase, int step, int steps, int articles) {
    }

    /** The corpus stages are done. */
    default void phasesDone() {
    }
}
