package whosaid.attribution;

/** "the 62-year-old said": an age refers back like a pronoun to the person last in view. */
final class AgeResolver implements MentionResolver {
    @Override
    public Resolution resolve(Mention m, int pos, DiscourseState state) {
        if (!m.definite() || !Lexicon.isAgeNoun(m.head())) {
            return null;
        }
        return Resolution.found(PronounResolver.referent(Gender.UNKNOWN, true, state));
    }
}
