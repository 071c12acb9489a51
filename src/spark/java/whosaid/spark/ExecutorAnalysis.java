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
import whosaid.ingest.Article;
import whosaid.ingest.ArticleReader;
import whosaid.ingest.BadInputException;
import whosaid.pipeline.QuotePipeline;

/**
 * The functions the executors run. Both are pure functions of their input: reading a file gives its articles, and
 * analysing an article gives its quotations attributed within the article and the vectors of their wordings; what
 * needs other articles (linking a speaker across articles, claims, stories) is the driver's.
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
     * Detects and attributes each article of a partition and embeds its wordings. One embedder a partition, on one
     * thread: a task owns one core, and the other cores run the other tasks (the model itself is loaded once per
     * JVM by its library).
     */
    static Iterator<AnalysedRecord> analyse(Iterator<Article> articles) {
        QuotePipeline pipeline = Pipeline.INSTANCE;
        List<Article> batch = new ArrayList<>();
        articles.forEachRemaining(batch::add);
        List<AnalysedRecord> out = new ArrayList<>(batch.size());
        try (SentenceEmbedder embedder = new SentenceEmbedder(1)) {
            for (Article a : batch) {
                QuotePipeline.Attributed attributed = pipeline.attribute(pipeline.detect(a));
                List<String> wordings = new ArrayList<>();
                wordings(attributed.direct(), wordings);
                wordings(attributed.indirect(), wordings);
                Map<String, byte[]> vectors = new HashMap<>();
                embedder.embed(wordings).forEach((text, v) -> vectors.put(text, Vectors.toBytes(v)));
                out.add(new AnalysedRecord(a, attributed, vectors));
            }
        }
        return out.iterator();
    }

    /** The words of every quotation and statement of speech: what the claim stage compares by meaning. */
    private static void wordings(ArticleAttribution reading, List<String> into) {
        for (Attribution at : reading.attributions()) {
            into.add(at.quote().text());
        }
    }
}
