package whosaid.pipeline;

import whosaid.claims.SentenceEmbedder;
import whosaid.store.VectorStore;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import whosaid.ingest.Article;
import whosaid.ingest.ArticleReader;
import whosaid.ingest.BadInputException;
import whosaid.ingest.FileRecords;
import whosaid.ingest.InputFiles;
import whosaid.text.ArticleText;
import whosaid.store.AnalysisWriter;
import whosaid.store.ArticleWrite;
import whosaid.store.ArticleWriter;
import whosaid.store.Database;
import whosaid.store.Reads;
import whosaid.store.StoryReads;
import whosaid.store.StoryWriter;

/**
 * The ingest use case, the one path for {@code whosaid ingest} and the benchmark alike: read each file, analyse its
 * new articles, store them, then give the new quotes their claims and list the contradictions again. Each file is one
 * transaction. A bad record (an empty text, a line that is not JSON) is left out with its error and the file's other
 * articles are stored; a file that cannot be read at all stores nothing, and the other files of the run go on. A
 * strict run is all or nothing per file (a bad record rejects its file) and stops at the first bad file. The new
 * articles are handed to the claim and contradiction stages as read, not read back from the store.
 */
public final class IngestJob {
    /** One input: its name for messages, and its bytes when asked for. */
    public record Source(String name, Content content) {
        public static Source of(String name, byte[] bytes) {
            return new Source(name, () -> bytes);
        }
    }

    /** A source's bytes, or why they cannot be had. */
    @FunctionalInterface
    public interface Content {
        byte[] bytes() throws BadInputException;

        /** The bytes as a stream, for inputs too large to hold (a crawl archive); by default {@link #bytes()}. */
        default InputStream stream() throws BadInputException {
            return new java.io.ByteArrayInputStream(bytes());
        }
    }

    /**
     * What a run did.
     *
     * @param contradictions how many contradictions this run added (0 when nothing new was stored)
     */
    public record Result(IngestSummary summary, int contradictions, StageTimes times) {
    }

    /**
     * Detection and attribution of a batch of new articles done somewhere else than on this machine's cores (the
     * Spark job does them on its executors): one result per article, in the articles' order. Linking, storing and
     * the corpus stages stay here, in the same order as ever, so the answers are those of a plain ingest.
     */
    @FunctionalInterface
    public interface Analysis {
        List<QuotePipeline.Attributed> attribute(List<Article> fresh, QuotePipeline pipeline);
    }

    private final Database database;
    private final InputStream stdin;
    private final ArticleReader reader = new ArticleReader();
    /** null: detect and attribute here, on every core */
    private final Analysis analysis;
    private final ContradictionRefresh.Search contradictionSearch;

    public IngestJob(Database database, InputStream stdin) {
        this(database, stdin, null);
    }

    public IngestJob(Database database, InputStream stdin, Analysis analysis) {
        this(database, stdin, analysis, ContradictionRefresh.HERE);
    }

    /** @param contradictionSearch where the stories are searched for contradictions (the Spark job: its executors) */
    public IngestJob(Database database, InputStream stdin, Analysis analysis,
                     ContradictionRefresh.Search contradictionSearch) {
        this.database = database;
        this.stdin = stdin;
        this.analysis = analysis;
        this.contradictionSearch = contradictionSearch;
    }

    /**
     * @param inputs the expanded inputs; those that could not be found are reported as errors before the rest
     * @param strict stop at the first error
     */
    public Result run(InputFiles.Expansion inputs, boolean strict, IngestListener listener) {
        List<Source> sources = new ArrayList<>(inputs.inputs().size());
        for (InputFiles.Input input : inputs.inputs()) {
            sources.add(new Source(input.name(), new Content() {
                @Override
                public byte[] bytes() throws BadInputException {
                    return content(input);
                }

                @Override
                public InputStream stream() throws BadInputException {
                    return open(input);
                }
            }));
        }
        return run(inputs.errors(), sources, strict, listener);
    }

    /** Ingests the sources in their order. */
    public Result run(List<Source> sources, boolean strict, IngestListener listener) {
        return run(List.of(), sources, strict, listener);
    }

    private Result run(List<BadInputException> unreadable, List<Source> sources, boolean strict,
                       IngestListener listener) {
        StageTimes times = new StageTimes();
        IngestSummary summary = IngestSummary.EMPTY;
        int total = sources.size() + unreadable.size();
        int index = 0;
        for (BadInputException error : unreadable) {
            summary = summary.failed();
            listener.fileFailed(++index, total, error);
            if (strict) {
                return new Result(summary, 0, times);
            }
        }
        // names and aliases only: linking needs no counts, and counting every speaker's quotes read the whole store
        QuotePipeline pipeline = new QuotePipeline(new Reads(database).speakerNames());
        ArticleWriter writer = new ArticleWriter(database);
        // The run's new articles by row id: what the claim and contradiction stages compare, with no read back.
        Map<Long, Article> stored = new LinkedHashMap<>();
        // the text layer of each article stored by this run, handed on so later stages never split it again
        Map<Long, ArticleText> texts = new HashMap<>();
        for (Source source : sources) {
            index++;
            FileRun file = new FileRun(source.name(), index, total, strict, pipeline, writer, stored, texts, times,
                    summary, listener);
            try {
                file.read(source);
                summary = file.summary.fileRead();
                listener.fileDone(index, total, source.name(), summary);
            } catch (BadInputException e) {
                // in a strict run a bad record rejects its file; a crawl archive keeps the batches stored before it
                summary = file.summary.failed();
                listener.fileFailed(index, total, e);
                if (strict) {
                    break;
                }
            }
        }
        listener.filesDone(summary);
        // The corpus stages read the store and write what they decided: on a shared store no other ingest may write
        // in between (it waits; readers do not).
        int contradictions;
        try (Database.WriterLock lock = database.writerLock()) {
            // Linking saw one article at a time; with every article stored, a bare surname can meet its full name.
            long s0 = System.nanoTime();
            new SpeakerSettling(database).run(stored.keySet());
            times.add(Stage.LINK, System.nanoTime() - s0);
            // Claims, stories and contradictions are incremental: they compare this run's articles with the store,
            // so a run that stored nothing has nothing to compare (claims of merged speakers are rebuilt by claims
            // --regroup).
            contradictions = stored.isEmpty() ? 0 : refresh(stored, texts, times, listener);
        }
        listener.phasesDone();
        return new Result(summary, contradictions, times);
    }

    /**
     * One file's ingest: its records arrive in batches (a crawl archive a batch at a time as it streams, any other
     * file in one), and each batch is analysed and stored before the next is read.
     */
    private final class FileRun implements ArticleReader.Batches {
        private final String name;
        private final int index;
        private final int total;
        private final boolean strict;
        private final QuotePipeline pipeline;
        private final ArticleWriter writer;
        private final Map<Long, Article> stored;
        private final Map<Long, ArticleText> texts;
        private final StageTimes times;
        private final IngestListener listener;
        private IngestSummary summary;
        private long ingestNanos;

        FileRun(String name, int index, int total, boolean strict, QuotePipeline pipeline, ArticleWriter writer,
                Map<Long, Article> stored, Map<Long, ArticleText> texts, StageTimes times, IngestSummary summary,
                IngestListener listener) {
            this.name = name;
            this.index = index;
            this.total = total;
            this.strict = strict;
            this.pipeline = pipeline;
            this.writer = writer;
            this.stored = stored;
            this.texts = texts;
            this.times = times;
            this.summary = summary;
            this.listener = listener;
        }

        void read(Source source) throws BadInputException {
            long t0 = System.nanoTime();
            try (InputStream in = source.content().stream()) {
                reader.stream(name, in, this);
            } catch (java.io.IOException e) {
                throw new BadInputException(name, 0, "cannot read: " + e.getMessage(), e);
            } finally {
                times.add(Stage.PARSE, System.nanoTime() - t0 - ingestNanos);
            }
        }

        @Override
        public void accept(FileRecords records) throws BadInputException {
            if (strict) {
                records.allOrNothing();
            }
            for (BadInputException bad : records.badRecords()) {
                listener.recordSkipped(index, total, bad);
            }
            long t0 = System.nanoTime();
            Progress progress = new Progress(listener, index, total, name);
            summary = ingest(records, pipeline, writer, stored, texts, times, summary, progress);
            ingestNanos += System.nanoTime() - t0;
        }

        @Override
        public void recordsRead(long records, long offset) {
            listener.recordsRead(index, total, name, records, offset);
        }
    }

    private IngestSummary ingest(FileRecords records, QuotePipeline pipeline, ArticleWriter writer,
                                 Map<Long, Article> stored, Map<Long, ArticleText> texts, StageTimes times,
                                 IngestSummary summary, Progress progress) {
        List<Article> articles = records.articles();
        long t1 = System.nanoTime();
        // Known articles are skipped before analysis: re-ingesting a folder costs only the reading.
        List<Article> fresh = writer.unknown(articles, Article::body);
        long t2 = System.nanoTime();
        // Detection and attribution read one article each, so they run on every core; linking remembers the
        // speakers of the articles before, so it runs after them, in article order.
        progress.start(fresh.size());
        List<QuotePipeline.Detected> detected = analysis != null ? null : fresh.parallelStream()
                .map(a -> progress.stepDone(pipeline.detect(a))).toList();
        long t3 = System.nanoTime();
        List<QuotePipeline.Attributed> attributed = analysis != null ? analysis.attribute(fresh, pipeline)
                : detected.parallelStream().map(d -> progress.stepDone(pipeline.attribute(d))).toList();
        long t4 = System.nanoTime();
        List<ArticleWrite> writes = new ArrayList<>(attributed.size());
        for (QuotePipeline.Attributed a : attributed) {
            writes.add(StoreRows.write(pipeline.link(a)));
        }
        long t5 = System.nanoTime();
        ArticleWriter.Outcome outcome = writer.write(writes);
        long t6 = System.nanoTime();
        times.add(Stage.STORE, (t2 - t1) + (t6 - t5));
        times.add(Stage.DETECT, t3 - t2);
        times.add(Stage.ATTRIBUTE, t4 - t3);
        times.add(Stage.LINK, t5 - t4);
        for (int i = 0; i < fresh.size(); i++) {
            Long rowId = outcome.rowIds().get(i);
            if (rowId != null) {
                stored.put(rowId, fresh.get(i));
                if (detected != null) {
                    // an analysis done elsewhere leaves no text layer here: the later stages make their own
                    texts.put(rowId, detected.get(i).text());
                }
            }
        }
        int known = articles.size() - fresh.size();
        return summary.plus(outcome.articlesNew(), known + outcome.articlesKnown(), outcome.quotesStored(),
                outcome.reportedStored(), records.badRecords().size(), records.passedOver());
    }

    /**
     * The analysis of one file's new articles as it goes: each article is detected and then attributed, two steps,
     * so half the steps done is the articles done.
     */
    private static final class Progress {
        private final IngestListener listener;
        private final int index;
        private final int files;
        private final String name;
        private final java.util.concurrent.atomic.AtomicInteger steps = new java.util.concurrent.atomic.AtomicInteger();
        private int articles;

        Progress(IngestListener listener, int index, int files, String name) {
            this.listener = listener;
            this.index = index;
            this.files = files;
            this.name = name;
        }

        void start(int articles) {
            this.articles = articles;
        }

        <T> T stepDone(T result) {
            listener.articlesAnalysed(index, files, name, steps.incrementAndGet() / 2, articles);
            return result;
        }
    }

    private int refresh(Map<Long, Article> stored, Map<Long, ArticleText> texts, StageTimes times,
                        IngestListener listener) {
        Reads reads = new Reads(database);
        AnalysisWriter analysis = new AnalysisWriter(database);
        long g0 = System.nanoTime();
        long embed;
        listener.phaseStarted("claims: embedding new wordings, grouping them", 1, 3, stored.size());
        try (SentenceEmbedder embedder = new SentenceEmbedder()) {
            ClaimRefresh claims = new ClaimRefresh(reads, analysis,
                    new WordingVectors(new VectorStore(database), embedder));
            claims.run(stored);
            embed = claims.embedNanos();
        }
        long g1 = System.nanoTime();
        times.add(Stage.EMBED, embed);
        g0 += embed;
        listener.phaseStarted("stories", 2, 3, stored.size());
        StoryReads stories = new StoryReads(database);
        Map<Long, Long> storyOf = new StoryRefresh(reads, stories, new StoryWriter(database)).run(stored, texts);
        long g2 = System.nanoTime();
        listener.phaseStarted("contradictions inside the stories", 3, 3, stored.size());
        int contradictions = new ContradictionRefresh(reads, stories, analysis).run(stored, texts, storyOf,
                contradictionSearch);
        long g3 = System.nanoTime();
        times.add(Stage.GROUP, g1 - g0);
        times.add(Stage.STORIES, g2 - g1);
        times.add(Stage.CONTRADICTIONS, g3 - g2);
        return contradictions;
    }

    private InputStream open(InputFiles.Input source) throws BadInputException {
        try {
            return source.isStdin() ? stdin : Files.newInputStream(source.path());
        } catch (IOException e) {
            throw new BadInputException(source.name(), 0, "cannot read: " + e.getMessage());
        }
    }

    private byte[] content(InputFiles.Input source) throws BadInputException {
        try {
            return source.isStdin() ? stdin.readAllBytes() : Files.readAllBytes(source.path());
        } catch (IOException e) {
            throw new BadInputException(source.name(), 0, "cannot read: " + e.getMessage());
        }
    }
}
