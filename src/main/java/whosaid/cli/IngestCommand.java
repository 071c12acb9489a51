package whosaid.cli;

import java.io.PrintWriter;
import java.util.List;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import whosaid.ingest.BadInputException;
import whosaid.ingest.InputFiles;
import whosaid.pipeline.IngestJob;
import whosaid.pipeline.IngestListener;
import whosaid.pipeline.IngestSummary;
import whosaid.store.Database;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Read news articles, find their quotations and who said them, and store it all.",
                "PATH is a digest (many articles in one text file, each ending with its title repeated and a",
                "'read more' line), a plain-text article (title, optional By-line, outlet and date lines, body),",
                "a JSONL file (one article a line: id, title, outlet, published, url, byline, text; only text is",
                "required), a directory (walked), or - for standard input.",
                "",
                "The same article twice is stored once, and each article whole or not at all. A bad record (an",
                "empty text, a JSONL line that is not JSON or has a field of the wrong type) is named with its",
                "file and line on stderr and skipped, the file's other articles are stored; a file that cannot be",
                "read at all is named and skipped, the other files go on. Either way the exit code is 3.",
                "Ends with one line: files, articles new, articles already known, quotes, reported statements,",
                "bad records skipped, errors (files not read)."})
final class IngestCommand extends DatabaseCommand {
    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files, directories, or - for standard input.")
    List<String> paths;

    @Option(names = "--strict", description = {"Each file all or nothing: a bad record rejects its whole file, and "
            + "the run stops at the first bad file."})
    boolean strict;

    @Option(names = "--quiet", description = "Print no progress, only errors and the summary.")
    boolean quiet;

    @Override
    int run(Database database) {
        InputFiles.Expansion inputs = new InputFiles().expand(paths);
        Progress progress = new Progress(err(), !quiet && System.console() != null);
        IngestSummary summary = new IngestJob(database, System.in).run(inputs, strict, progress).summary();
        out().println("ingested " + summary);
        return summary.anyBadInput() ? ExitCodes.BAD_INPUT : ExitCodes.OK;
    }

    /** A progress bar on a terminal; in a pipe only the errors, so logs stay clean. */
    private static final class Progress implements IngestListener {
        private final PrintWriter err;
        private final boolean bar;
        private boolean drawn;

        Progress(PrintWriter err, boolean bar) {
            this.err = err;
            this.bar = bar;
        }

        @Override
        public void fileDone(int index, int files, String name, IngestSummary soFar) {
            if (!bar) {
                return;
            }
            int width = 30;
            int filled = files == 0 ? width : index * width / files;
            err.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + index + "/" + files
                    + " files, " + soFar.articlesNew() + " new articles, " + soFar.quotes() + " quotes");
            err.flush();
            drawn = true;
        }

        @Override
        public void fileFailed(int index, int files, BadInputException error) {
            finish();
            err.println("whosaid: " + error.getMessage());
        }

        @Override
        public void recordSkipped(int index, int files, BadInputException error) {
            finish();
            err.println("whosaid: " + error.getMessage());
        }

        @Override
        public void filesDone(IngestSummary summary) {
            finish();
        }

        private void finish() {
            if (drawn) {
                err.println();
                drawn = false;
            }
        }
    }
}
