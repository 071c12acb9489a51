package whosaid.pipeline;

import whosaid.ingest.Article;
import whosaid.store.ArticleWrite;

/** Turns one read article into what the store keeps: its quotations, attributed and linked to speakers. */
public interface ArticleAnalyzer {
    ArticleWrite analyze(Article article);
}
