package whosaid.web;

import java.util.List;

import whosaid.query.ArticleDetail;
import whosaid.query.ClaimView;
import whosaid.query.ContradictionView;
import whosaid.query.FactCheck;
import whosaid.query.OutletView;
import whosaid.query.Paged;
import whosaid.query.QuoteView;
import whosaid.query.SpeakerReport;
import whosaid.query.SpeakerView;
import whosaid.query.StoryReport;
import whosaid.query.StoryView;

/** What each page template is given: plain records, everything already read and laid out. */
public final class Models {
    private Models() {
    }

    /** The header every page shows: which store the app reads. */
    public record Frame(String title, String store) {
    }

    public record Home(Frame frame, int speakers, int outlets) {
    }

    /**
     * @param candidates claims full-text search found before ranking (0: no stored claim shares a word)
     */
    public record Check(Frame frame, String query, Paged<FactCheck.Result> results, int candidates, String pageQuery) {
    }

    public record Speakers(Frame frame, String query, Paged<SpeakerView> speakers, String pageQuery) {
    }

    public record Speaker(Frame frame, SpeakerReport report, Timeline timeline, Paged<SpeakerReport.SpeakerClaim> claims,
                          List<NameForm> nameForms, String pageQuery) {
        public int articles() {
            return report.articles().size();
        }
    }

    /** A form of the speaker's name as an article named them ("the minister", "Ms. Fox"), and where it was read. */
    public record NameForm(String form, List<Place> where, int more) {
    }

    /** A link to a place in an article, with a short label (outlet and date). */
    public record Place(String label, String href) {
    }

    /** One wording on the claim page, compared with the claim's representative wording. */
    public record Wording(QuoteView quote, WordDiff.Result diff, boolean firstReport) {
    }

    public record Claim(Frame frame, ClaimView claim, List<Wording> wordings) {
    }

    public record Article(Frame frame, ArticleDetail article, List<MarkedText.Node> title,
                          List<MarkedText.Node> body, List<QuoteView> quotes) {
    }

    public record Contradictions(Frame frame, String kind, String speaker, Double minStrength, Long story,
                                 List<String> kinds, Paged<ContradictionView> found, String pageQuery) {
    }

    public record Stories(Frame frame, Paged<StoryView> stories, String pageQuery) {
    }

    /** A speaker the story quotes, with how many of its quotations are theirs. */
    public record StorySpeaker(long id, String name, int quotes) {
    }

    public record Story(Frame frame, StoryReport report, Timeline timeline, List<StorySpeaker> speakers) {
    }

    public record Outlets(Frame frame, List<OutletView> outlets, OutletBars bars) {
    }

    public record Problem(Frame frame, int status, String reason) {
    }
}
