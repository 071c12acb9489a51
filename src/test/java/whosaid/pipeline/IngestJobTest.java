package whosaid.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import whosaid.ingest.BadInputException;
import whosaid.store.Database;
import whosaid.store.Reads;
import whosaid.store.StoredContradiction;
import whosaid.store.StoredQuote;

/** The ingest use case across runs: a run's new articles meet the stored ones in the claim and contradiction stages. */
class IngestJobTest {
    private static final IngestListener SILENT = new IngestListener() {
        @Override
        public void fileDone(int index, int files, String name, IngestSummary soFar) {
        }

        @Override
        public void fileFailed(int index, int files, BadInputException error) {
        }
    };

    private static final String EARLIER = "Ferry Fares To Rise\n\nThe Island Post\n2031-03-02\n\nFares on the island "
            + "ferry will rise next month. “The ferry fares will rise by 10 percent in April,” said Ola Berg, the "
            + "ferry operator.\n";
    private static final String LATER = "Ferry Operator Defends Fare Rise\n\nThe Harbour Gazette\n2031-03-04\n\nThe "
            + "island ferry operator spoke on Tuesday. “The ferry fares will rise by 30 percent in April,” said Ola "
            + "Berg, the ferry operator.\n";

    @TempDir
    Path dir;

    private static IngestJob.Result ingest(Database db, String name, String text) {
        return new IngestJob(db, InputStream.nullInputStream())
                .run(List.of(IngestJob.Source.of(name, text.getBytes(StandardCharsets.UTF_8))), false, SILENT);
    }

    @Test
    void aLaterRunComparesItsArticlesWithTheStoredOnes() {
        try (Database db = Database.open(dir.resolve("w.db"))) {
            assertEquals(0, ingest(db, "earlier.txt", EARLIER).contradictions());
            IngestJob.Result later = ingest(db, "later.txt", LATER);
            assertEquals(1, later.summary().articlesNew());
            assertEquals(1, later.contradictions());
            StoredContradiction c = new Reads(db).contradictions().get(0);
            assertEquals("numeric", c.kind());
            assertEquals(List.of(1L, 2L), List.of(c.a().articleRowId(), c.b().articleRowId()));
            for (StoredQuote q : new Reads(db).allQuotes()) {
                assertNotNull(q.claimId(), "every quote has its claim: " + q.text());
            }
        }
    }

    @Test
    void aRunOfKnownArticlesRecomputesNothingAndKeepsTheListing() {
        try (Database db = Database.open(dir.resolve("w.db"))) {
            ingest(db, "earlier.txt", EARLIER);
            ingest(db, "later.txt", LATER);
            IngestJob.Result again = ingest(db, "later-again.txt", LATER);
            assertEquals(0, again.summary().articlesNew());
            assertEquals(1, again.summary().articlesKnown());
            assertEquals(0, again.contradictions());
            assertEquals(1, new Reads(db).contradictions().size());
        }
    }

    @Test
    void aSingleLargeFileReportsItsArticlesAsTheyAreAnalysed() {
        StringBuilder feed = new StringBuilder();
        for (int k = 1; k <= 6; k++) {
            feed.append("{\"id\": \"n").append(k).append("\", \"text\": \"Dock ").append(k)
                    .append(" reopened on Monday, the harbour office said.\"}\n");
        }
        List<int[]> calls = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        IngestListener listener = new IngestListener() {
            @Override
            public void fileDone(int index, int files, String name, IngestSummary soFar) {
            }

            @Override
            public void fileFailed(int index, int files, BadInputException error) {
            }

            @Override
            public void articlesAnalysed(int index, int files, String name, int done, int articles) {
                assertEquals("feed.jsonl", name);
                calls.add(new int[]{index, files, done, articles});
            }
        };
        try (Database db = Database.open(dir.resolve("w.db"))) {
            new IngestJob(db, InputStream.nullInputStream()).run(List.of(IngestJob.Source.of("feed.jsonl",
                    feed.toString().getBytes(StandardCharsets.UTF_8))), false, listener);
        }
        // two steps an article (detection, attribution), each reported
        assertEquals(12, calls.size());
        for (int[] c : calls) {
            assertEquals(List.of(1, 1, 6), List.of(c[0], c[1], c[3]));
        }
        assertEquals(6, calls.stream().mapToInt(c -> c[2]).max().orElse(0), "ends with every article analysed");
    }

    @Test
    void theCorpusStagesAreAnnouncedInOrderOnlyWhenSomethingNewWasStored() {
        List<String> phases = new java.util.ArrayList<>();
        IngestListener listener = new IngestListener() {
            @Override
            public void fileDone(int index, int files, String name, IngestSummary soFar) {
            }

            @Override
            public void fileFailed(int index, int files, BadInputException error) {
            }

            @Override
            public void phaseStarted(String phase, int step, int steps, int articles) {
                phases.add(step + "/" + steps + " " + articles);
            }

            @Override
            public void phasesDone() {
                phases.add("done");
            }
        };
        try (Database db = Database.open(dir.resolve("w.db"))) {
            IngestJob job = new IngestJob(db, InputStream.nullInputStream());
            job.run(List.of(IngestJob.Source.of("earlier.txt", EARLIER.getBytes(StandardCharsets.UTF_8))), false,
                    listener);
            assertEquals(List.of("1/3 1", "2/3 1", "3/3 1", "done"), phases);
            phases.clear();
            job.run(List.of(IngestJob.Source.of("again.txt", EARLIER.getBytes(StandardCharsets.UTF_8))), false,
                    listener);
            assertEquals(List.of("done"), phases, "a run that stored nothing new runs no corpus stage");
        }
    }

    @Test
    void aBareSurnameStoredEarlierJoinsTheFullNameALaterRunBrings() {
        String bare = "Harbour Dues To Rise\n\nThe Island Post\n2031-05-06\n\nHarbour dues will rise in May. "
                + "“The dues will rise by a third,” Velkova said on Monday. “Nobody likes it,” Velkova added.\n";
        String full = "Harbour Master Speaks\n\nThe Harbour Gazette\n2031-05-08\n\nThe harbour master spoke on "
                + "Wednesday. “We have no other way to pay for the new pier,” said Irina Velkova, the harbour master."
                + "\n";
        try (Database db = Database.open(dir.resolve("w.db"))) {
            ingest(db, "bare.txt", bare);
            assertEquals(List.of("Velkova"), new Reads(db).speakers().stream().map(s -> s.name()).toList());
            ingest(db, "full.txt", full);
            List<whosaid.store.StoredSpeaker> speakers = new Reads(db).speakers();
            assertEquals(1, speakers.size(), "one entity: " + speakers);
            assertEquals("Irina Velkova", speakers.get(0).name());
            assertEquals(3, speakers.get(0).quotes());
            assertEquals(true, speakers.get(0).aliases().contains("Velkova"));
            // a run of the same articles again merges nothing more and keeps the one entity
            ingest(db, "full.txt", full);
            assertEquals(1, new Reads(db).speakers().size());
        }
    }
}
