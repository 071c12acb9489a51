package whosaid.store;

/** A quotation as stored, joined with its article, outlet and speaker: the row behind every quote listing. */
public record StoredQuote(long quoteId, long articleRowId, String articleId, String articleTitle, String outlet,
                          String published, String text, int start, int end, boolean inTitle, String kind,
                          Long speakerId, String speaker, String speakerMention, String cue, String sieve,
                          Long claimId, double confidence, boolean speakerAnonymous,
                          String speakerRole) {
}
