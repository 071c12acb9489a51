package whosaid.claims;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import whosaid.quotes.QuoteKind;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Input that used to make grouping blow up, or could. The bound is a hang guard, not a speed check: the old
 * exponential look-up took more than 5 minutes on the 30-part word, the bounded one takes well under a second,
 * and a loaded CI machine must not turn the difference into a flaky failure (speed is measured by bench).
 */
class ClaimGrouperBoundsTest {

    private static final Duration BOUND = Duration.ofSeconds(120);
    private static final String[] WORDS = {"harbour", "bridge", "tariff", "orchard", "council", "ferry", "budget",
            "valley", "rebuild", "approve", "delay", "repair", "winter", "market", "permit", "harvest"};

    private static Lexicon wordNet;

    @BeforeAll
    static void loadWordNet() {
        wordNet = new WordNetLexicon();
        wordNet.concepts(wordNet.lemma("bridges")); // read WordNet outside the timed parts
    }

    private static Statement st(long id, long article, String speaker, String text) {
        return new Statement(id, article, null, null, null, speaker, text, (int) id * 10, (int) id * 10 + 5, false,
                QuoteKind.DIRECT, null);
    }

    /** A URL slug of 30 parts in a quote: WordNet's morphology tries every way to re-join the parts. */
    @Test
    void aWordOfThirtyHyphenJoinedPartsGroupsAtOnce() {
        StringBuilder slug = new StringBuilder("veltmark");
        for (int i = 1; i < 30; i++) {
            slug.append('-').append(WORDS[i % WORDS.length]);
        }
        String text = "The council will rebuild the bridge, see " + slug + " for the plan";
        List<ClaimAssignment> out = assertTimeoutPreemptively(BOUND, () -> new ClaimGrouper(List.of(), wordNet)
                .assign(List.of(st(1, 1, "Lena Okafor", text), st(2, 2, "Lena Okafor", text + "."))));
        assertEquals(out.get(0).claimId(), out.get(1).claimId());
        assertEquals(ClaimAssignment.Layer.EXACT, out.get(1).layer());
        assertEquals(slug.toString(), wordNet.lemma(slug.toString()), "too many parts to inflect: kept as written");
    }

    /** One quotation of thousands of words among short ones: its cost follows its length, not its square. */
    @Test
    void aQuotationOfThousandsOfWordsGroupsAtOnce() {
        StringBuilder speech = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {
            speech.append(WORDS[(i * 7 + i / 16) % WORDS.length]).append(i % 11 == 10 ? ". " : " ");
        }
        List<Statement> in = new ArrayList<>();
        in.add(st(1, 1, "Lena Okafor", speech.toString()));
        for (int i = 2; i < 400; i++) {
            in.add(st(i, i, "Lena Okafor", WORDS[i % WORDS.length] + " " + WORDS[(i / 3) % WORDS.length] + " "
                    + WORDS[(i / 7) % WORDS.length] + " " + WORDS[(i / 11) % WORDS.length] + " today"));
        }
        List<ClaimAssignment> out = assertTimeoutPreemptively(BOUND,
                () -> new ClaimGrouper(List.of(), wordNet).assign(in));
        assertEquals(in.size(), out.size());
    }

    /**
     * A live blog of 2,000 short quotations by forty voices who reuse each other's words: every statement meets its
     * speaker's earlier ones through shared concepts, and the postings caps keep that linear.
     */
    @Test
    void anArticleOfTwoThousandShortQuotationsGroupsAtOnce() {
        List<Statement> in = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            String text = "We will " + WORDS[i % WORDS.length] + " the " + WORDS[(i / 16) % WORDS.length] + " and the "
                    + WORDS[(i / 256) % WORDS.length] + " " + (i % 2 == 0 ? "now" : "soon");
            in.add(st(i + 1, 1, "Speaker " + (char) ('A' + i % 20) + (i % 40 < 20 ? "son" : "berg"), text));
        }
        List<ClaimAssignment> out = assertTimeoutPreemptively(BOUND,
                () -> new ClaimGrouper(List.of(), wordNet).assign(in));
        assertEquals(in.size(), out.size());
        assertNotEquals(out.get(0).claimId(), out.get(1).claimId(), "another speaker, other words: another claim");
    }
}
