package whosaid.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class SpeakerReportTest {
    private static final SpeakerView BRANDT = new SpeakerView(1, "Tomas Brandt", "person", "union leader", null,
            false, List.of("Brandt"), 3, List.of("Harbour Daily", "The Coastal Ledger"));

    private static QuoteView quote(long id, long article, String outlet, String published, String text, Long claim) {
        return new QuoteView(id, article, String.valueOf(article), "Article " + article, outlet, published, text, 0,
                text.length(), false, "direct", 1L, "Tomas Brandt", "Brandt", "said", "adjacent-cue", claim, 0.9);
    }

    private static ContradictionView.Side side(Long quoteId, long article) {
        return new ContradictionView.Side(quoteId, article, String.valueOf(article), "Article " + article, null,
                null, null, "words", 0, 5);
    }

    @Test
    void articlesAreInDateOrderAndUndatedLast() {
        SpeakerReport report = SpeakerReport.of(BRANDT, List.of(
                quote(1, 7, "Harbour Daily", null, "No deal.", null),
                quote(2, 8, "The Coastal Ledger", "2026-03-02", "We wait.", null),
                quote(3, 9, "Harbour Daily", "2026-03-01", "We strike.", null)), List.of(), List.of());
        assertEquals(List.of("9", "8", "7"), report.articles().stream().map(SpeakerReport.ArticleQuotes::articleId).toList());
    }

    @Test
    void claimsAreCountedWithTheirOutletsMostWidelyReportedFirst() {
        List<ClaimSummary> claims = List.of(
                new ClaimSummary(10, "Nobody goes back without a deal.", "2026-03-01", null),
                new ClaimSummary(11, "The offer is an insult.", "2026-03-02", null));
        SpeakerReport report = SpeakerReport.of(BRANDT, List.of(
                quote(1, 7, "Harbour Daily", "2026-03-02", "The offer is an insult.", 11L),
                quote(2, 7, "Harbour Daily", "2026-03-02", "Nobody goes back.", 10L),
                quote(3, 8, "The Coastal Ledger", "2026-03-01", "Nobody goes back without a deal.", 10L)),
                claims, List.of());
        assertEquals(List.of(10L, 11L), report.claims().stream().map(SpeakerReport.SpeakerClaim::claimId).toList());
        assertEquals(2, report.claims().get(0).quotes());
        assertEquals(List.of("Harbour Daily", "The Coastal Ledger"), report.claims().get(0).outlets());
    }

    @Test
    void onlyContradictionsWithASideAmongTheirQuotesBelongToTheReport() {
        ContradictionView theirs = new ContradictionView(1, "numeric", side(null, 3), side(2L, 7), "why", 0.5);
        ContradictionView others = new ContradictionView(2, "denial", side(null, 3), side(99L, 4), "why", 0.5);
        SpeakerReport report = SpeakerReport.of(BRANDT, List.of(
                quote(2, 7, "Harbour Daily", null, "Four percent was never offered.", null)),
                List.of(), List.of(theirs, others));
        assertEquals(List.of(1L), report.contradictions().stream().map(ContradictionView::id).toList());
    }
}
