package whosaid.query;

import java.util.Set;

/**
 * Which quotes to list; a null field does not filter.
 *
 * @param speakerIds only quotes by these speakers
 * @param outlet     outlet name, case-insensitive
 * @param article    article id (the input's id or whosaid's row id) or a part of its title
 * @param kinds      labels of the kinds to list (direct, partial, indirect, title, scare)
 */
public record QuoteFilter(Set<Long> speakerIds, String outlet, String article, Set<String> kinds) {
    public static QuoteFilter all() {
        return new QuoteFilter(null, null, null, null);
    }
}
