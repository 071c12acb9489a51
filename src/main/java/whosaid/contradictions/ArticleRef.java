package whosaid.contradictions;

import whosaid.ingest.Article;

/**
 * An article with the stable id the rest of the pipeline knows it by (the stored article id, or any unique
 * number before storing). Statements point at articles through this id.
 */
// Serializable: the Spark job (whosaid.spark) searches stories on its executors.
public record ArticleRef(long articleId, Article article) implements java.io.Serializable {
}
