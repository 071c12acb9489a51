package whosaid.query;

import java.util.List;

/**
 * One page of a longer list.
 *
 * @param page  1-based page number
 * @param limit most items a page holds
 * @param total items over all pages
 */
public record Paged<T>(List<T> items, int page, int limit, int total) {
    public Paged {
        items = List.copyOf(items);
    }

    /** The page of {@code all} asked for; a page past the end is empty. */
    public static <T> Paged<T> of(List<T> all, int page, int limit) {
        long from = (long) (page - 1) * limit;
        if (from >= all.size()) {
            return new Paged<>(List.of(), page, limit, all.size());
        }
        int to = (int) Math.min(all.size(), from + limit);
        return new Paged<>(all.subList((int) from, to), page, limit, all.size());
    }

    public boolean hasNext() {
        return (long) page * limit < total;
    }

    public boolean hasPrevious() {
        return page > 1;
    }
}
