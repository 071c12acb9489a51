package whosaid.attribution;

import java.util.Locale;

/**
 * "the company said", "the union said": a bare definite organisation noun is the organisation last in view whose
 * name holds that noun ("Port Workers Union"), or for the generic "company", "firm" and "group", the organisation
 * last in view; failing that, the one organisation of the article whose name holds the noun.
 */
final class OrganisationResolver implements MentionResolver {
    @Override
    public Resolution resolve(Mention m, int pos, DiscourseState state) {
        if (!m.definite() || !m.org()) {
            return null;
        }
        return Resolution.found(named(m, state));
    }

    static ArticleEntity named(Mention m, DiscourseState state) {
        String[] words = m.text().toLowerCase(Locale.ROOT).split("\\s+");
        if (words.length != 2 || !words[0].equals("the")) {
            return null;
        }
        String head = m.head();
        boolean generic = Lexicon.GENERIC_ORGANISATION_NOUNS.contains(head);
        for (ArticleEntity e : state.mostRecentFirst()) {
            // "Brightline Kettles recalled …; the company said": a name nothing has shown to be a person's
            // (no honorific, pronoun or office) that "the company" refers back to is the company
            boolean unknownKind = generic && !e.person && !e.gender.known() && !e.holdsOffice();
            if (e.anonymous || !e.org && !unknownKind) {
                continue;
            }
            if (generic || Names.tokens(e.canonical()).contains(head)) {
                e.org = true;
                return e;
            }
        }
        if (generic) {
            return null;
        }
        // named in passing, never as a subject: the one organisation of the article whose name holds the noun
        ArticleEntity only = null;
        for (ArticleEntity e : state.entities().all()) {
            if (e.org && !e.anonymous && Names.tokens(e.canonical()).contains(head)) {
                if (only != null && only != e) {
                    return null;
                }
                only = e;
            }
        }
        return only;
    }
}
