package whosaid.attribution;

/** One rule of the second chain, mention → speaker entity, over the discourse state of the article. */
interface MentionResolver {
    /**
     * The resolution of the mention found at text offset pos, or null to pass it to the next resolver. A resolver
     * may update the state (a gender learnt, an entity seen again).
     */
    Resolution resolve(Mention m, int pos, DiscourseState state);

    /** The kind of mention the resolver reads; the chain passes it no other. */
    default Mention.Type reads() {
        return Mention.Type.DESCRIPTOR;
    }
}
