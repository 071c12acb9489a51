package whosaid.query;

import java.util.List;

/**
 * A story as its listing shows it: the articles that report one event or issue.
 *
 * @param title      the most representative headline of its articles
 * @param articleIds its articles, oldest first, by the ids a user knows them by
 * @param speakers   the people it quotes most, most quoted first
 */
public record StoryView(long storyId, String title, String firstPublished, String lastPublished, int articles,
                        List<String> outlets, List<Long> articleRowIds, List<String> articleIds,
                        List<String> speakers) {
}
