package whosaid.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;

import whosaid.ingest.Article;
import whosaid.ingest.BadInputException;
import whosaid.ingest.InputFiles;
import whosaid.store.ArticleWrite;
import whosaid.store.ArticleWriter;

/**
 * Reads input files, analyses each new article and stores it. Each file is one transaction: a file with bad input
 * stores nothing, and the other files of the run go on (unless strict).
 */
public final class IngestJob {
    /** Turns a file's bytes into articles, or says why it cannot. */
    @FunctionalInterface
    public interface Reader {
        List<Article> read(String name, byte[] content) throws BadInputException;
    }

    private final Reader reader;
    private final ArticleAnalyzer analyzer;
    private final ArticleWriter writer;
    private final InputStream stdin;

    public IngestJob(Reader reader, ArticleAnalyzer analyzer, ArticleWriter writer, InputStream stdin) {
        this.reader = reader;
        this.analyzer = analyzer;
        this.writer = writer;
        this.stdin = stdin;
    }

    /**
     * @param inputs the expanded inputs; those that could not be found are reported as errors before the rest
     * @param strict stop at the first error
     */
    public IngestSummary run(InputFiles.Expansion inputs, boolean strict, IngestListener listener) {
        IngestSummary summary = IngestSummary.EMPTY;
        int total = inputs.inputs().size() + inputs.errors().size();
        int index = 0;
        for (BadInputException error : inputs.errors()) {
            summary = summary.failed();
            listener.fileFailed(++index, total, error);
            if (strict) {
                return summary;
            }
        }
        for (InputFiles.Input source : inputs.inputs()) {
            index++;
            try {
                List<Article> articles = reader.read(source.name(), content(source));
                // Known articles are skipped before analysis: re-ingesting a folder costs only the reading.
                List<Article> fresh = writer.unknown(articles);
                int known = articles.size() - fresh.size();
                List<ArticleWrite> writes = analyzer.analyzeAll(fresh);
                ArticleWriter.Outcome outcome = writer.write(writes);
                summary = summary.plus(outcome.articlesNew(), known + outcome.articlesKnown(), outcome.quotesStored(),
                        outcome.reportedStored());
                listener.fileDone(index, total, source.name(), summary);
            } catch (BadInputException e) {
                summary = summary.failed();
                listener.fileFailed(index, total, e);
                if (strict) {
                    return summary;
                }
            }
        }
        return summary;
    }

    private byte[] content(InputFiles.Input source) throws BadInputException {
        try {
            return source.isStdin() ? stdin.readAllBytes() : Files.readAllBytes(source.path());
        } catch (IOException e) {
            throw new BadInputException(source.name(), 0, "cannot read: " + e.getMessage());
        }
    }
}
