package whosaid.query;

/**
 * One outlet: how many articles and quotations it carries, how many different people it quotes, and the dates it
 * covers.
 *
 * @param name      the outlet's name as the articles give it, or null for articles with no outlet line
 * @param quotes    quotations (direct and partial); reported speech not counted
 * @param speakers  distinct speakers of those quotations
 * @param first     earliest publication date (ISO), or null when no article is dated
 * @param last      latest publication date (ISO), or null
 */
public record OutletView(String name, int articles, int quotes, int speakers, String first, String last) {
}
