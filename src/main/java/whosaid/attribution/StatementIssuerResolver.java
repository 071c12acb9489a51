package whosaid.attribution;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A statement speaks for whoever issued it: "the company's statement" for the company; "the statement" for the one
 * last said to have made a statement, else the organisation last in view ("The bank said …, according to a
 * statement"). Passes when the article gives no issuer.
 */
final class StatementIssuerResolver implements MentionResolver {
    /** "the company's statement", "the union’s statement": the owner's head noun. */
    private static final Pattern STATEMENT_OWNER = Pattern.compile("(?:the\\s+)?(\\p{L}+)['’]s\\s+"
            + Lexicon.STATEMENT);

    @Override
    public Resolution resolve(Mention m, int pos, DiscourseState state) {
        if (!m.head().equals(Lexicon.STATEMENT)) {
            return null;
        }
        ArticleEntity issuer = issuer(m, state);
        if (issuer != null) {
            issuer.lastSeen = pos;
        }
        return Resolution.found(issuer);
    }

    private static ArticleEntity issuer(Mention m, DiscourseState state) {
        Matcher owner = STATEMENT_OWNER.matcher(m.text().toLowerCase(Locale.ROOT));
        if (owner.matches()) {
            String head = owner.group(1);
            Mention possessor = Mention.descriptor(new Phrase(m.first(), m.last(), m.start(), m.end(), "the " + head),
                    null, head, Gender.UNKNOWN, Lexicon.ORG_WORDS.contains(head), true);
            ArticleEntity named = OrganisationResolver.named(possessor, state);
            if (named != null) {
                return named;
            }
            ArticleEntity tied = state.entities().byRole(head, possessor.text(), false);
            if (tied != null) {
                return tied;
            }
        }
        ArticleEntity issued = state.entities().issuerOfStatement();
        if (issued != null) {
            return issued;
        }
        for (ArticleEntity e : state.mostRecentFirst()) {
            if (e.org && !e.descriptorHas(Lexicon.STATEMENT)) {
                return e;
            }
        }
        return null;
    }
}
