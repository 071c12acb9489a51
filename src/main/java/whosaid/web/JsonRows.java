package whosaid.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import whosaid.query.ArticleDetail;
import whosaid.query.ClaimView;
import whosaid.query.ContradictionView;
import whosaid.query.ExportRows;
import whosaid.query.FactCheck;
import whosaid.query.OutletView;
import whosaid.query.Paged;
import whosaid.query.QuoteView;
import whosaid.query.SpeakerReport;
import whosaid.query.SpeakerView;
import whosaid.query.StoryView;

/**
 * The JSON twins' rows, with the field names of the CLI's JSONL exports (DESIGN.md), so a script reads the same
 * shapes from {@code whosaid quotes --format jsonl} and from {@code /api/}.
 */
final class JsonRows {
    private JsonRows() {
    }

    static Map<String, Object> paged(Paged<?> page, List<?> items) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("page", page.page());
        row.put("limit", page.limit());
        row.put("total", page.total());
        row.put("items", items);
        return row;
    }

    static Map<String, Object> quote(QuoteView q) {
        return ExportRows.quote(q);
    }

    static Map<String, Object> claim(ClaimView c) {
        return ExportRows.claim(c, true);
    }

    static Map<String, Object> speaker(SpeakerView s) {
        return ExportRows.speaker(s);
    }

    static Map<String, Object> contradiction(ContradictionView c) {
        return ExportRows.contradiction(c);
    }

    static Map<String, Object> outlet(OutletView o) {
        return ExportRows.outlet(o);
    }

    static Map<String, Object> story(StoryView s) {
        return ExportRows.story(s);
    }

    static Map<String, Object> checkResult(FactCheck.Result r) {
        Map<String, Object> row = claim(r.claim());
        row.put("score", ExportRows.round(r.score()));
        row.put("same_sense", r.sameSense());
        row.put("closest_wording", r.closestWording());
        row.put("meaning", ExportRows.round(r.meaning()));
        row.put("weak", r.weak());
        return row;
    }

    static Map<String, Object> speakerClaim(SpeakerReport.SpeakerClaim c) {
        return ExportRows.speakerClaim(c);
    }

    static Map<String, Object> article(ArticleDetail a) {
        Map<String, Object> row = ExportRows.article(a.view());
        row.put("text", a.body());
        if (a.storyId() != null) {
            row.put("story_id", a.storyId());
        }
        return row;
    }
}
