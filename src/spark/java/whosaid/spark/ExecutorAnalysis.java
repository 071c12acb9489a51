package whosaid.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import whosaid.attribution.ArticleAttribution;
import whosaid.attribution.Attribution;
import whosaid.claims.SentenceEmbedder;
import whosaid.claims.Vectors;
import whosaid.contradictions.Contradiction;
import whosaid.contradictions.ContradictionFinder;
import whosaid.ingest.Article;
import whosaid.ingest.ArticleReader;
import whosaid.ingest.BadInputException;
import whosaid.pipeline.ContradictionRefresh;
import whosaid.pipeline.QuotePipeline;

/**
 * The functions the executors run. All are pure functions of their input: reading a file gives its articles,
 * analysing an article gives its quotations attributed within the article and the vectors of their wordings, and
 * searching a story gives its contradictions; what needs the whole run in order (linking a speaker across
 * articles, claims, stories) is the driver's.
 */
final class ExecutorAnalysis implements Serializable {
    private static final long serialVersionUID = 1L;

    /**
     * One executor JVM's analysis. The pipeline is stateless once built and safe on several threads, and it reads
     * its word lists and OpenNLP models when built, so each executor builds it once, on first use, not once a
     * partition: the same once-per-JVM holder idiom as {@code whosaid.text.Models}.
     */
    private static final class Pipeline {
        static final QuotePipeline INSTANCE = new QuotePipeline(List.of());
    }

    /**
     * The sentence model, loaded once per executor JVM like the pipeline (a load is about a second of CPU, and a
     * load a partition made more partitions cost more). Tasks never use its thread pool: each sends its batches
     * from its own thread ({@link SentenceEmbedder#embedGroup}, safe on several threads), so a task stays on the
     * one core it owns and two tasks never queue behind one pool thread.
     */
    private static final class Embedder {
        static final SentenceEmbedder INSTANCE = new SentenceEmbedder(1);
    }

    /** The good articles of one input file; bad records are the driver's to report when it reads the file again. */
    static Iterator<Article> read(FileInput input) {
        List<Article> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(Path.of(input.path()))) {
            new ArticleReader().stream(input.name(), in, batch -> out.addAll(batch.articles()));
        } catch (IOException e) {
            // the driver reads the file again and names it with its error; nothing to analyse here
            return List.<Article>of().iterator();
        } catch (BadInputException e) {
            // a file that is not articles as a whole: the same, the driver reports it
            return out.iterator();
        }
        return out.iterator();
    }

    /**
     * Detects and attributes each article of a partition and embeds its wordings, all on the task's thread: a task
     * owns one core, and the other cores run the other tasks. The wordings are batched per article exactly as
     * {@link SentenceEmbedder#embed} batches them, so the vectors are the ones it gives.
     */
    static Iterator<AnalysedRecord> analyse(Iterator<Article> articles) {
        QuotePipeline pipeline = Pipeline.INSTANCE;
        SentenceEmbedder embedder = Embedder.INSTANCE;
        List<Article> batch = new ArrayList<>();
        articles.forEachRemaining(batch::add);
        List<AnalysedRecord> out = new ArrayList<>(batch.size());
        for (Article a : batch) {
            QuotePipeline.Attributed attributed = pipeline.attribute(pipeline.detect(a));
            List<String> wordings = new ArrayList<>();
            wordings(attributed.direct(), wordings);
            wordings(attributed.indirect(), wordings);
            Map<String, byte[]> vectors = new HashMap<>();
            for (List<String> group : SentenceEmbedder.groups(wordings)) {
                List<float[]> embedded = embedder.embedGroup(group);
                for (int k = 0; k < group.size(); k++) {
                    vectors.put(group.get(k), Vectors.toBytes(embedded.get(k)));
                }
            }
            out.add(new AnalysedRecord(a, attributed, vectors));
        }
        return out.iterator();
    }

    /** One story's passages and its place in the driver's list, so its contradictions go back to that place. */
    record IndexedStory(int index, ContradictionRefresh.StoryPassages passages) implements Serializable {
    }

    /** A story's contradictions, with the story's place in the driver's list. */
    record FoundInStory(int index, List<Contradiction> found) implements Serializable {
    }

    /**
     * Searches each story of a bucket for contradictions, one finder a task: a pure function of the story's
     * passages. The text layers are made here, as the driver makes them for articles analysed elsewhere.
     */
    static Iterator<FoundInStory> contradictions(Iterator<List<IndexedStory>> buckets) {
        ContradictionFinder finder = new ContradictionFinder();
        List<FoundInStory> out = new ArrayList<>();
        buckets.forEachRemaining(bucket -> {
            for (IndexedStory s : bucket) {
                out.add(new FoundInStory(s.index(), ContradictionRefresh.find(finder, s.passages(), Map.of())));
            }
        });
        return out.iterator();
    }

    /** The words of every quotation and statement of speech: what the claim stage compares by meaning. */
    private static void wordings(ArticleAttribution reading, List<String> into) {
        for (Attribution at : reading.attributions()) {
            into.add(at.quote().text());
        }
    }
}
