package whosaid.quotes;

import java.util.Locale;

/** What a quotation is, in the export vocabulary of DESIGN.md. */
public enum QuoteKind {
    /** The quoted words form a sentence or clause. */
    DIRECT,
    /** A short quoted fragment inside reported speech. */
    PARTIAL,
    /** Reported speech without quotation marks. */
    INDIRECT,
    /** The title of a work in quotation marks (a book, film, show, song, column): nobody's words here. */
    TITLE,
    /** Scare quotes, a nickname, a slogan, a chant, a sign's text or a word used as a word: nobody's words here. */
    SCARE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind a label names ({@link #label()} read back). */
    public static QuoteKind of(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }

    /**
     * Whether someone says these words: only speech is attributed, joins claims and can contradict; a title or
     * a scare quote has no speaker.
     */
    public boolean speech() {
        return this != TITLE && this != SCARE;
    }
}
