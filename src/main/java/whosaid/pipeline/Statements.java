package whosaid.pipeline;

import java.util.HashMap;
import java.util.Map;
import java.util.function.LongFunction;

import whosaid.claims.Statement;
import whosaid.quotes.QuoteKind;
import whosaid.store.StoredQuote;

/** Turns stored quotes into the statements the claims and contradictions stages read. */
final class Statements {
    private final LongFunction<String> bodyOfArticle;
    private final Map<Long, String> bodies = new HashMap<>();

    Statements(LongFunction<String> bodyOfArticle) {
        this.bodyOfArticle = bodyOfArticle;
    }

    Statement of(StoredQuote q) {
        String context = q.inTitle() ? q.articleTitle()
                : sentenceAround(bodies.computeIfAbsent(q.articleRowId(), bodyOfArticle::apply), q.start(), q.end());
        return new Statement(q.quoteId(), q.articleRowId(), q.articleTitle(), q.outlet(), q.published(), q.speaker(),
                q.text(), q.start(), q.end(), q.inTitle(), QuoteKind.valueOf(q.kind().toUpperCase(java.util.Locale.ROOT)),
                context);
    }

    /**
     * The sentence that holds [start, end): back to the end of the sentence before (or the paragraph start), on to
     * the first sentence end after the quote (or the paragraph end). Sentence ends inside the quote do not count,
     * so "“A. B,” she said." is one context.
     */
    static String sentenceAround(String body, int start, int end) {
        if (body == null || start < 0 || end > body.length() || start > end) {
            return null;
        }
        int from = start;
        while (from > 0) {
            char before = body.charAt(from - 1);
            if (before == '\n') {
                break;
            }
            if (Character.isWhitespace(before) && from >= 2 && ".?!".indexOf(body.charAt(from - 2)) >= 0
                    && from - 1 < start - 1) {
                break;
            }
            from--;
        }
        int to = end;
        while (to < body.length()) {
            char c = body.charAt(to);
            if (c == '\n') {
                break;
            }
            to++;
            if (".?!".indexOf(c) >= 0 && (to == body.length() || Character.isWhitespace(body.charAt(to)))) {
                break;
            }
        }
        return body.substring(from, to).strip();
    }
}
