package whosaid.attribution;

import whosaid.quotes.QuoteKind;
import whosaid.text.Span;

/**
 * The lede's partial quotations with no cue take the source that the next paragraph names: news opens with the
 * gist in the source's words ("agreed to a “full ceasefire”") and says who said so right after.
 */
final class LedeSourceSieve implements Sieve {
    /** A guess from the article's shape, not from words next to the quotation. */
    static final double CONFIDENCE = 0.5;

    @Override
    public Decision decide(QuoteSite site) {
        ArticleContext article = site.article();
        if (article.paragraphs().size() < 2 || site.quote().inTitle()
                || site.quote().kind() != QuoteKind.PARTIAL
                || !article.paragraphs().get(0).covers(new Span(site.quote().start(), site.quote().end()))) {
            return null;
        }
        Integer next = article.decisions().firstQuoteOf(1);
        Decision source = next == null ? null : article.decisions().of(next);
        if (source == null || source.speaker() == null || source.sieve().continuation()) {
            return null; // a continued speaker was not named there either
        }
        return new Decision(source.speaker(), source.mention(), null, name(), CONFIDENCE);
    }

    @Override
    public boolean needsWholeArticle() {
        return true;
    }

    @Override
    public SieveName name() {
        return SieveName.LEDE_SOURCE;
    }
}
