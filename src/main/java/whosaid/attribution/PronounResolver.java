package whosaid.attribution;

/**
 * A pronoun is the most recent entity in view that it can stand for: "he" and "she" a person of that gender (or
 * of none known yet, which the pronoun then settles), never a group; "it" and "they" an organisation or anyone.
 */
final class PronounResolver implements MentionResolver {
    @Override
    public Mention.Type reads() {
        return Mention.Type.PRONOUN;
    }

    /** Ends the chain for every pronoun, found or not. */
    @Override
    public Resolution resolve(Mention m, int pos, DiscourseState state) {
        return new Resolution(referent(m.gender(), !m.org(), state));
    }

    /** The entity in view a word of this gender that refers back to a person (or to anyone) stands for. */
    static ArticleEntity referent(Gender gender, boolean person, DiscourseState state) {
        for (ArticleEntity e : state.mostRecentFirst()) {
            if (person && (e.org || e.kind() == SpeakerKind.UNKNOWN && Names.tokens(e.canonical()).size() < 2
                    && !e.gender.known() && !e.anonymous)) {
                continue; // "he" is a person: skip organisations and bare place-like names
            }
            if (gender.known() && e.plural()) {
                continue; // "she" is one person, never "prosecutors" or "some residents"
            }
            if (!person && !e.org && e.kind() == SpeakerKind.PERSON) {
                continue;
            }
            if (gender.conflicts(e.gender)) {
                continue;
            }
            if (gender.known() && !e.gender.known() && !e.anonymous) {
                e.gender = gender;
            }
            return e;
        }
        return null;
    }
}
