package whosaid.query;

/**
 * A quotation as the listings show it, with its article, outlet and speaker.
 *
 * @param articleRowId whosaid's row id of the article
 * @param articleId    the input's own id of the article where it gave one, else the row id (the export contract)
 * @param inTitle      true when start and end point into the title
 * @param kind         direct, partial or indirect
 */
public record QuoteView(long quoteId, long articleRowId, String articleId, String articleTitle, String outlet,
                        String published, String text, int start, int end, boolean inTitle, String kind,
                        Long speakerId, String speaker, String speakerMention, String cue, String sieve,
                        Long claimId, double confidence) {
}
