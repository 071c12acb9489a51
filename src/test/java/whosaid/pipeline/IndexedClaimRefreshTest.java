package whosaid.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import whosaid.ingest.BadInputException;
import whosaid.store.Database;
import whosaid.store.Reads;
import whosaid.store.StoredQuote;

/**
 * A small run into a store many times its size compares its statements with the store through the indexes (the
 * speakers' latest wordings, the claims that share its words), not by reading every stored quote: what it may join
 * is still found.
 */
class IndexedClaimRefreshTest {
    private static final IngestListener SILENT = new IngestListener() {
        @Override
        public void fileDone(int index, int files, String name, IngestSummary soFar) {
        }

        @Override
        public void fileFailed(int index, int files, BadInputException error) {
            throw new AssertionError(error.getMessage());
        }
    };

    private static final String[] PEOPLE = {"Ola Berg", "Mira Tesh", "Ivo Rand", "Lena Skov", "Pavo Lind",
            "Rada Moss", "Ugo Fenn", "Sina Vark"};
    private static final String[] TOPICS = {"the harbour crane", "the school roof", "the tram depot",
            "the flood wall", "the grain silo", "the river ferry", "the night market", "the old mill"};

    @TempDir
    Path dir;

    private static void ingest(Database db, String name, String text) {
        new IngestJob(db, InputStream.nullInputStream())
                .run(List.of(IngestJob.Source.of(name, text.getBytes(StandardCharsets.UTF_8))), false, SILENT);
    }

    private static String article(int day, String outlet, String speaker, String quote, String second) {
        return "Council Notes " + day + "\n\n" + outlet + "\n2031-04-" + String.format("%02d", day) + "\n\n"
                + "The council met on Monday. “" + quote + ",” said " + speaker + ", a councillor. “" + second
                + ",” " + speaker.split(" ")[1] + " added.\n";
    }

    @Test
    void aSmallRunIntoALargerStoreStillJoinsTheClaimsItRepeats() {
        try (Database db = Database.open(dir.resolve("i.db"))) {
            for (int i = 0; i < PEOPLE.length; i++) {
                ingest(db, "a" + i + ".txt", article(i + 1, "The Island Post", PEOPLE[i],
                        "We will rebuild " + TOPICS[i] + " before the winter storms arrive",
                        "The work on " + TOPICS[i] + " will cost " + (i + 2) + " million crowns"));
            }
            Reads reads = new Reads(db);
            long stored = reads.highestQuoteId();
            Map<String, Long> claimOfText = reads.allQuotes().stream()
                    .collect(Collectors.toMap(StoredQuote::text, StoredQuote::claimId, (a, b) -> a));
            // two statements against sixteen stored: well past the ratio at which the store is read whole
            assertTrue(stored > ClaimRefresh.WHOLE_READ_RATIO * 2L, "the run goes through the indexes");
            ingest(db, "later.txt", article(20, "The Harbour Gazette", PEOPLE[3],
                    "We will rebuild " + TOPICS[3] + " before the winter storms arrive",
                    "Nobody on the council wants to raise the harbour dues this year"));
            List<StoredQuote> later = reads.allQuotes().stream().filter(q -> q.quoteId() > stored).toList();
            assertEquals(2, later.size());
            later.forEach(q -> assertNotNull(q.claimId(), "every new quote has its claim: " + q.text()));
            StoredQuote repeated = later.stream().filter(q -> q.text().startsWith("We will rebuild")).findFirst()
                    .orElseThrow();
            assertEquals(claimOfText.get(repeated.text()), repeated.claimId(),
                    "the repeated wording joins the stored claim of its speaker");
            StoredQuote fresh = later.stream().filter(q -> q.text().startsWith("Nobody")).findFirst().orElseThrow();
            assertTrue(!claimOfText.containsValue(fresh.claimId()), "a new statement opens its own claim");
            assertNotEquals(repeated.claimId(), fresh.claimId());
        }
    }

    @Test
    void theLatestClaimedQuotesOfASpeakerAreCappedAndInArticleOrder() {
        try (Database db = Database.open(dir.resolve("s.db"))) {
            for (int i = 0; i < 3; i++) {
                ingest(db, "b" + i + ".txt", article(i + 1, "The Island Post", PEOPLE[0],
                        "We will rebuild " + TOPICS[i] + " before the winter storms arrive",
                        "The work on " + TOPICS[i] + " will cost " + (i + 2) + " million crowns"));
            }
            Reads reads = new Reads(db);
            long speaker = reads.allQuotes().get(0).speakerId();
            List<StoredQuote> all = reads.quotes(java.util.Set.of(speaker), null, null, null);
            assertEquals(6, all.size());
            List<StoredQuote> latest = reads.latestClaimedQuotesOf(List.of(speaker), 4);
            assertEquals(all.subList(2, 6).stream().map(StoredQuote::quoteId).toList(),
                    latest.stream().map(StoredQuote::quoteId).toList());
        }
    }
}
