package whosaid.attribution;

/** The last resort for a descriptor: a new unnamed source ("a resident", "a spokesman for the ministry"). */
final class NewUnnamedResolver implements MentionResolver {
    @Override
    public Resolution resolve(Mention m, int pos, DiscourseState state) {
        return new Resolution(state.entities().anonymous(m, pos));
    }
}
