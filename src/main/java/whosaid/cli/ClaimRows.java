package whosaid.cli;

import java.util.Map;

import whosaid.query.ClaimView;
import whosaid.query.QuoteView;

/** A claim as a row of the claims export contract (DESIGN.md), with its wordings' evidence as an extension. */
final class ClaimRows {
    private ClaimRows() {
    }

    static Map<String, Object> of(ClaimView c, boolean withWordings) {
        Map<String, Object> row = Listing.row();
        row.put("claim_id", c.claimId());
        row.put("text", c.text());
        row.put("speakers", c.speakers());
        row.put("outlets", c.outlets());
        row.put("quote_ids", c.quoteIds());
        row.put("first_published", c.firstPublished());
        row.put("last_published", c.lastPublished());
        if (withWordings) {
            row.put("wordings", c.quotes().stream().map(ClaimRows::evidence).toList());
        }
        return row;
    }

    static Map<String, Object> evidence(QuoteView q) {
        Map<String, Object> row = Listing.row();
        row.put("quote_id", q.quoteId());
        row.put("text", q.text());
        row.put("speaker", q.speaker());
        row.put("outlet", q.outlet());
        row.put("published", q.published());
        row.put("article_id", q.articleId());
        row.put("article_title", q.articleTitle());
        row.put("start", q.start());
        row.put("end", q.end());
        row.put("in_title", q.inTitle());
        return row;
    }
}
