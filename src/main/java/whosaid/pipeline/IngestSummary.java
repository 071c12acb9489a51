package whosaid.pipeline;

/** The one-line account of an ingest: quotations (between marks) and reported statements are counted apart. */
public record IngestSummary(int files, int articlesNew, int articlesKnown, int quotes, int reported, int errors) {
    public static final IngestSummary EMPTY = new IngestSummary(0, 0, 0, 0, 0, 0);

    IngestSummary plus(int articlesNew, int articlesKnown, int quotes, int reported) {
        return new IngestSummary(files + 1, this.articlesNew + articlesNew, this.articlesKnown + articlesKnown,
                this.quotes + quotes, this.reported + reported, errors);
    }

    IngestSummary failed() {
        return new IngestSummary(files + 1, articlesNew, articlesKnown, quotes, reported, errors + 1);
    }

    @Override
    public String toString() {
        return files + (files == 1 ? " file" : " files") + ": " + articlesNew + " articles new, " + articlesKnown
                + " already known, " + quotes + " quotes, " + reported + " reported statements, " + errors
                + (errors == 1 ? " error" : " errors");
    }
}
