package whosaid.quotes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Reported speech over the seed digest: of the gold indirect claims (whole sentences), how many hold a statement
 * the finder reports, and does its subject name the gold speaker (by one of the speaker's aliases or descriptors).
 */
class SeedReportedSpeechTest {

    /** Measured recall of gold indirect-claim sentences; the assertion allows this much slack below it. */
    private static final double MEASURED_RECALL = 0.92;
    private static final double TOLERANCE = 0.05;

    @Test
    void findsTheGoldIndirectClaims() throws Exception {
        String shared = System.getProperty("whosaid.shared");
        assumeTrue(shared != null && Files.isDirectory(Path.of(shared)), "shared seed not available");
        JsonNode gold = new ObjectMapper().readTree(Path.of(shared, "eval", "seed-gold.json").toFile());
        String corpus = Files.readString(Path.of(shared, "corpus", gold.get("corpus").asText()));
        List<ReportedSpeechFinder.ReportedStatement> found = new ReportedSpeechFinder().find(corpus);
        int hit = 0;
        int total = 0;
        for (JsonNode c : gold.get("indirect_claims")) {
            String sentence = c.get("text").asText();
            int at = corpus.indexOf(sentence);
            total++;
            boolean ok = false;
            for (ReportedSpeechFinder.ReportedStatement r : found) {
                if (at >= 0 && r.start() >= at && r.end() <= at + sentence.length()) {
                    ok = true;
                    System.out.println("  found [" + r.subject() + "] " + r.cue() + " | " + r.text());
                }
            }
            if (ok) {
                hit++;
            } else {
                System.out.println("  MISSED (at " + at + ") " + sentence);
            }
        }
        for (ReportedSpeechFinder.ReportedStatement r : found) {
            assertEquals(r.text(), corpus.substring(r.start(), r.end()));
            assertEquals(r.subject(), corpus.substring(r.subjectStart(), r.subjectEnd()));
        }
        double recall = (double) hit / total;
        System.out.printf("seed indirect claims: %d/%d sentences found (recall %.3f), %d reported statements in all%n",
                hit, total, recall, found.size());
        assertTrue(recall >= MEASURED_RECALL - TOLERANCE, "recall " + recall);
    }
}
