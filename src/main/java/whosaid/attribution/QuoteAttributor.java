package whosaid.attribution;

import whosaid.ingest.Article;
import whosaid.quotes.Quote;

import java.util.List;

/**
 * Says who spoke each quotation of an article, as CoreNLP's quote attribution does (Muzny et al. 2017), in two
 * ordered chains: quotation → speaker mention ({@link QuotationSieves}), and mention → speaker entity
 * ({@link SpeakerResolvers}) over the article's discourse state ({@link DiscourseState}). Stateless: each article is
 * one {@link ArticleReading}.
 */
public final class QuoteAttributor {
    public List<Attribution> attribute(Article article, List<Quote> quotes) {
        return analyse(article, quotes).attributions();
    }

    public ArticleAttribution analyse(Article article, List<Quote> quotes) {
        return new ArticleReading(article, quotes).run();
    }
}
