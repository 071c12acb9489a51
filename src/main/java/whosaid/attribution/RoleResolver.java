package whosaid.attribution;

/**
 * "the minister said" after "Defence Minister Khawaja Asif": a definite descriptor is the named entity last tied
 * to its role. An organisation noun ("the union") finds only an organisation, never the person whose title holds
 * it ("Union leader Margit Aas"); a statement may be anyone's.
 */
final class RoleResolver implements MentionResolver {
    @Override
    public Resolution resolve(Mention m, int pos, DiscourseState state) {
        if (!m.definite()) {
            return null;
        }
        boolean orgOnly = m.org() && !m.head().equals(Lexicon.STATEMENT);
        ArticleEntity tied = state.entities().byRole(m.head(), m.text(), orgOnly);
        if (tied != null) {
            tied.lastSeen = pos;
        }
        return Resolution.found(tied);
    }
}
