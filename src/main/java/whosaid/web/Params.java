package whosaid.web;

import java.util.Set;

import io.javalin.http.Context;

/**
 * Reads and checks request parameters. Anything malformed or oversized is a {@link BadRequest} naming the
 * parameter, never a guess: a fact-checker should know the app did not search for what they typed.
 */
final class Params {
    /** Longest search text or name: a long paragraph, far beyond any claim, well short of a costly query. */
    static final int MAX_TEXT = 1_000;
    /** Longest article id: inputs' own ids are short keys or URLs. */
    static final int MAX_ID = 300;
    static final int MAX_LIMIT = 200;
    static final int MAX_PAGE = 100_000;

    private Params() {
    }

    /** A free-text parameter, stripped; null when absent or blank. */
    static String text(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null) {
            return null;
        }
        if (value.length() > MAX_TEXT) {
            throw new BadRequest(name + " is longer than " + MAX_TEXT + " characters");
        }
        if (value.chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r')) {
            throw new BadRequest(name + " holds a control character");
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    static int page(Context ctx) {
        return bounded(ctx, "page", 1, 1, MAX_PAGE);
    }

    static int limit(Context ctx, int fallback) {
        return bounded(ctx, "limit", fallback, 1, MAX_LIMIT);
    }

    private static int bounded(Context ctx, String name, int fallback, int min, int max) {
        String value = ctx.queryParam(name);
        if (value == null || value.isEmpty()) {
            return fallback;
        }
        if (!value.matches("[0-9]{1,9}")) {
            throw new BadRequest(name + " must be a whole number from " + min + " to " + max);
        }
        int n = Integer.parseInt(value);
        if (n < min || n > max) {
            throw new BadRequest(name + " must be a whole number from " + min + " to " + max);
        }
        return n;
    }

    /** A numeric row id from the path. */
    static long id(Context ctx) {
        String value = ctx.pathParam("id");
        if (!value.matches("[0-9]{1,18}")) {
            throw new BadRequest("id must be a positive whole number");
        }
        return Long.parseLong(value);
    }

    /** An article id from the path: the input's own id (any text) or whosaid's row id. */
    static String articleId(Context ctx) {
        String value = ctx.pathParam("id");
        if (value.isEmpty() || value.length() > MAX_ID) {
            throw new BadRequest("article id must be 1 to " + MAX_ID + " characters");
        }
        return value;
    }

    /** One of the given words, or null when absent. */
    static String oneOf(Context ctx, String name, Set<String> allowed) {
        String value = ctx.queryParam(name);
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (!allowed.contains(value)) {
            throw new BadRequest(name + " must be one of " + String.join(", ", new java.util.TreeSet<>(allowed)));
        }
        return value;
    }

    /** A number from 0 to 1, or null when absent. */
    static Double fraction(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (!value.matches("(0|1)?(\\.[0-9]{1,6})?|[01]") || value.equals(".")) {
            throw new BadRequest(name + " must be a number from 0 to 1");
        }
        double d = Double.parseDouble(value);
        if (d < 0 || d > 1) {
            throw new BadRequest(name + " must be a number from 0 to 1");
        }
        return d;
    }

    /** A positive whole number, or null when absent. */
    static Long positive(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (!value.matches("[0-9]{1,18}")) {
            throw new BadRequest(name + " must be a positive whole number");
        }
        return Long.parseLong(value);
    }
}
