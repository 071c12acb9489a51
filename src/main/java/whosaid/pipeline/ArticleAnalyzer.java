package whosaid.pipeline;

import java.util.ArrayList;
import java.util.List;

import whosaid.ingest.Article;
import whosaid.store.ArticleWrite;

/** Turns one read article into what the store keeps: its quotations, attributed and linked to speakers. */
public interface ArticleAnalyzer {
    ArticleWrite analyze(Article article);

    /** Every article of a file, in their order; an analyser may use several cores as long as the result is the same. */
    default List<ArticleWrite> analyzeAll(List<Article> articles) {
        List<ArticleWrite> out = new ArrayList<>(articles.size());
        for (Article a : articles) {
            out.add(analyze(a));
        }
        return out;
    }
}
