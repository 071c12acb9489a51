package whosaid.query;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The export rows of DESIGN.md's contracts, field for field, in one place: the CLI's JSONL/JSON/CSV listings and the
 * web app's JSON twins both print these, so a script reads the same shape from {@code whosaid quotes --format jsonl}
 * and from {@code /api/quotes}. Fields past the contract are compatible extensions (a reader may ignore them).
 */
public final class ExportRows {
    private ExportRows() {
    }

    public static Map<String, Object> quote(QuoteView q) {
        Map<String, Object> row = new LinkedHashMap<>();
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
        row.put("confidence", round(q.confidence()));
        // extensions: where the offsets point, which attribution rule decided, and the speaker entity
        row.put("in_title", q.inTitle());
        row.put("sieve", q.sieve());
        row.put("speaker_id", q.speakerId());
        return row;
    }

    /** A claim; with its wordings' evidence (article, outlet, offsets) when asked. */
    public static Map<String, Object> claim(ClaimView c, boolean withWordings) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("claim_id", c.claimId());
        row.put("text", c.text());
        row.put("speakers", c.speakers());
        row.put("outlets", c.outlets());
        row.put("quote_ids", c.quoteIds());
        row.put("first_published", c.firstPublished());
        row.put("last_published", c.lastPublished());
        if (withWordings) {
            row.put("wordings", c.quotes().stream().map(ExportRows::wording).toList());
        }
        return row;
    }

    /** One wording of a claim with the evidence that leads back to it. */
    public static Map<String, Object> wording(QuoteView q) {
        Map<String, Object> row = new LinkedHashMap<>();
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

    public static Map<String, Object> contradiction(ContradictionView c) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("kind", c.kind());
        row.put("a", side(c.a()));
        row.put("b", side(c.b()));
        row.put("why", c.why());
        row.put("strength", round(c.strength()));
        row.put("story_id", c.storyId());
        row.put("contradiction_id", c.id());
        return row;
    }

    private static Map<String, Object> side(ContradictionView.Side s) {
        Map<String, Object> row = new LinkedHashMap<>();
        if (s.quoteId() != null) {
            row.put("quote_id", s.quoteId());
        }
        row.put("article_id", s.articleId());
        row.put("article_title", s.articleTitle());
        row.put("outlet", s.outlet());
        row.put("published", s.published());
        row.put("speaker", s.speaker());
        row.put("text", s.text());
        row.put("start", s.start());
        row.put("end", s.end());
        return row;
    }

    public static Map<String, Object> speaker(SpeakerView s) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("speaker_id", s.id());
        row.put("speaker", s.name());
        row.put("kind", s.kind());
        row.put("anonymous", s.anonymous());
        row.put("role", s.role());
        row.put("affiliation", s.affiliation());
        row.put("quotes", s.quotes());
        row.put("outlets", s.outlets());
        row.put("aliases", s.aliases());
        return row;
    }

    /** One claim of a speaker's report: how often and where they made it. */
    public static Map<String, Object> speakerClaim(SpeakerReport.SpeakerClaim c) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("claim_id", c.claimId());
        row.put("text", c.text());
        row.put("quotes", c.quotes());
        row.put("outlets", c.outlets());
        row.put("first_published", c.firstPublished());
        return row;
    }

    /** An article as {@code whosaid articles} exports it; the stored text is added by the caller when asked. */
    public static Map<String, Object> article(ArticleView a) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("article_id", a.articleId());
        row.put("title", a.title());
        row.put("outlet", a.outlet());
        row.put("byline", a.byline());
        row.put("published", a.published());
        row.put("url", a.url());
        row.put("source", a.source());
        row.put("chars", a.chars());
        return row;
    }

    public static Map<String, Object> outlet(OutletView o) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("outlet", o.name() == null ? "(unknown)" : o.name());
        row.put("articles", o.articles());
        row.put("quotes", o.quotes());
        row.put("speakers", o.speakers());
        row.put("first", o.first());
        row.put("last", o.last());
        return row;
    }

    public static Map<String, Object> story(StoryView s) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("story_id", s.storyId());
        row.put("title", s.title());
        row.put("first_published", s.firstPublished());
        row.put("last_published", s.lastPublished());
        row.put("outlets", s.outlets());
        row.put("article_ids", s.articleIds());
        row.put("speakers", s.speakers());
        row.put("articles", s.articles());
        return row;
    }

    /** Three decimals: a score's noise past them is not information. */
    public static double round(double d) {
        return Math.round(d * 1000) / 1000.0;
    }
}
