package whosaid.attribution;

import java.util.regex.Pattern;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The people and organisations of one article. Name forms join one entity when one form's words are contained in
 * the other's and both end in the same word ("Asif" and "Khawaja Muhammad Asif"; not "Asif Durrani"); a bare form
 * that fits several entities goes to the one mentioned last. Role words tie descriptors to entities.
 */
final class ArticleEntities {
    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}-]+");

    private final List<ArticleEntity> all = new ArrayList<>();
    /**
     * Each name form's tokens, split once per article: every mention compares its name with every form of every
     * entity, and splitting the forms afresh each time cost more than all the rest of attribution.
     */
    private final Map<String, List<String>> nameTokens = new HashMap<>();

    List<ArticleEntity> all() {
        return all;
    }

    /**
     * The entity that the tail of a title-case run names ("Senator Slams Jane Doe" ends in Jane Doe), when the
     * article's running text has introduced it; null otherwise. Adds no name: a headline's capitals prove nothing.
     */
    ArticleEntity byNameInTitleCase(Mention m) {
        String name = m.name() != null ? m.name() : m.text();
        List<String> toks = tokens(name);
        for (int from = 0; from < toks.size(); from++) {
            List<String> tail = toks.subList(from, toks.size());
            ArticleEntity best = null;
            for (ArticleEntity e : all) {
                if (!e.anonymous && fits(tail, e, m.org()) && (best == null || e.lastSeen > best.lastSeen)) {
                    best = e;
                }
            }
            if (best != null) {
                return best;
            }
        }
        return null;
    }

    ArticleEntity byName(Mention m, int pos) {
        return byName(m, pos, false);
    }

    /** As {@link #byName(Mention, int)}; knighted when "Sir" or "Dame" stands before a bare given name. */
    ArticleEntity byName(Mention m, int pos, boolean knightedTitle) {
        String name = m.name() != null ? m.name() : m.text();
        if (m.org() && name.toLowerCase(Locale.ROOT).startsWith("the ")) {
            name = name.substring(4);
        }
        List<String> toks = tokens(name);
        if (toks.isEmpty()) {
            return null;
        }
        boolean knighted = toks.size() == 1 && knightedTitle;
        ArticleEntity best = null;
        for (ArticleEntity e : all) {
            // "the Ruiz campaign" after "Ana Ruiz": a body named after a person the article knows is hers
            boolean personsBody = m.org() && !e.org && e.personShaped() && fits(toks, e, false);
            if (e.anonymous || !fits(toks, e, m.org()) && !personsBody && !(knighted && givenNameOf(toks.get(0), e))) {
                continue;
            }
            if (m.gender().conflicts(e.gender)) {
                continue; // "Mr. Ruiz" is not Ana Ruiz when the article has shown her to be a woman
            }
            if (best == null || e.lastSeen > best.lastSeen || e.lastSeen == best.lastSeen && e.names.size() > best.names.size()) {
                best = e;
            }
        }
        if (best == null && toks.size() == 1 && !m.org()) {
            best = onlyOneWithFirstWord(toks.get(0));
        }
        if (best == null) {
            best = new ArticleEntity(all.size());
            all.add(best);
        }
        if (!best.names.contains(name)) {
            best.names.add(name);
        }
        // "the Ruiz campaign said" after "Ana Ruiz said": the campaign speaks for her, it does not make her one
        best.org |= m.org() && !best.personShaped();
        if (!m.org() && toks.size() >= 2) {
            best.fullPersonName = true;
        }
        if (m.gender().known()) {
            best.gender = m.gender();
        }
        tie(best, m.role());
        if (pos >= 0) {
            best.lastSeen = pos;
        }
        return best;
    }

    /**
     * "Wang said" after "spokesman Wang Lei": where the family name comes first, the bare name is the first word.
     * Taken only when no name ends in that word and exactly one person's full name starts with it.
     */
    private ArticleEntity onlyOneWithFirstWord(String word) {
        ArticleEntity found = null;
        for (ArticleEntity e : all) {
            if (e.anonymous || e.org || !(e.person || e.gender.known() || e.role != null)) {
                continue; // only someone the article has shown to be a person ("the Ostland Rangers" is not)
            }
            boolean starts = false;
            for (String n : e.names) {
                List<String> t = tokens(n);
                starts |= t.size() == 2 && t.get(0).equals(word);
            }
            if (starts) {
                if (found != null) {
                    return null;
                }
                found = e;
            }
        }
        return found;
    }

    /** "Sir Alan" is Sir Alan Crewe: a knight or dame goes by title and given name. */
    private boolean givenNameOf(String given, ArticleEntity e) {
        if (e.org) {
            return false;
        }
        for (String n : e.names) {
            List<String> t = tokens(n);
            if (t.size() >= 2 && t.get(0).equals(given)) {
                return true;
            }
        }
        return false;
    }

    private boolean fits(List<String> toks, ArticleEntity e, boolean org) {
        if (toks.size() >= 2 && !org && !e.org) {
            // a full name never joins someone whose full name differs ("Ada Menz" is not Karl Menz, even though
            // Karl was last called "Menz")
            for (String n : e.names) {
                List<String> other = tokens(n);
                if (other.size() >= 2 && !other.containsAll(toks) && !toks.containsAll(other)
                        && !Names.spellingVariants(other, toks)) {
                    return false;
                }
            }
        }
        for (String n : e.names) {
            List<String> other = tokens(n);
            if (org || e.org) {
                if (other.equals(toks)) {
                    return true; // organisations and groups match only by their whole name
                }
                continue;
            }
            if (other.isEmpty() || !Names.last(other).equals(Names.last(toks))) {
                continue;
            }
            if (other.containsAll(toks) || toks.containsAll(other) || Names.spellingVariants(other, toks)) {
                return true;
            }
        }
        return false;
    }

    private List<String> tokens(String name) {
        return nameTokens.computeIfAbsent(name, n -> List.copyOf(Names.tokens(n)));
    }

    ArticleEntity anonymous(Mention m, int pos) {
        ArticleEntity e = new ArticleEntity(all.size());
        e.anonymous = true;
        e.descriptor = m.text();
        e.org = m.org();
        e.lastSeen = pos;
        e.roleWords.add(m.head());
        e.role = m.text();
        all.add(e);
        return e;
    }

    /** Ties the role words of a phrase ("the Taliban spokesman", "in a statement") to an entity. */
    void tie(ArticleEntity e, String roleText) {
        if (e == null || roleText == null) {
            return;
        }
        if (e.role == null) {
            e.role = roleText;
        }
        for (String w : NON_LETTERS.split(roleText.toLowerCase(Locale.ROOT))) {
            if (!e.org && !e.gender.known()) {
                e.gender = Lexicon.GENDERED_NOUNS.getOrDefault(w, Gender.UNKNOWN);
            }
            if (!e.org && (Lexicon.isPersonNoun(w) || Lexicon.TITLES.contains(w))) {
                e.person = true; // "His daughter, Liv": a role noun says the name is a person's
            }
            if (Lexicon.PERSON_ROLES.contains(w) || Lexicon.TITLES.contains(w) || Lexicon.ORG_WORDS.contains(w)
                    || !e.org && Lexicon.isPersonNoun(w)
                    || Lexicon.ROLE_MODIFIERS.contains(w) || w.equals(Lexicon.STATEMENT)) {
                e.roleWords.add(w);
            }
        }
    }

    /**
     * The named entity most recently tied to this role, or null. The descriptor's modifiers must be among the
     * entity's role words too: "the foreign minister" is not the defence minister.
     */
    ArticleEntity byRole(String head, String descriptor) {
        return byRole(head, descriptor, false);
    }

    /**
     * As {@link #byRole(String, String)}; an organisation descriptor ("the union") is only ever an organisation,
     * never the person whose title mentions it ("Union leader Margit Aas"). "The statement" may be a person's.
     */
    ArticleEntity byRole(String head, String descriptor, boolean orgOnly) {
        List<String> modifiers = new ArrayList<>();
        for (String w : NON_LETTERS.split(descriptor.toLowerCase(Locale.ROOT))) {
            if (Lexicon.ROLE_MODIFIERS.contains(w) && !w.equals(head)) {
                modifiers.add(w);
            }
        }
        ArticleEntity best = null;
        for (ArticleEntity e : all) {
            if (!e.anonymous && (e.org || !orgOnly) && e.roleWords.contains(head) && e.roleWords.containsAll(modifiers)
                    && (best == null || e.lastSeen > best.lastSeen)) {
                best = e;
            }
        }
        return best;
    }

    /**
     * Who was last said to have made a statement ("said in a statement", "a spokesman said in a statement"); never
     * an entity that is only the statement itself.
     */
    ArticleEntity issuerOfStatement() {
        ArticleEntity best = null;
        for (ArticleEntity e : all) {
            if (e.roleWords.contains(Lexicon.STATEMENT) && !e.descriptorHas(Lexicon.STATEMENT)
                    && (best == null || e.lastSeen > best.lastSeen)) {
                best = e;
            }
        }
        return best;
    }

    ArticleEntity anonymousByHead(String head) {
        ArticleEntity best = null;
        for (ArticleEntity e : all) {
            if (e.anonymous && e.roleWords.contains(head) && (best == null || e.lastSeen > best.lastSeen)) {
                best = e;
            }
        }
        return best;
    }
}
