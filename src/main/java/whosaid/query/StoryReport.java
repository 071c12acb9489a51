package whosaid.query;

import java.util.List;

/**
 * One story as its page shows it.
 *
 * @param articles       its articles, oldest first, each with the quotations read in it (none for some)
 * @param claims         the claims stated in its articles
 * @param contradictions the contradictions found inside it, strongest first
 */
public record StoryReport(StoryView story, List<SpeakerReport.ArticleQuotes> articles, List<ClaimView> claims,
                          List<ContradictionView> contradictions) {
}
