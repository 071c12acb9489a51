package whosaid.contradictions;

/**
 * One side of a contradiction: the words, who said them, and where they stand.
 *
 * @param statementId the statement this side comes from, or null for a plain sentence the finder read itself
 * @param articleId   the article's stable id
 * @param start       offset into the article body (or title when the statement was in the title)
 * @param end         exclusive end offset
 */
public record Side(Long statementId, long articleId, String articleTitle, String outlet, String published,
                   String speaker, String text, int start, int end) implements java.io.Serializable {
}
