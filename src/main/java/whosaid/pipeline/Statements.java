package whosaid.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

import whosaid.claims.Statement;
import whosaid.quotes.QuoteKind;
import whosaid.store.StoredQuote;
import whosaid.text.ArticleText;
import whosaid.text.Paragraphs;
import whosaid.text.SentenceSplitter;
import whosaid.text.Span;

/**
 * Turns stored quotes into the statements the claims and contradictions stages read, each with the sentence that
 * holds it as its context. Only the paragraphs that hold a quote are split into sentences (sentences never cross a
 * paragraph, so the context is the one the whole article's text layer gives): the claims stage reads a few quotes
 * of each of hundreds of stored articles, and splitting every one of those whole cost most of a one-article ingest.
 */
final class Statements {
    private final LongFunction<String> bodyOfArticle;
    private final SentenceSplitter splitter = new SentenceSplitter();
    /** Per article: its body (null when unknown), its paragraphs, and the sentences of each paragraph split so far. */
    private final Map<Long, Body> bodies = new HashMap<>();

    private static final class Body {
        final String text;
        final List<Span> paragraphs;
        final Map<Integer, List<Span>> sentences = new HashMap<>();

        Body(String text) {
            this.text = text;
            this.paragraphs = text == null ? List.of() : Paragraphs.of(text);
        }
    }

    Statements(LongFunction<String> bodyOfArticle) {
        this.bodyOfArticle = bodyOfArticle;
    }

    Statement of(StoredQuote q) {
        String context = q.inTitle() ? q.articleTitle() : context(q.articleRowId(), q.start(), q.end());
        return new Statement(q.quoteId(), q.articleRowId(), q.articleTitle(), q.outlet(), q.published(), q.speaker(),
                q.text(), q.start(), q.end(), q.inTitle(), QuoteKind.of(q.kind()),
                context, q.speaker() != null && !q.speakerAnonymous(), q.speakerRole());
    }

    private String context(long articleRowId, int start, int end) {
        Body body = bodies.computeIfAbsent(articleRowId, id -> new Body(bodyOfArticle.apply(id)));
        if (body.text == null || start < 0 || end > body.text.length() || start > end) {
            return null;
        }
        // the same test as ArticleText.sentencesAround, over the sentences of the paragraphs the span touches
        int to = Math.max(end, start + 1);
        List<Span> touching = new ArrayList<>();
        for (int p = 0; p < body.paragraphs.size(); p++) {
            Span para = body.paragraphs.get(p);
            if (para.start() < to && start < para.end()) {
                touching.addAll(body.sentences.computeIfAbsent(p, k -> splitter.split(body.text, para)));
            }
        }
        Span first = null;
        Span last = null;
        for (Span s : touching) {
            if (s.start() < to && start < s.end()) {
                if (first == null) {
                    first = s;
                }
                last = s;
            }
        }
        return first == null ? null : body.text.substring(first.start(), last.end());
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
