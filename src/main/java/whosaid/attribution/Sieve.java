package whosaid.attribution;

/** One attribution rule; the attributor tries sieves from the most precise to the most general. */
interface Sieve {
    /** The decision for this quotation, or null to pass it to the next sieve. */
    Decision decide(QuoteSite site);

    String name();
}
