package whosaid.attribution;

import whosaid.text.Token;

import java.util.List;

/**
 * Splits a run of capitalised words (with the titles, particles, ’s and "of" that join them) into what it is: a
 * person's name with the role before it ("Defence Minister Khawaja Asif"), a person and employer ("Tomas Reik of
 * Lindell Analytics"), an organisation ("Qatar’s Foreign Ministry", "the Taliban"), or a title that describes
 * without naming ("the Prime Minister of Pakistan").
 */
final class CapitalisedRun {
    private final String text;
    private final List<Token> toks;

    CapitalisedRun(String text, List<Token> toks) {
        this.text = text;
        this.toks = toks;
    }

    /** Tokens a..b are a capitalised run (with titles, particles, ’s, of): split into role and name. */
    Mention classify(int a, int b, int lo) {
        Mention employed = personOfEmployer(a, b, lo);
        if (employed != null) {
            return employed;
        }
        return classifyRun(a, b, lo);
    }

    /**
     * "Tomas Reik of Lindell Analytics", "Judge Ines Varga of Northern District Court": a person's full name, then
     * "of" and where they work. The name is the words before "of"; the rest is their affiliation. A title or an
     * organisation word right before "of" makes the whole run one name ("Prime Minister of Ruritania", "Bank of
     * Ruritania"), and so does a single word before it ("Duke of York").
     */
    private Mention personOfEmployer(int a, int b, int lo) {
        int of = -1;
        for (int k = a + 1; k < b; k++) {
            if (toks.get(k).lower().equals("of")) {
                of = k;
                break;
            }
        }
        if (of < 0) {
            return null;
        }
        for (int k = a; k < of; k++) {
            String l = toks.get(k).lower();
            if (Lexicon.ORG_WORDS.contains(l) || toks.get(k).is("’s") || toks.get(k).is("'s")) {
                return null;
            }
        }
        if (Lexicon.isTitleWord(toks.get(of - 1).lower()) || !MentionReader.isNamePart(toks.get(of + 1))) {
            return null;
        }
        Mention person = classifyRun(a, of - 1, lo);
        if (person == null || person.type() != Mention.Type.NAME || person.org()
                || Names.tokens(person.name()).size() < 2) {
            return null;
        }
        String affiliation = text.substring(toks.get(of + 1).start(), toks.get(b).end());
        String role = person.role() == null ? affiliation : person.role() + " of " + affiliation;
        // the span stays the whole run, so the cue next to it is still next to the mention
        return Mention.person(Phrase.of(text, toks, a, b), person.name(), role, person.head(), person.gender(),
                person.definite());
    }

    private Mention classifyRun(int a, int b, int lo) {
        boolean definite = a - 1 >= lo && toks.get(a - 1).lower().equals("the");
        if (a == b && (a == lo || a == 0 || !toks.get(a - 1).isWord()) && isBarePersonNoun(toks.get(a).lower())) {
            // "Residents described …", "Officials said …": a capitalised role noun opening a clause is an unnamed
            // group or person, not a name
            Token t = toks.get(a);
            return Mention.descriptor(Phrase.of(text, toks, a, a), t.text(), t.lower(), Gender.UNKNOWN, false,
                    false);
        }
        boolean org = false;
        int lastTitle = -1;
        Gender gender = Gender.UNKNOWN;
        int orgWord = -1;
        for (int k = a; k <= b; k++) {
            String l = toks.get(k).lower();
            if (Lexicon.ORG_WORDS.contains(l)) {
                orgWord = k;
            }
            if (Lexicon.isTitleWord(l) || toks.get(k).is("’s") || toks.get(k).is("'s")
                    || MentionReader.isRoleBeforeName(toks, k)) {
                lastTitle = k;
                Gender g = Lexicon.HONORIFICS.get(l);
                if (g != null && g.known()) {
                    gender = g;
                }
            }
        }
        // an organisation word before the last title only qualifies the title ("Union leader Margit Aas",
        // "Foreign Ministry spokesman Ivo Tal"); after it, the words name the organisation ("Qatar’s Foreign Ministry")
        org = orgWord > lastTitle;
        int start = toks.get(a).start();
        int end = toks.get(b).end();
        String words = text.substring(start, end);
        if (org) {
            // an organisation keeps its whole name ("Qatar’s Foreign Ministry", "Hurriyat Radio")
            return Mention.organisation(Phrase.of(text, toks, a, b), lastWordLower(b), definite);
        }
        int nameStart = lastTitle + 1;
        if (lastTitle < 0) {
            nameStart = a;
        }
        if (lastTitle >= 0 && nameStart <= b && (Lexicon.ROLE_PREPOSITIONS.contains(toks.get(nameStart).lower())
                || toks.get(nameStart).lower().equals("and"))) {
            // "the Prime Minister of Pakistan": a title with its domain describes, it does not name
            return Mention.descriptor(Phrase.written(toks, a, b, definite ? "the " + words : words), words,
                    toks.get(lastTitle).lower(), gender, false, true);
        }
        if (definite && lastTitle < 0) {
            // "the Taliban", "the Pakistan Taliban": a capitalised name after "the" is a group, not a person
            return Mention.organisation(Phrase.of(text, toks, a, b), lastWordLower(b), true);
        }
        while (nameStart <= b && !toks.get(nameStart).isWord()) {
            nameStart++; // the dot after Mr
        }
        if (nameStart > b) {
            String head = toks.get(b).lower();
            return Mention.descriptor(Phrase.written(toks, a, b, definite ? "the " + words : words), words, head,
                    gender, false, true);
        }
        // Skip leading words that are never names ("Another Afghan…" is handled by callers; "But Ana" here)
        while (nameStart < b && Lexicon.isNotName(toks.get(nameStart).text())) {
            nameStart++;
        }
        if (Lexicon.isNotName(toks.get(nameStart).text()) && nameStart == b) {
            return null;
        }
        for (int k = nameStart; k <= b; k++) {
            if (toks.get(k).lower().equals("and")) {
                // "Pakistan and Afghanistan": two parties speaking together, not one person's name
                return Mention.organisation(Phrase.of(text, toks, nameStart, b), lastWordLower(b), definite);
            }
        }
        String name = text.substring(toks.get(nameStart).start(), end);
        // honorifics (Mr, Ms., Sir) mark a person and a gender; they are not a role
        int roleEnd = nameStart - 1;
        while (roleEnd >= a && (!toks.get(roleEnd).isWord() || Lexicon.HONORIFICS.containsKey(toks.get(roleEnd).lower()))) {
            roleEnd--;
        }
        String role = roleEnd >= a ? text.substring(start, toks.get(roleEnd).end()) : null;
        return Mention.person(Phrase.of(text, toks, nameStart, b), name, role, lastWordLower(b), gender, definite);
    }

    /** A listed role noun or its plural, never an agent-noun guess (Baker, Fisher, Summers are surnames too). */
    private static boolean isBarePersonNoun(String lower) {
        if (Lexicon.isTitleWord(lower)) {
            return false;
        }
        return Lexicon.PERSON_ROLES.contains(lower) && !Lexicon.NAME_LIKE_ROLES.contains(lower)
                || lower.endsWith("s") && Lexicon.PERSON_ROLES.contains(lower.substring(0, lower.length() - 1));
    }

    private String lastWordLower(int b) {
        return toks.get(b).lower();
    }
}
