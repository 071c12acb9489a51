package whosaid.pipeline;

import java.util.HashMap;
import java.util.Map;
import java.util.function.LongFunction;

import whosaid.claims.Statement;
import whosaid.quotes.QuoteKind;
import whosaid.store.StoredQuote;
import whosaid.text.ArticleText;
import whosaid.text.Span;
import whosaid.text.TextLayer;

/**
 * Turns stored quotes into the statements the claims and contradictions stages read, each with the sentence that
 * holds it as its context, taken from the article's text layer (made once per article read back).
 */
final class Statements {
    private final LongFunction<String> bodyOfArticle;
    private final TextLayer layer = new TextLayer();
    private final Map<Long, ArticleText> texts = new HashMap<>();

    Statements(LongFunction<String> bodyOfArticle) {
        this.bodyOfArticle = bodyOfArticle;
    }

    Statement of(StoredQuote q) {
        String context = q.inTitle() ? q.articleTitle()
                : sentenceAround(texts.computeIfAbsent(q.articleRowId(), this::text), q.start(), q.end());
        return new Statement(q.quoteId(), q.articleRowId(), q.articleTitle(), q.outlet(), q.published(), q.speaker(),
                q.text(), q.start(), q.end(), q.inTitle(), QuoteKind.of(q.kind()),
                context, q.speaker() != null && !q.speakerAnonymous(), q.speakerRole());
    }

    private ArticleText text(long articleRowId) {
        String body = bodyOfArticle.apply(articleRowId);
        return body == null ? null : layer.of(null, body);
    }

    /**
     * The sentences that hold [start, end): sentence ends inside the quote do not count, so "“A. B,” she said." is
     * one context.
     */
    static String sentenceAround(ArticleText text, int start, int end) {
        if (text == null || start < 0 || end > text.body().length() || start > end) {
            return null;
        }
        Span around = text.sentencesAround(start, end);
        return around == null ? null : around.of(text.body());
    }
}
