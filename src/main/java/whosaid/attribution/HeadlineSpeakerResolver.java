package whosaid.attribution;

/**
 * In a "Name: words" article, a definite person descriptor ("the spokesperson said") with no one else tied to it
 * is the headline's person, which also bears the headline out.
 */
final class HeadlineSpeakerResolver implements MentionResolver {
    @Override
    public Resolution resolve(Mention m, int pos, DiscourseState state) {
        HeadlineSpeaker h = state.headline();
        if (h == null || !m.definite() || m.org()) {
            return null;
        }
        h.entity().person = true;
        h.describedInBody();
        return new Resolution(h.entity());
    }
}
