package whosaid.stories;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;

/** The stored stories a new article could join, looked up by its telling terms (the store's term index). */
@FunctionalInterface
public interface StoryIndex {
    /**
     * @return the stored stories that hold any of the terms and whose dates come within {@code days} of the date
     *         (any date when it is null), each with its whole term profile
     */
    Collection<StoryProfile> near(Set<String> terms, LocalDate date, int days);

    /** No stored stories: a fresh store. */
    StoryIndex NONE = (terms, date, days) -> java.util.List.of();
}
