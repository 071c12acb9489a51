package whosaid.store;

import java.util.List;
import java.util.Map;

/**
 * A story to store after a grouping run: its id (negative for one the run started), headline, dates, size and
 * term profile, and the articles that joined it in this run.
 */
public record StoryWrite(long storyId, String title, Long titleArticleRowId, String firstPublished,
                         String lastPublished, int articles, Map<String, Integer> terms, List<Member> joined) {
    /** An article that joined, with its match score and its telling terms. */
    public record Member(long articleRowId, double score, Map<String, Double> terms) {
    }
}
