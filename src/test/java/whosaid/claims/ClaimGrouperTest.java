package whosaid.claims;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import whosaid.quotes.QuoteKind;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One test per layer and per guard, on sentences written for the purpose (invented people and places). */
class ClaimGrouperTest {

    private static Lexicon wordNet;

    @BeforeAll
    static void loadWordNet() {
        wordNet = new WordNetLexicon();
    }

    private static Statement st(long id, String speaker, String text) {
        return st(id, speaker, text, QuoteKind.DIRECT, null, id);
    }

    private static Statement st(long id, String speaker, String text, QuoteKind kind, String context, long article) {
        return new Statement(id, article, null, null, null, speaker, text, 0, text.length(), false, kind, context);
    }

    private static List<ClaimAssignment> group(Statement... statements) {
        return new ClaimGrouper(List.of(), wordNet).assign(List.of(statements));
    }

    private static Statement said(long id, String speaker, boolean named, String role, String text) {
        return new Statement(id, id, null, null, null, speaker, text, 0, text.length(), false, QuoteKind.DIRECT, null,
                named, role);
    }

    @Test
    void theSameWordsInTwoNamedMouthsAreOneClaimWithAnAttributionConflict() {
        String words = "The harbour toll will double from the first of March for every cargo ship.";
        var out = group(said(1, "Lena Okafor", true, "the port director", words),
                said(2, "Amos Quill", true, "a shipping analyst", words));
        assertEquals(out.get(0).claimId(), out.get(1).claimId(),
                "outlets that give one quotation to two speakers disagree on who made the claim, not on the claim");
    }

    @Test
    void aSloganInTwoNamedMouthsIsNobodysClaim() {
        var out = group(said(1, "Lena Okafor", true, null, "Keep Veltmark working!"),
                said(2, "Amos Quill", true, null, "Keep Veltmark working"));
        assertNotEquals(out.get(0).claimId(), out.get(1).claimId(), "a few words anyone repeats join nobody");
    }

    @Test
    void aNearDuplicateInAnotherMouthIsTheSameClaim() {
        var out = group(said(1, "Lena Okafor", true, null,
                        "The harbour toll will double from the first of March for every cargo ship in the bay."),
                said(2, "Amos Quill", true, null,
                        "The harbour toll will double from the first of March for all cargo ships in the bay."));
        assertEquals(out.get(0).claimId(), out.get(1).claimId());
    }

    @Test
    void aClaimWithAnAttributionConflictStillTakesItsSpeakersRewording() {
        String words = "Cross-border smuggling from Norvian territory will cease immediately.";
        var out = group(said(1, "Tomas Vey", true, null, words),
                said(2, "Ina Brook", true, null, words),
                said(3, "Tomas Vey", true, null, "Smuggling from Norvian soil will be stopped immediately."));
        assertEquals(out.get(0).claimId(), out.get(1).claimId());
        assertEquals(out.get(0).claimId(), out.get(2).claimId());
    }

    @Test
    void anUnnamedSourceMayJoinANamedSpeakersClaim() {
        String words = "The harbour toll will double from the first of March for every cargo ship.";
        var out = group(said(1, "Lena Okafor", true, "the port director", words),
                said(2, "officials", false, null, words));
        assertEquals(out.get(0).claimId(), out.get(1).claimId(), "the officials may be her office");
    }

    @Test
    void exactAfterFoldingCasePunctuationQuotesAndDashes() {
        var out = group(st(1, "Lena Okafor", "We will rebuild the Veltmark bridge \u2014 and we won\u2019t wait."),
                st(2, null, "we will rebuild the Veltmark Bridge - and we won't wait"));
        assertEquals(out.get(0).claimId(), out.get(1).claimId());
        assertEquals(ClaimAssignment.Layer.EXACT, out.get(1).layer());
    }

    @Test
    void partialQuoteInsideTheFullOne() {
        var out = group(st(1, "Amos Quill", "ferry service between Orlin and Dask will resume", QuoteKind.PARTIAL, null, 1),
                st(2, "Amos Quill", "The ferry service between Orlin and Dask will resume next week after the repairs."),
                st(3, "Pia Rand", "next week", QuoteKind.PARTIAL, null, 3));
        assertEquals(out.get(1).claimId(), out.get(0).claimId());
        assertEquals(ClaimAssignment.Layer.CONTAINMENT, out.get(0).layer());
        assertNotEquals(out.get(1).claimId(), out.get(2).claimId(), "two words of another speaker glue nothing");
    }

    @Test
    void aHeadlineQuotingItsOwnArticleJoinsTheBodyQuoteHoweverShort() {
        var out = group(new Statement(1, 5, null, null, null, "Lena Okafor", "It showed real character from the whole squad.",
                        100, 140, false, QuoteKind.DIRECT, null),
                new Statement(2, 5, null, null, null, null, "character", 10, 19, true, QuoteKind.PARTIAL, null),
                new Statement(3, 6, null, null, null, null, "character", 10, 19, true, QuoteKind.PARTIAL, null));
        assertEquals(out.get(0).claimId(), out.get(1).claimId());
        assertNotEquals(out.get(0).claimId(), out.get(2).claimId(), "another article's headline quotes its own body");
    }

    @Test
    void aContinuationThatDeniesWhatItFollowsIsAnotherClaim() {
        var out = group(new Statement(1, 9, null, null, null, "Ada Fenn", "They told us the new weir would keep the water out of Selby this winter",
                        0, 70, false, QuoteKind.DIRECT, null),
                new Statement(2, 9, null, null, null, "Ada Fenn", "It did not.", 90, 101, false, QuoteKind.DIRECT, null),
                new Statement(3, 9, null, null, null, "Ada Fenn", "It was worse than the last flood.", 120, 153, false,
                        QuoteKind.DIRECT, null));
        assertNotEquals(out.get(0).claimId(), out.get(1).claimId(), "it did not keep the water out: the opposite");
    }

    @Test
    void shortFragmentsJoinOnlyTheirOwnSpeaker() {
        var out = group(st(1, "Amos Quill", "The council must approve an emergency budget for the flooded valley."),
                st(2, "Amos Quill", "emergency budget", QuoteKind.PARTIAL, null, 2),
                st(3, "Pia Rand", "emergency budget", QuoteKind.PARTIAL, null, 3));
        assertEquals(out.get(0).claimId(), out.get(1).claimId());
        assertNotEquals(out.get(0).claimId(), out.get(2).claimId());
    }

    @Test
    void oneWordScareQuoteNeverGluesClaims() {
        var out = group(st(1, "Amos Quill", "This is an important step for the valley."),
                st(2, "Amos Quill", "Talks on the dam are important for both towns."),
                st(3, "Amos Quill", "important", QuoteKind.PARTIAL, null, 3));
        assertNotEquals(out.get(0).claimId(), out.get(1).claimId());
        assertNotEquals(out.get(0).claimId(), out.get(2).claimId());
        assertNotEquals(out.get(1).claimId(), out.get(2).claimId());
    }

    @Test
    void nearDuplicateWithOneWordChanged() {
        var out = group(st(1, "Amos Quill", "The council has approved the new budget for schools and hospitals in the northern district of Orlin."),
                st(2, "Amos Quill", "The council approved the new budget for schools and hospitals in the northern districts of Orlin."));
        assertEquals(out.get(0).claimId(), out.get(1).claimId());
        assertEquals(ClaimAssignment.Layer.NEAR_DUPLICATE, out.get(1).layer());
    }

    @Test
    void reTranslationOfTheSameSpeaker() {
        var out = group(st(1, "Tomas Vey", "Cross-border smuggling from Norvian territory will cease immediately."),
                st(2, "Tomas Vey", "Smuggling from Norvian soil will be stopped immediately."));
        assertEquals(out.get(0).claimId(), out.get(1).claimId());
        assertEquals(ClaimAssignment.Layer.PARAPHRASE, out.get(1).layer());
    }

    @Test
    void paraphraseByAnotherSpeakerIsAnotherClaim() {
        var out = group(st(1, "Tomas Vey", "Cross-border smuggling from Norvian territory will cease immediately."),
                st(2, "Ina Brook", "Smuggling from Norvian soil will be stopped immediately."));
        assertNotEquals(out.get(0).claimId(), out.get(1).claimId());
    }

    @Test
    void negationIsNeverMerged() {
        var out = group(st(1, "Tomas Vey", "The new dam at Orlin will be finished before the spring floods arrive."),
                st(2, "Tomas Vey", "The new dam at Orlin will not be finished before the spring floods arrive."),
                st(3, "Tomas Vey", "The new dam at Orlin won't be finished before the spring floods arrive."));
        assertNotEquals(out.get(0).claimId(), out.get(1).claimId());
        assertEquals(out.get(1).claimId(), out.get(2).claimId(), "the two negated wordings are one claim");
    }

    @Test
    void negatingFrameOfAPartialQuoteCounts() {
        // "would not “back armed groups”" asserts the negation of the quoted words.
        var out = group(st(1, "Tomas Vey", "We will never back armed groups that attack the valley."),
                st(2, "Tomas Vey", "back armed groups", QuoteKind.PARTIAL,
                        "Vey said his government would not \u201cback armed groups\u201d in the valley.", 2),
                st(3, "Tomas Vey", "back armed groups", QuoteKind.PARTIAL,
                        "Vey said his government would \u201cback armed groups\u201d in the valley.", 3));
        assertEquals(out.get(0).claimId(), out.get(1).claimId());
        assertNotEquals(out.get(0).claimId(), out.get(2).claimId());
    }

    @Test
    void differentNumbersAreDifferentClaims() {
        var out = group(st(1, "Ina Brook", "The flood killed 12 people in Orlin and destroyed the old mill."),
                st(2, "Ina Brook", "The flood killed 15 people in Orlin and destroyed the old mill."),
                st(3, "Ina Brook", "The flood killed twelve people in Orlin and destroyed the old mill."));
        assertNotEquals(out.get(0).claimId(), out.get(1).claimId());
        assertEquals(out.get(0).claimId(), out.get(2).claimId(), "12 and twelve are one number");
    }

    @Test
    void aFigureWrittenInWordsOrDigitsIsOneFigure() {
        var out = group(st(1, "Ina Brook", "Fifteen miners are still trapped in the flooded Harrow pit tonight."),
                st(2, "Ina Brook", "15 miners are still trapped in the flooded Harrow pit tonight."),
                st(3, "Ina Brook", "Sixteen miners are still trapped in the flooded Harrow pit tonight."));
        assertEquals(out.get(0).claimId(), out.get(1).claimId());
        assertNotEquals(out.get(0).claimId(), out.get(2).claimId());
    }

    @Test
    void antonymsAreDifferentClaims() {
        var out = group(st(1, "Ina Brook", "Grain exports to Dask will increase sharply this year."),
                st(2, "Ina Brook", "Grain exports to Dask will decrease sharply this year."));
        assertNotEquals(out.get(0).claimId(), out.get(1).claimId());
    }

    @Test
    void partialQuotesOfOneReportedSentenceAreOneClaim() {
        String context = "Okafor said the new \u201cflood barrier\u201d was \u201cessential\u201d.";
        var out = group(st(1, "Lena Okafor", "flood barrier", QuoteKind.PARTIAL, context, 7),
                st(2, "Lena Okafor", "essential", QuoteKind.PARTIAL, context, 7));
        assertEquals(out.get(0).claimId(), out.get(1).claimId());
    }

    @Test
    void partialQuotesOfTwoCoordinatedReportedClausesAreTwoClaims() {
        String context = "Okafor wrote that she was \u201cin touch with both sides\u201d and that a \u201cfair deal\u201d "
                + "was still possible.";
        var out = group(st(1, "Lena Okafor", "in touch with both sides", QuoteKind.PARTIAL, context, 7),
                st(2, "Lena Okafor", "fair deal", QuoteKind.PARTIAL, context, 7));
        assertNotEquals(out.get(0).claimId(), out.get(1).claimId());
    }

    @Test
    void incrementalJoinKeepsExistingIdsAndNeverRegroups() {
        var existing = List.of(
                new ExistingClaim(41, List.of(new ClaimMember(1, "The ferry to Dask will resume next week.", "Amos Quill", null, null))),
                new ExistingClaim(42, List.of(new ClaimMember(2, "Grain exports to Dask will increase sharply.", "Ina Brook", null, null))));
        var grouper = new ClaimGrouper(existing, wordNet);
        var first = grouper.assign(List.of(st(10, "Amos Quill", "the ferry to Dask will resume next week"),
                st(11, "Pia Rand", "The museum in Selby will close for a year.")));
        assertEquals(41, first.get(0).claimId());
        assertTrue(first.get(1).isNewClaim());
        var second = grouper.assign(List.of(st(12, null, "The museum in Selby will close for a year!")));
        assertEquals(first.get(1).claimId(), second.get(0).claimId(), "a later batch joins an earlier new claim");
    }

    @Test
    void everyStatementGetsExactlyOneClaimInInputOrder() {
        List<Statement> in = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            in.add(st(100 + i, i % 2 == 0 ? "Lena Okafor" : null, "Statement number " + i + " about the Orlin weir."));
        }
        var out = new ClaimGrouper(List.of(), wordNet).assign(in);
        assertEquals(in.size(), out.size());
        for (int i = 0; i < in.size(); i++) {
            assertEquals(in.get(i).id(), out.get(i).statementId());
        }
    }

    @Test
    void onlyWordingsWhoseMeaningCanDecideAreEmbeddedAndShortOnesStillJoinTheirOwnWords() {
        List<String> asked = new ArrayList<>();
        // a stand-in model: every wording gets the same vector, so only the judge's other rules keep claims apart
        java.util.function.Function<String, float[]> vectors = t -> {
            asked.add(t);
            return new float[]{1, 0, 0};
        };
        var out = new ClaimGrouper(List.of(), wordNet, vectors).assign(List.of(
                st(1, "Lena Okafor", "Shameful."),
                st(2, "Lena Okafor", "shameful"),
                st(3, "Amos Quill", "Shameful!"),
                st(4, null, "The Orlin weir will be rebuilt before the spring floods."),
                st(5, "Lena Okafor", "The Orlin weir will be rebuilt before the spring floods."),
                st(6, null, "Nobody has told the valley farmers when the weir closes.")));
        assertEquals(java.util.Set.of("The Orlin weir will be rebuilt before the spring floods.",
                        "Nobody has told the valley farmers when the weir closes."), new java.util.HashSet<>(asked),
                "a short wording never decides by meaning, so it is never embedded; an unattributed one keeps its"
                        + " vector, since check asks by meaning whoever said it");
        assertEquals(out.get(0).claimId(), out.get(1).claimId(), "a short statement joins its speaker's same words");
        assertNotEquals(out.get(0).claimId(), out.get(2).claimId(), "but not another speaker's");
        assertTrue(ClaimGrouper.worthEmbedding("The Orlin weir will be rebuilt before the floods."));
        assertTrue(!ClaimGrouper.worthEmbedding("We'll see."));
    }

    @Test
    void representativeIsTheFullestWording() {
        assertEquals("The ferry to Dask will resume next week after repairs.",
                ClaimGrouper.representative(List.of("ferry to Dask", "The ferry to Dask will resume next week after repairs.",
                        "the ferry to Dask will resume")));
    }
}
