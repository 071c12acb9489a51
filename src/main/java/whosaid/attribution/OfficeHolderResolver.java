package whosaid.attribution;

/**
 * "Tobias Wendt has arrived. … the chief executive said": news names a person, then calls them by their office. A
 * definite office that no one in the article holds yet is the person last in view, when that person is named and
 * holds no other office; the office is then tied to them.
 */
final class OfficeHolderResolver implements MentionResolver {
    @Override
    public Resolution resolve(Mention m, int pos, DiscourseState state) {
        if (!m.definite() || m.org()) {
            return null;
        }
        ArticleEntity inView = holder(m, state);
        if (inView == null) {
            return null;
        }
        state.entities().tie(inView, m.text());
        inView.lastSeen = pos;
        return new Resolution(inView);
    }

    private static ArticleEntity holder(Mention m, DiscourseState state) {
        if (!(Lexicon.TITLES.contains(m.head()) || Lexicon.PERSON_ROLES.contains(m.head()))
                || Lexicon.isAgeNoun(m.head())) {
            return null;
        }
        for (ArticleEntity e : state.mostRecentFirst()) {
            if (e.org || e.anonymous) {
                continue;
            }
            if (e.kind() != SpeakerKind.PERSON || e.holdsOffice()) {
                return null;
            }
            return e;
        }
        return null;
    }
}
