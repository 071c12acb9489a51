package whosaid.quotes;

/**
 * A quotation found in an article: the words between the marks, with offsets.
 *
 * @param inTitle  true when the offsets point into the article's title rather than its body
 * @param start    offset of the first quoted character (Java String index)
 * @param end      offset after the last quoted character, exclusive
 * @param text     the quoted words, equal to the substring [start, end) of title or body
 * @param kind     direct, partial or indirect
 * @param unclosed true when the opening mark had no closing mark before the paragraph ended
 */
// Serializable: the Spark job (whosaid.spark) ships it from the machine that analysed it to the one that stores it.
public record Quote(boolean inTitle, int start, int end, String text, QuoteKind kind, boolean unclosed)
        implements java.io.Serializable {
}
