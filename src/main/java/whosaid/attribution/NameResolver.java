package whosaid.attribution;

import java.util.regex.Pattern;

/** A name is the entity of the article that carries it ("Asif" after "Khawaja Asif"), or a new one. */
final class NameResolver implements MentionResolver {
    /** "Sir Alan": the title stands right before a given name, within the length of the longest such title. */
    private static final int TITLE_REACH = 6;
    private static final Pattern KNIGHTED = Pattern.compile("(?s).*\\b(" + String.join("|",
            Lexicon.KNIGHTHOOD_TITLES) + ")\\s+$");

    @Override
    public Mention.Type reads() {
        return Mention.Type.NAME;
    }

    /**
     * Ends the chain for every name, found or not. On a title-case line (a headline repeated in the body) the name
     * is the entity the running text introduced under its tail ("Rivals Rip Jane Doe" is Jane Doe); only when the
     * body never names it is the run taken as read, and the linker's votes keep such a form from becoming canonical.
     */
    @Override
    public Resolution resolve(Mention m, int pos, DiscourseState state) {
        ArticleEntity known = state.inTitleCaseLine(m.start()) ? state.entities().byNameInTitleCase(m) : null;
        return new Resolution(known != null ? known : state.entities().byName(m, pos, knighted(m, state.body())));
    }

    /** "Sir Alan", "Dame Ada": a knight or dame goes by title and given name. */
    static boolean knighted(Mention m, String body) {
        String before = body.substring(Math.max(0, m.start() - TITLE_REACH), m.start());
        return KNIGHTED.matcher(before).matches();
    }
}
