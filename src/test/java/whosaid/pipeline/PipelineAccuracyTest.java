package whosaid.pipeline;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import whosaid.ingest.Article;
import whosaid.ingest.ArticleReader;
import whosaid.quotes.QuoteKind;

/**
 * Quote detection and attribution as ingest runs them (reader → {@link QuotePipeline}, cross-article linking
 * included), scored against three hand-made gold files: the shared seed digest; the project's dev digest of
 * invented articles (src/test/resources/whosaid/dev), whose misses the rules were improved on; and a held-out
 * digest written blind to the code and never tuned on (src/test/resources/whosaid/heldout), the honest estimate
 * for unseen news. Prints the accuracy per attribution kind so that a regression in one sieve shows. Floors sit
 * about 0.03 below what was measured.
 */
class PipelineAccuracyTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static GoldScore score(Path digest, Path gold) throws Exception {
        JsonNode goldFile = JSON.readTree(gold.toFile());
        Map<String, Integer> articleByTitle = new HashMap<>();
        for (JsonNode a : goldFile.get("articles")) {
            articleByTitle.put(GoldScore.key(a.get("title").asText()), a.get("n").asInt());
        }
        QuotePipeline pipeline = new QuotePipeline(List.of());
        List<Article> articles = new ArticleReader().read(digest);
        List<AnalysedQuote> writes = new ArrayList<>();
        List<Integer> articleOf = new ArrayList<>();
        // The store renames a speaker when a later article gives a fuller name; score the final names as it would.
        Map<Long, String> finalName = new HashMap<>();
        for (Article article : articles) {
            AnalysedArticle write = pipeline.analyze(article);
            for (AnalysedQuote q : write.quotes()) {
                if (q.quote().kind() == QuoteKind.INDIRECT) {
                    continue;
                }
                writes.add(q);
                articleOf.add(articleByTitle.getOrDefault(GoldScore.key(article.title()), -1));
                if (q.speaker() != null) {
                    finalName.put(q.speaker().id(), q.speaker().canonicalName());
                }
            }
        }
        List<GoldScore.Prediction> predictions = new ArrayList<>();
        for (int i = 0; i < writes.size(); i++) {
            QuoteSpeaker s = writes.get(i).speaker();
            predictions.add(new GoldScore.Prediction(articleOf.get(i), writes.get(i).quote().text(),
                    s == null ? null : finalName.get(s.id()), writes.get(i).sieve()));
        }
        return new GoldScore(goldFile, predictions);
    }

    @Test
    void theSeedDigest() throws Exception {
        String shared = System.getProperty("whosaid.shared");
        assumeTrue(shared != null && Files.isDirectory(Path.of(shared, "eval")), "no shared seed");
        GoldScore s = score(Path.of(shared, "corpus/afpak-ceasefire-2025-10.txt"),
                Path.of(shared, "eval/seed-gold.json"));
        System.out.print(s.report("seed (pipeline)"));
        assertTrue(s.detectionF1() >= 0.97, "detection F1 " + s.detectionF1());
        assertTrue(s.speakerAccuracy() >= 0.97, "speaker accuracy " + s.speakerAccuracy());
    }

    @Test
    void theHeldOutDevDigestOfInventedArticles() throws Exception {
        Path dir = Path.of("src/test/resources/whosaid/dev");
        GoldScore s = score(dir.resolve("dev-digest.txt"), dir.resolve("dev-gold.json"));
        System.out.print(s.report("dev (pipeline)"));
        assertTrue(s.detectionF1() >= DEV_DETECTION_FLOOR, "detection F1 " + s.detectionF1());
        assertTrue(s.speakerAccuracy() >= DEV_ACCURACY_FLOOR, "speaker accuracy " + s.speakerAccuracy());
    }

    @Test
    void theBlindHeldOutDigest() throws Exception {
        Path dir = Path.of("src/test/resources/whosaid/heldout");
        GoldScore s = score(dir.resolve("heldout-digest.txt"), dir.resolve("heldout-gold.json"));
        System.out.print(s.report("held-out (pipeline)"));
        assertTrue(s.detectionF1() >= DEV_DETECTION_FLOOR, "detection F1 " + s.detectionF1());
        assertTrue(s.speakerAccuracy() >= HELD_OUT_ACCURACY_FLOOR, "speaker accuracy " + s.speakerAccuracy());
    }

    /**
     * Measured 0.863 (69/80) the first time the code met it. A regression guard only: tuning rules to its misses
     * would make it a second dev set and its figure no longer an estimate for unseen news.
     */
    private static final double HELD_OUT_ACCURACY_FLOOR = 0.83;

    /** Measured 1.000 on the dev digest. */
    private static final double DEV_DETECTION_FLOOR = 0.97;
    /** Measured 0.691 before the attribution work on its misses, 0.947 after; raise as the method improves. */
    private static final double DEV_ACCURACY_FLOOR = 0.91;
}
