package whosaid.stories;

import java.util.Map;

/**
 * Where one new article went.
 *
 * @param articleId the article's row id
 * @param story     the story it joined or started
 * @param score     how well it matched the story (1 for the article that started it)
 * @param telling   its telling terms with their weights, as stored for the next runs
 */
public record StoryAssignment(long articleId, StoryProfile story, double score, Map<String, Double> telling) {
}
