package whosaid.pipeline;

import java.util.List;

import whosaid.ingest.Article;
import whosaid.store.ArticleWrite;
import whosaid.store.StoredSpeaker;

/** The analysis of one article: quotations found, attributed, and linked to speakers across articles. */
public final class QuotePipeline implements ArticleAnalyzer {
    public QuotePipeline(List<StoredSpeaker> knownSpeakers) {
    }

    @Override
    public ArticleWrite analyze(Article article) {
        return new ArticleWrite(article, List.of());
    }
}
