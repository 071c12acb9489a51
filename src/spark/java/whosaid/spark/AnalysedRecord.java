package whosaid.spark;

import java.io.Serializable;
import java.util.Map;

import whosaid.ingest.Article;
import whosaid.pipeline.QuotePipeline;

/**
 * What an executor sends back for one article: its detection and attribution, and the sentence vector of each of
 * its wordings (as the store keeps them), so that the driver's claim stage embeds nothing again.
 */
record AnalysedRecord(Article article, QuotePipeline.Attributed attributed, Map<String, byte[]> vectors)
        implements Serializable {
}
