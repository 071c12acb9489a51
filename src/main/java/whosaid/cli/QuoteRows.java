package whosaid.cli;

import java.util.Map;
import whosaid.query.QuoteView;

/** A stored quote as a row of the quotes export contract (DESIGN.md), plus a few compatible extras. */
final class QuoteRows {
    private QuoteRows() {
    }

    static Map<String, Object> of(QuoteView q) {
        Map<String, Object> row = Listing.row();
        row.put("quote_id", q.quoteId());
        row.put("article_id", q.articleId());
        row.put("article_title", q.articleTitle());
        row.put("outlet", q.outlet());
        row.put("published", q.published());
        row.put("text", q.text());
        row.put("start", q.start());
        row.put("end", q.end());
        row.put("kind", q.kind());
        row.put("speaker", q.speaker());
        row.put("speaker_mention", q.speakerMention());
        row.put("cue", q.cue());
        row.put("claim_id", q.claimId());
        row.put("confidence", Math.round(q.confidence() * 1000) / 1000.0);
        // Extensions: where the offsets point, and which attribution rule decided.
        row.put("in_title", q.inTitle());
        row.put("sieve", q.sieve());
        return row;
    }
}
