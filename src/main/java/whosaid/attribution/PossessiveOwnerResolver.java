package whosaid.attribution;

import java.util.Locale;

/** "its government said", "their spokesman said": the owner speaks, the country or body last in view. */
final class PossessiveOwnerResolver implements MentionResolver {
    @Override
    public Resolution resolve(Mention m, int pos, DiscourseState state) {
        String first = m.text().toLowerCase(Locale.ROOT).split(" ", 2)[0];
        if (!m.text().contains(" ") || !Lexicon.NON_PERSON_POSSESSIVES.contains(first)) {
            return null;
        }
        for (ArticleEntity e : state.mostRecentFirst()) {
            if (e.kind() != SpeakerKind.PERSON) {
                return new Resolution(e);
            }
        }
        return Resolution.NOBODY;
    }
}
