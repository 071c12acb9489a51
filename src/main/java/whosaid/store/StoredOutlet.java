package whosaid.store;

/**
 * One outlet as the store knows it: how many articles and quotations it carries, how many different people it
 * quotes, and the dates it covers.
 *
 * @param name      the outlet's name as the articles give it, or null for articles with no outlet line
 * @param articles  stored articles from it
 * @param quotes    quotations (direct and partial) in them; reported speech not counted
 * @param speakers  distinct speakers of those quotations
 * @param first     earliest publication date (ISO), or null when no article is dated
 * @param last      latest publication date (ISO), or null
 */
public record StoredOutlet(String name, int articles, int quotes, int speakers, String first, String last) {
}
