package whosaid.attribution;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;

/**
 * What a reader of one article holds in mind at a point of the text: the people and organisations met so far (with
 * the gender and roles the text has settled for each), who is in view from the most recent back, and the speaker
 * an interview headline names. The speaker resolvers read and update it as the article is read in order, so a
 * pronoun meets the text as it stands where the pronoun is.
 */
final class DiscourseState {
    private final String body;
    private final ArticleEntities entities = new ArticleEntities();
    /** Entities in the order they came into view (as a subject or speaker); the same one may appear many times. */
    private final List<ArticleEntity> salience = new ArrayList<>();
    private HeadlineSpeaker headline;
    /** Lines of the body set in title case (a headline or deck repeated): their capitals are no evidence of a name. */
    private final List<whosaid.text.Span> titleCaseLines;

    DiscourseState(String body) {
        this(body, List.of());
    }

    /** @param titleCaseLines the body's lines set in title case ({@link TitleCaseLines#of}) */
    DiscourseState(String body, List<whosaid.text.Span> titleCaseLines) {
        this.body = body;
        this.titleCaseLines = titleCaseLines;
    }

    /** Whether the body offset lies on a title-case line. */
    boolean inTitleCaseLine(int offset) {
        return TitleCaseLines.within(titleCaseLines, offset);
    }

    /** The text that body mentions' offsets point into. */
    String body() {
        return body;
    }

    ArticleEntities entities() {
        return entities;
    }

    void bringIntoView(ArticleEntity e) {
        salience.add(e);
    }

    /** Everyone who has been in view, the most recent first. */
    Iterable<ArticleEntity> mostRecentFirst() {
        return () -> new Iterator<>() {
            private final ListIterator<ArticleEntity> back = salience.listIterator(salience.size());

            @Override
            public boolean hasNext() {
                return back.hasPrevious();
            }

            @Override
            public ArticleEntity next() {
                return back.previous();
            }
        };
    }

    /** The speaker named by a "Name: words" headline, or null. */
    HeadlineSpeaker headline() {
        return headline;
    }

    void headline(HeadlineSpeaker h) {
        this.headline = h;
    }
}
