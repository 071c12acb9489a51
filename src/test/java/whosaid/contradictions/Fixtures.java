package whosaid.contradictions;

import whosaid.claims.Statement;
import whosaid.ingest.Article;
import whosaid.quotes.QuoteKind;

/** Small invented articles and quotes for the rule tests. */
final class Fixtures {
    private Fixtures() {
    }

    static ArticleRef article(long id, String outlet, String body) {
        return new ArticleRef(id, new Article(null, "Story " + id, null, outlet, null, "2031-05-0" + (id % 9 + 1),
                null, body, "test", 1));
    }

    /** A quotation of {@code text} (which must occur in the body) by {@code speaker}. */
    static Statement quote(long id, ArticleRef ref, String speaker, String text) {
        int start = ref.article().body().indexOf(text);
        if (start < 0) {
            throw new IllegalArgumentException("not in the body: " + text);
        }
        return new Statement(id, ref.articleId(), ref.article().title(), ref.article().outlet(),
                ref.article().published(), speaker, text, start, start + text.length(), false, QuoteKind.DIRECT, null);
    }
}
