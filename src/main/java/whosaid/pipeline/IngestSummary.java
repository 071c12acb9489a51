package whosaid.pipeline;

/**
 * The one-line account of an ingest: quotations (between marks) and reported statements are counted apart.
 *
 * @param skipped bad records (an empty text, a line that is not JSON) left out of files whose other articles were
 *                stored; a file rejected whole counts in {@code errors} instead
 * @param errors  files (or arguments) of which nothing was read
 * @param passedOver records of crawl archives that are not pages (requests, metadata, non-HTML, non-200): counted,
 *                   not bad input
 */
public record IngestSummary(int files, int articlesNew, int articlesKnown, int quotes, int reported, int skipped,
                            int errors, int passedOver) {
    public static final IngestSummary EMPTY = new IngestSummary(0, 0, 0, 0, 0, 0, 0, 0);

    /** One batch of a file's records added (a file that is not a crawl archive is one batch). */
    IngestSummary plus(int articlesNew, int articlesKnown, int quotes, int reported, int skipped, int passedOver) {
        return new IngestSummary(files, this.articlesNew + articlesNew, this.articlesKnown + articlesKnown,
                this.quotes + quotes, this.reported + reported, this.skipped + skipped, errors,
                this.passedOver + passedOver);
    }

    /** A file read to its end. */
    IngestSummary fileRead() {
        return new IngestSummary(files + 1, articlesNew, articlesKnown, quotes, reported, skipped, errors, passedOver);
    }

    IngestSummary failed() {
        return new IngestSummary(files + 1, articlesNew, articlesKnown, quotes, reported, skipped, errors + 1,
                passedOver);
    }

    /** Whether any input was left out, a whole file or one record: the run's exit code says so. */
    public boolean anyBadInput() {
        return skipped > 0 || errors > 0;
    }

    @Override
    public String toString() {
        return files + (files == 1 ? " file" : " files") + ": " + articlesNew + " articles new, " + articlesKnown
                + " already known, " + quotes + " quotes, " + reported + " reported statements, " + skipped
                + (skipped == 1 ? " bad record skipped, " : " bad records skipped, ") + errors
                + (errors == 1 ? " error" : " errors")
                + (passedOver > 0 ? ", " + passedOver + " archive records not pages" : "");
    }
}
