package whosaid.attribution;

import java.util.List;

/**
 * The first chain, quotation → speaker mention, in order of precision (after Muzny et al. 2017): an explicit name
 * first (a transcript's "HARLAND:" label, then a headline's "Name:"), then a cue next to the quotation, a cue
 * elsewhere in its sentence, the subject of the sentence before,
 * an earlier quotation of the paragraph, a colon ending the paragraph before, the previous paragraph's speaker;
 * the lede's source last. Sieves that need the whole article run after the reading, still in this order.
 */
final class QuotationSieves {
    static final List<Sieve> CHAIN = List.of(new TranscriptTurnSieve(), new HeadlineSieve(), new AdjacentCueSieve(),
            new SentenceCueSieve(), new PreviousSubjectSieve(), new ParagraphContinuationSieve(), new ColonParagraphSieve(),
            new TurnContinuationSieve(), new LedeSourceSieve());

    private QuotationSieves() {
    }

    /** The first decision of a sieve that runs while the article is read, or null. */
    static Decision whileReading(QuoteSite site) {
        return decide(site, false);
    }

    /** The first decision of a sieve that needs the whole article, or null. */
    static Decision afterReading(QuoteSite site) {
        return decide(site, true);
    }

    private static Decision decide(QuoteSite site, boolean wholeArticle) {
        for (Sieve s : CHAIN) {
            if (s.needsWholeArticle() != wholeArticle) {
                continue;
            }
            Decision d = s.decide(site);
            if (d != null) {
                return d;
            }
        }
        return null;
    }
}
