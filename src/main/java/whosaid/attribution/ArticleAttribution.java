package whosaid.attribution;

import java.util.List;

/**
 * The result of attributing one article: one attribution per quotation (same order), and the speakers found,
 * each with all its name forms. {@code Attribution.speaker} equals the {@code name} of one of the speakers.
 */
// Serializable: the Spark job (whosaid.spark) ships it from the machine that analysed it to the one that stores it.
public record ArticleAttribution(List<Attribution> attributions, List<ArticleSpeaker> speakers)
        implements java.io.Serializable {
    /** The speaker record behind an attribution, or null when it has no speaker. */
    public ArticleSpeaker speakerOf(Attribution a) {
        if (a.speaker() == null) {
            return null;
        }
        for (ArticleSpeaker s : speakers) {
            if (s.name().equals(a.speaker())) {
                return s;
            }
        }
        return null;
    }
}
