package whosaid.stories;

import java.time.LocalDate;
import java.util.Map;

/**
 * An article as the story stage sees it: its id, headline, date and how often it uses each term.
 *
 * @param articleId the stored article's row id
 * @param published its date, or null when the article gives none (it may then join a story of any date)
 * @param terms     term → how many times the article uses it ({@link StoryTerms})
 */
public record StoryArticle(long articleId, String title, LocalDate published, Map<String, Integer> terms) {

    /** An ISO date (yyyy-mm-dd, perhaps with a time after it) as a date, or null. */
    public static LocalDate date(String iso) {
        if (iso == null || iso.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(iso.substring(0, 10));
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
