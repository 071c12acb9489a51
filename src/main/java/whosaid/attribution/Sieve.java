package whosaid.attribution;

/**
 * One rule of the first chain, quotation → speaker mention. The attributor tries sieves in the order of
 * {@link QuotationSieves#CHAIN}, from the most precise to the most general; the first that decides wins.
 */
interface Sieve {
    /** The decision for this quotation, or null to pass it to the next sieve. */
    Decision decide(QuoteSite site);

    SieveName name();

    /**
     * True for a sieve that needs the whole article read first (what the next paragraph says, whether the body
     * bears out the headline); it runs after the reading, on the quotations still undecided.
     */
    default boolean needsWholeArticle() {
        return false;
    }
}
