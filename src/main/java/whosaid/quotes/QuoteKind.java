package whosaid.quotes;

/** What a quotation is, in the export vocabulary of DESIGN.md. */
public enum QuoteKind {
    /** The quoted words form a sentence or clause. */
    DIRECT,
    /** A short quoted fragment inside reported speech, or a scare quote. */
    PARTIAL,
    /** Reported speech without quotation marks. */
    INDIRECT;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
