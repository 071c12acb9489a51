package whosaid.attribution;

import whosaid.ingest.Article;
import whosaid.quotes.Quote;
import whosaid.text.ArticleText;
import whosaid.text.TextLayer;

import java.util.List;

/**
 * Says who spoke each quotation of an article, as CoreNLP's quote attribution does (Muzny et al. 2017), in two
 * ordered chains: quotation → speaker mention ({@link QuotationSieves}), and mention → speaker entity
 * ({@link SpeakerResolvers}) over the article's discourse state ({@link DiscourseState}). Stateless: each article is
 * one {@link ArticleReading}.
 */
public final class QuoteAttributor {
    private final TextLayer layer = new TextLayer();

    public List<Attribution> attribute(Article article, List<Quote> quotes) {
        return analyse(article, quotes).attributions();
    }

    /** For callers without the article's text layer (tests, one-off use): builds it here. */
    public ArticleAttribution analyse(Article article, List<Quote> quotes) {
        return analyse(layer.of(article.title(), article.body()), article, quotes);
    }

    /** Reads the article on the paragraphs and sentences its text layer already holds (made once per article). */
    public ArticleAttribution analyse(ArticleText text, Article article, List<Quote> quotes) {
        return new ArticleReading(text, article, quotes).run();
    }
}
