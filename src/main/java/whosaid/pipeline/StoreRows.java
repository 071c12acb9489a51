package whosaid.pipeline;

import java.util.ArrayList;
import java.util.List;

import whosaid.ingest.Article;
import whosaid.quotes.Quote;
import whosaid.store.ArticleColumns;
import whosaid.store.ArticleWrite;
import whosaid.store.QuoteWrite;
import whosaid.store.SpeakerRef;

/** Maps the stages' records to the store's rows and back: the store knows no stage, so the mapping lives here. */
final class StoreRows {
    private StoreRows() {
    }

    static ArticleWrite write(AnalysedArticle analysed) {
        List<QuoteWrite> quotes = new ArrayList<>(analysed.quotes().size());
        for (AnalysedQuote q : analysed.quotes()) {
            Quote quote = q.quote();
            quotes.add(new QuoteWrite(quote.inTitle(), quote.start(), quote.end(), quote.text(), quote.kind().label(),
                    speaker(q.speaker()), q.mention(), q.cue(), q.sieve(), q.confidence()));
        }
        return new ArticleWrite(columns(analysed.article()), quotes);
    }

    static ArticleColumns columns(Article a) {
        return new ArticleColumns(a.externalId(), a.title(), a.dek(), a.outlet(), a.byline(), a.published(), a.url(),
                a.body(), a.source(), a.line(), a.language(), a.fetched());
    }

    static Article article(ArticleColumns a) {
        return new Article(a.externalId(), a.title(), a.dek(), a.outlet(), a.byline(), a.published(), a.url(),
                a.body(), a.source(), a.line(), a.language(), a.fetched());
    }

    private static SpeakerRef speaker(QuoteSpeaker s) {
        return s == null ? null
                : new SpeakerRef(s.id(), s.canonicalName(), s.kind().label(), s.anonymous(), s.role(), s.aliases());
    }
}
