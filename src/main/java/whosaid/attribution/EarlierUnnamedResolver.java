package whosaid.attribution;

/** "A resident said … The resident added": a definite descriptor refers back to the unnamed source of that head. */
final class EarlierUnnamedResolver implements MentionResolver {
    @Override
    public Resolution resolve(Mention m, int pos, DiscourseState state) {
        if (!m.definite()) {
            return null;
        }
        ArticleEntity earlier = state.entities().anonymousByHead(m.head());
        if (earlier != null) {
            earlier.lastSeen = pos;
        }
        return Resolution.found(earlier);
    }
}
