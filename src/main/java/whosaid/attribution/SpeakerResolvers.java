package whosaid.attribution;

import java.util.List;

/**
 * The second chain, mention → speaker entity. A name finds its entity by its words; a pronoun the compatible
 * entity last in view; a descriptor goes through, in order: the owner of "its"/"their", the issuer of a statement,
 * the person an age refers back to, the entity tied to the role, the organisation the noun names, the headline's
 * person, an earlier unnamed source of that head, the named person in view who takes the office; else it is a new
 * unnamed source.
 */
final class SpeakerResolvers {
    static final List<MentionResolver> CHAIN = List.of(new NameResolver(), new PronounResolver(),
            new PossessiveOwnerResolver(), new StatementIssuerResolver(), new AgeResolver(), new RoleResolver(),
            new OrganisationResolver(), new HeadlineSpeakerResolver(), new EarlierUnnamedResolver(),
            new OfficeHolderResolver(), new NewUnnamedResolver());

    private SpeakerResolvers() {
    }

    /** The entity the mention at text offset pos refers to, or null. */
    static ArticleEntity resolve(Mention m, int pos, DiscourseState state) {
        if (m == null) {
            return null;
        }
        for (MentionResolver r : CHAIN) {
            if (r.reads() != m.type()) {
                continue;
            }
            Resolution found = r.resolve(m, pos, state);
            if (found != null) {
                return found.entity();
            }
        }
        return null;
    }
}
