package whosaid.store;

import java.util.List;

/**
 * A stored story with what its listing shows.
 *
 * @param articleRowIds its articles' row ids, oldest first
 * @param articleIds    the same articles by the ids a user knows them by
 * @param speakers      the people it quotes most, most quoted first
 */
public record StoredStory(long id, String title, String firstPublished, String lastPublished, int articles,
                          List<String> outlets, List<Long> articleRowIds, List<String> articleIds,
                          List<String> speakers) {
}
