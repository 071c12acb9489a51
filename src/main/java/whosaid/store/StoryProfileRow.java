package whosaid.store;

import java.util.Map;

/** A stored story's dates, size and term profile, for matching new articles with it. */
public record StoryProfileRow(long id, String firstPublished, String lastPublished, int articles,
                              Map<String, Integer> terms) {
}
