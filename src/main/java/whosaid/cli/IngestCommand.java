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
                "required), a web page (.html, .htm, gzipped too, or any file that opens with HTML markup: the",
                "story's text and the page's headline, date, byline and outlet are stored), a crawl archive",
                "(.warc, .warc.gz: every HTML page of status 200 is an article with its target URI as url),",
                "a directory (walked), or - for standard input.",
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

    @Option(names = "--timings", description = "Also print each stage's time (ms) on stderr.")
    boolean timings;

    @Override
    int run(Database database) {
        InputFiles.Expansion inputs = new InputFiles().expand(paths);
        Progress progress = new Progress(err(), !quiet && System.console() != null);
        IngestJob.Result result = new IngestJob(database, System.in).run(inputs, strict, progress);
        IngestSummary summary = result.summary();
        out().println("ingested " + summary);
        if (timings) {
            StringBuilder line = new StringBuilder("stage ms:");
            result.times().ms().forEach((stage, ms) -> line.append(' ').append(stage.label()).append('=')
                    .append(Math.round(ms)));
            err().println(line);
            err().flush();
        }
        return summary.anyBadInput() ? ExitCodes.BAD_INPUT : ExitCodes.OK;
    }

    /**
     * A progress bar on a terminal, by file and, inside a file, by article (a single large JSONL file is one file);
     * in a pipe only the errors, so logs stay clean. The analysing threads report every article, so the bar is
     * redrawn at most every {@value #REDRAW_MS} ms.
     */
    private static final class Progress implements IngestListener {
        private static final long REDRAW_MS = 200;
        private static final int WIDTH = 30;
        private final PrintWriter err;
        private final boolean bar;
        private boolean drawn;
        private long lastDrawn;
        private int fileShown;
        private long fileStarted;
        private long phaseStarted;

        Progress(PrintWriter err, boolean bar) {
            this.err = err;
            this.bar = bar;
        }

        @Override
        public void fileDone(int index, int files, String name, IngestSummary soFar) {
            if (!bar) {
                return;
            }
            draw(index, files, index + "/" + files + " files, " + soFar.articlesNew() + " new articles, "
                    + soFar.quotes() + " quotes");
        }

        @Override
        public synchronized void articlesAnalysed(int index, int files, String name, int done, int articles) {
            long now = System.nanoTime() / 1_000_000;
            if (index != fileShown) {
                fileShown = index;
                fileStarted = now;
            }
            if (!bar || articles < 2 || (now - lastDrawn < REDRAW_MS && done < articles)) {
                return;
            }
            lastDrawn = now;
            draw(done, articles, "file " + index + "/" + files + ": " + done + "/" + articles + " articles analysed"
                    + rateAndTimeLeft(done, articles, now - fileStarted));
        }

        /** ", 40 articles/s, 12 s left" once a second of work gives a rate worth showing. */
        private static String rateAndTimeLeft(int done, int of, long elapsedMs) {
            if (elapsedMs < 1000 || done == 0) {
                return "";
            }
            double rate = done * 1000.0 / elapsedMs;
            long left = Math.round((of - done) / rate);
            return String.format(", %.0f articles/s, %d s left", rate, left);
        }

        @Override
        public synchronized void phaseStarted(String phase, int step, int steps, int articles) {
            if (phaseStarted == 0) {
                phaseStarted = System.nanoTime() / 1_000_000;
            }
            draw(step - 1, steps, "step " + step + "/" + steps + " over " + articles + " new articles: " + phase);
        }

        @Override
        public synchronized void phasesDone() {
            if (phaseStarted > 0) {
                draw(1, 1, String.format("claims, stories and contradictions done in %.1f s",
                        (System.nanoTime() / 1_000_000 - phaseStarted) / 1000.0));
            }
            finish();
        }

        private synchronized void draw(int done, int of, String text) {
            if (!bar) {
                return;
            }
            int filled = of == 0 ? WIDTH : Math.min(WIDTH, done * WIDTH / of);
            // padded so that a shorter line wipes out the end of the longer one before it
            err.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + String.format("%-60s", text));
            err.flush();
            drawn = true;
        }

        @Override
        public synchronized void recordsRead(int index, int files, String name, long records, long offset) {
            long now = System.nanoTime() / 1_000_000;
            if (!bar || now - lastDrawn < REDRAW_MS) {
                return;
            }
            lastDrawn = now;
            draw(index - 1, files, "file " + index + "/" + files + ": " + records + " archive records read ("
                    + (offset >> 20) + " MB)");
        }

        @Override
        public synchronized void fileFailed(int index, int files, BadInputException error) {
            finish();
            err.println("whosaid: " + error.getMessage());
        }

        @Override
        public synchronized void recordSkipped(int index, int files, BadInputException error) {
            finish();
            err.println("whosaid: " + error.getMessage());
        }

        @Override
        public synchronized void filesDone(IngestSummary summary) {
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
