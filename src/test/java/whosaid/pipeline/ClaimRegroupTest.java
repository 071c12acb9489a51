package whosaid.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import whosaid.store.Database;
import whosaid.store.Reads;
import whosaid.store.StoredQuote;
import whosaid.store.VectorStore;

/** {@code claims --regroup} rebuilds every claim from the stored statements, reusing the stored vectors. */
class ClaimRegroupTest {
    @TempDir
    Path dir;

    /** The bundled sample digest of invented articles. */
    private static final Path SAMPLE = Path.of("src/samples").resolve(
            java.util.Objects.requireNonNull(new java.io.File("src/samples").list((d, n) -> n.endsWith(".txt")))[0]);

    @Test
    void regroupingKeepsEveryStatementInOneClaimAndEmbedsNothingAgain() throws Exception {
        try (Database db = Database.open(dir.resolve("r.db"))) {
            new IngestJob(db, InputStream.nullInputStream()).run(
                    List.of(IngestJob.Source.of("sample.txt", java.nio.file.Files.readAllBytes(SAMPLE))), false,
                    new IngestListener() {
                        @Override
                        public void fileDone(int index, int files, String name, IngestSummary soFar) {
                        }

                        @Override
                        public void fileFailed(int index, int files, whosaid.ingest.BadInputException error) {
                            throw new AssertionError(error.getMessage());
                        }
                    });
            Map<Long, Long> before = claims(db);
            int vectors = new VectorStore(db).count(WordingVectors.MODEL);
            assertNotEquals(0, vectors, "the ingest stored the wordings' vectors");
            new ClaimRegroup(db).run();
            Map<Long, Long> after = claims(db);
            assertEquals(before.keySet(), after.keySet());
            after.values().forEach(Assertions::assertNotNull);
            // the same partition of quotes into claims (ids may differ)
            assertEquals(partition(before), partition(after));
            assertEquals(vectors, new VectorStore(db).count(WordingVectors.MODEL), "nothing embedded twice");
        }
    }

    private static Map<Long, Long> claims(Database db) {
        return new Reads(db).allQuotes().stream().filter(q -> q.claimId() != null)
                .collect(Collectors.toMap(StoredQuote::quoteId, StoredQuote::claimId));
    }

    private static java.util.Set<java.util.Set<Long>> partition(Map<Long, Long> claimOf) {
        return claimOf.entrySet().stream().collect(Collectors.groupingBy(Map.Entry::getValue,
                Collectors.mapping(Map.Entry::getKey, Collectors.toSet()))).values().stream()
                .collect(Collectors.toSet());
    }

    private static final class Assertions {
        static void assertNotNull(Long id) {
            org.junit.jupiter.api.Assertions.assertNotNull(id);
        }
    }
}
