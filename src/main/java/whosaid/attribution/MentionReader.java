package whosaid.attribution;

import whosaid.text.Token;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the noun phrase that ends (or starts) at a token and classifies it as a name, a pronoun or a descriptor,
 * from capitalisation and the lexicons alone: no tagger. Title words before a name become its role
 * ("Defence Minister Khawaja Asif"); a phrase with an organisation word is an organisation ("Qatar’s Foreign
 * Ministry"); a lower-case phrase counts only when its head is a role noun or an organisation word.
 */
final class MentionReader {
    private static final Set<String> PREPOSITIONS = Set.copyOf(java.util.Arrays.asList("in", "of", "for", "at", "from", "with", "to", "on"));
    private static final int MAX_WORDS = 12;
    private static final Set<String> NAME_SUFFIXES = Set.of("jr", "sr");

    private final String text;
    private final List<Token> toks;

    MentionReader(String text, List<Token> toks) {
        this.text = text;
        this.toks = toks;
    }

    /** The phrase that ends at token j, not reaching before token lo. Null when none is there. */
    Mention endingAt(int j, int lo) {
        if (j < lo || j >= toks.size()) {
            return null;
        }
        Token t = toks.get(j);
        if (t.is(".") && j - 1 >= lo && NAME_SUFFIXES.contains(toks.get(j - 1).lower())) {
            return endingAt(j - 1, lo); // "Robert T. Hale Jr."
        }
        if (!t.isWord()) {
            return null;
        }
        String lower = t.lower();
        if (Lexicon.SUBJECT_PRONOUNS.contains(lower)) {
            char g = Lexicon.MALE_PRONOUNS.contains(lower) ? 'm' : Lexicon.FEMALE_PRONOUNS.contains(lower) ? 'f' : 'u';
            return new Mention(Mention.Type.PRONOUN, j, j, t.start(), t.end(), t.text(), null, null, lower, g,
                    lower.equals("it") || lower.equals("they"), true);
        }
        if (isNamePart(t) || Lexicon.NAME_PARTICLES.contains(lower) && j - 1 >= lo && isNamePart(toks.get(j - 1))) {
            int a = j;
            while (a - 1 >= lo && canExtendNameLeft(a - 1)) {
                a--;
                if (j - a + 1 > MAX_WORDS) {
                    return null; // a run of capitalised words this long is a heading or a list, not a name
                }
            }
            // a joiner cannot start the phrase
            while (a < j && !isNamePart(toks.get(a)) && !isLowerTitle(toks.get(a)) && !isRoleBeforeName(a)) {
                a++;
            }
            if (j - a + 1 > MAX_WORDS) {
                return null;
            }
            // "an Afghan migrant in Pakistan", "The head of Pakistan’s …": a name after a preposition ends a descriptor
            if (a - 2 >= lo && PREPOSITIONS.contains(toks.get(a - 1).lower()) && toks.get(a - 2).isWord()) {
                Mention d = descriptorEndingAt(a - 2, lo, j);
                if (d != null) {
                    return d;
                }
                // "a crane operator at the port of Kessel": the person noun may stand a phrase further back
                for (int k = a - 2; k - 1 >= lo && a - k <= 7; k--) {
                    Token w = toks.get(k);
                    if (!w.isWord() || Lexicon.isSpeechVerb(w.lower()) || w.isCapitalised()) {
                        break;
                    }
                    if (PREPOSITIONS.contains(w.lower()) && toks.get(k - 1).isWord()
                            && isPersonNoun(toks.get(k - 1).lower())) {
                        d = descriptorEndingAt(k - 1, lo, j);
                        if (d != null) {
                            return d;
                        }
                    }
                }
            }
            return classifyCapitalised(a, j, lo);
        }
        if (isLowerOrgWord(t) && j - 1 >= lo && isNamePart(toks.get(j - 1))) {
            Mention person = descriptorEndingAt(j, lo, j);
            if (person != null && !person.org()) {
                return person; // "the spokesperson for the Lakeland government": the person speaks
            }
            Mention place = endingAt(j - 1, lo);
            if (place != null && place.type() == Mention.Type.NAME) {
                return namedBody(place.first(), j);
            }
        }
        return descriptorEndingAt(j, lo, j);
    }

    /** "police", "government" in lower case after a name: "Dunmore police", "the Ostland government". */
    private static boolean isLowerOrgWord(Token t) {
        return t.isWord() && Character.isLowerCase(t.text().charAt(0)) && Lexicon.ORG_WORDS.contains(t.lower())
                && !t.lower().equals("statement");
    }

    /** A place or name followed by a lower-case organisation word names that body as a whole. */
    private Mention namedBody(int a, int b) {
        boolean definite = a - 1 >= 0 && toks.get(a - 1).lower().equals("the");
        String words = text.substring(toks.get(a).start(), toks.get(b).end());
        return new Mention(Mention.Type.NAME, a, b, toks.get(a).start(), toks.get(b).end(), words, words, null,
                toks.get(b).lower(), 'u', true, definite);
    }

    /** The phrase that starts at token i (after an inverted verb: "said Ana Ruiz, the mayor"), up to hi. */
    Mention startingAt(int i, int hi) {
        if (i >= hi || i >= toks.size()) {
            return null;
        }
        Token t = toks.get(i);
        if (!t.isWord()) {
            return null;
        }
        if (Lexicon.SUBJECT_PRONOUNS.contains(t.lower())) {
            return endingAt(i, i);
        }
        int b = i;
        if (isNamePart(t) || isLowerTitle(t)) {
            while (b + 1 < hi && canExtendNameRight(b + 1) && b - i < MAX_WORDS) {
                b++;
            }
            while (b > i && !isNamePart(toks.get(b))) {
                b--;
            }
            if (!isNamePart(toks.get(b))) {
                return null;
            }
            if (b + 1 < hi && isLowerOrgWord(toks.get(b + 1))) {
                return namedBody(i, b + 1);
            }
            return classifyCapitalised(i, b, i);
        }
        if (Lexicon.DETERMINERS.contains(t.lower())) {
            // "said the official", "said a spokesman for the ministry": the head is the last word before a stop
            int e = i + 1;
            while (e < hi && e - i < 8 && toks.get(e).isWord() && !Lexicon.isSpeechVerb(toks.get(e).lower())
                    && !PREPOSITIONS.contains(toks.get(e).lower())) {
                e++;
            }
            int k0 = i + 1;
            while (k0 < e && !isNamePart(toks.get(k0))) {
                k0++;
            }
            if (k0 < e && k0 > i + 1) {
                // "said the 38-year-old Lena Fox after the race": a name after the modifiers is the speaker; the
                // words before it describe her
                int k1 = k0;
                while (k1 + 1 < e && isNamePart(toks.get(k1 + 1))) {
                    k1++;
                }
                Mention name = classifyCapitalised(k0, k1, k0);
                boolean endsPhrase = k1 + 1 >= e || !isPersonNoun(toks.get(k1 + 1).lower());
                if (name != null && name.type() == Mention.Type.NAME && !name.org() && endsPhrase) {
                    String role = text.substring(toks.get(i + 1).start(), toks.get(k0 - 1).end());
                    return name.withRole(name.role() != null ? name.role() : role);
                }
            }
            Mention d = descriptorEndingAt(e - 1, i, e - 1);
            if (d != null && e + 1 < hi && PREPOSITIONS.contains(toks.get(e).lower())) {
                int f = e + 1;
                while (f < hi && f - e < 6 && toks.get(f).isWord() && !Lexicon.isSpeechVerb(toks.get(f).lower())) {
                    f++;
                }
                return extend(d, f - 1);
            }
            return d;
        }
        return null;
    }

    /** A lower-case descriptor whose head is at j: read left to a determiner. Null unless the head is a role. */
    private Mention descriptorEndingAt(int j, int lo, int last) {
        Token head = toks.get(j);
        if (!head.isWord()) {
            return null;
        }
        String h = head.lower();
        boolean person = isPersonNoun(h) || countedSpeaker(j, lo);
        boolean org = Lexicon.ORG_WORDS.contains(h);
        if (!person && !org) {
            return null;
        }
        int a = j;
        boolean definite = true;
        while (a - 1 >= lo && j - a < 8) {
            Token p = toks.get(a - 1);
            if (!p.isWord()) {
                break;
            }
            String pl = p.lower();
            if ((pl.equals("of") || pl.equals("for")) && a - 2 >= lo && toks.get(a - 2).isWord()
                    && isPersonNoun(toks.get(a - 2).lower())) {
                // "the head of the agency", "a spokesman for the ministry": the role noun is the head
                a -= 2;
                h = toks.get(a).lower();
                person = true;
                continue;
            }
            if (Lexicon.DETERMINERS.contains(pl)) {
                a--;
                definite = !(pl.equals("a") || pl.equals("an") || pl.equals("another") || pl.equals("one")
                        || pl.equals("some") || pl.equals("several") || pl.equals("two") || pl.equals("three")
                        || pl.equals("many"));
                if (a - 2 >= lo && (toks.get(a - 1).lower().equals("of") || toks.get(a - 1).lower().equals("for"))
                        && toks.get(a - 2).isWord() && isPersonNoun(toks.get(a - 2).lower())) {
                    // "the head of the port authority", "a spokesperson for the government": the phrase before
                    // "of" is the head, and the speaker is that person, not the organisation
                    a -= 2;
                    h = toks.get(a).lower();
                    person = true;
                    continue;
                }
                break;
            }
            if (pl.endsWith("ing") && pl.length() > 5 && !Lexicon.ROLE_MODIFIERS.contains(pl) && a - 2 >= lo
                    && toks.get(a - 2).isWord() && !Lexicon.DETERMINERS.contains(toks.get(a - 2).lower())
                    && startsObject(toks.get(a))) {
                // "the union representing 12,000 workers": a participle after a noun, with its own object, starts a
                // reduced relative clause; the phrase before it is the one meant ("the striking workers", "shadow
                // housing secretary" keep theirs: a plain noun follows)
                Mention before = endingAt(a - 2, lo);
                if (before != null && before.type() != Mention.Type.PRONOUN) {
                    return before;
                }
                break;
            }
            boolean nounAfterDeterminer = a - 2 >= lo && Lexicon.DETERMINERS.contains(toks.get(a - 2).lower());
            if (Lexicon.isSpeechVerb(pl) && !nounAfterDeterminer || Lexicon.BETWEEN_SUBJECT_AND_VERB.contains(pl)
                    || Lexicon.NOT_NAMES.contains(pl) && !Lexicon.ROLE_MODIFIERS.contains(pl)
                    || PREPOSITIONS.contains(pl) || pl.equals("and") || pl.equals("or") || pl.equals("but")
                    || pl.equals("that") || pl.equals("who") || pl.equals("which")) {
                break;
            }
            a--;
        }
        Token first = toks.get(a);
        String words = text.substring(first.start(), toks.get(last).end());
        return new Mention(Mention.Type.DESCRIPTOR, a, last, first.start(), toks.get(last).end(), words, null,
                words, h, 'u', org && !person, definite);
    }

    /**
     * "one picket told our reporter", "one shopper said": "one" before a plain noun that a verb of saying follows
     * picks a single unnamed member of a crowd, whatever the noun.
     */
    private boolean countedSpeaker(int j, int lo) {
        int k = j - 1;
        if (k >= lo && toks.get(k).isWord() && !toks.get(k).lower().equals("one") && k - 1 >= lo
                && toks.get(k - 1).lower().equals("one")) {
            k--; // one adjective between: "one angry picket"
        }
        return k >= lo && toks.get(k).lower().equals("one") && j + 1 < toks.size() && toks.get(j + 1).isWord()
                && Lexicon.isSpeechVerb(toks.get(j + 1).lower()) && !toks.get(j).isCapitalised();
    }

    Mention extend(Mention d, int last) {
        Token l = toks.get(last);
        String words = text.substring(d.start(), l.end());
        return new Mention(d.type(), d.first(), last, d.start(), l.end(), words, null, words, d.head(), d.gender(),
                d.org(), d.definite());
    }

    /** Tokens a..b are a capitalised run (with titles, particles, ’s, of): split into role and name. */
    private Mention classifyCapitalised(int a, int b, int lo) {
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
        if (Lexicon.isTitleWord(toks.get(of - 1).lower()) || !isNamePart(toks.get(of + 1))) {
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
        return new Mention(Mention.Type.NAME, a, b, toks.get(a).start(), toks.get(b).end(),
                text.substring(toks.get(a).start(), toks.get(b).end()), person.name(), role, person.head(),
                person.gender(), false, person.definite());
    }

    private Mention classifyRun(int a, int b, int lo) {
        boolean definite = a - 1 >= lo && toks.get(a - 1).lower().equals("the");
        if (a == b && (a == lo || a == 0 || !toks.get(a - 1).isWord()) && isBarePersonNoun(toks.get(a).lower())) {
            // "Residents described …", "Officials said …": a capitalised role noun opening a clause is an unnamed
            // group or person, not a name
            Token t = toks.get(a);
            return new Mention(Mention.Type.DESCRIPTOR, a, a, t.start(), t.end(), t.text(), null, t.text(), t.lower(),
                    'u', false, false);
        }
        boolean org = false;
        int lastTitle = -1;
        char gender = 'u';
        int orgWord = -1;
        for (int k = a; k <= b; k++) {
            String l = toks.get(k).lower();
            if (Lexicon.ORG_WORDS.contains(l)) {
                orgWord = k;
            }
            if (Lexicon.isTitleWord(l) || toks.get(k).is("’s") || toks.get(k).is("'s") || isRoleBeforeName(k)) {
                lastTitle = k;
                Character g = Lexicon.HONORIFICS.get(l);
                if (g != null && g != 'u') {
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
            return new Mention(Mention.Type.NAME, a, b, start, end, words, words, null, lastWordLower(b), 'u', true,
                    definite);
        }
        int nameStart = lastTitle + 1;
        if (lastTitle < 0) {
            nameStart = a;
        }
        if (lastTitle >= 0 && nameStart <= b && (toks.get(nameStart).lower().equals("of")
                || toks.get(nameStart).lower().equals("for") || toks.get(nameStart).lower().equals("and"))) {
            // "the Prime Minister of Pakistan": a title with its domain describes, it does not name
            return new Mention(Mention.Type.DESCRIPTOR, a, b, start, end, definite ? "the " + words : words, null,
                    words, toks.get(lastTitle).lower(), gender, false, true);
        }
        if (definite && lastTitle < 0) {
            // "the Taliban", "the Pakistan Taliban": a capitalised name after "the" is a group, not a person
            return new Mention(Mention.Type.NAME, a, b, start, end, words, words, null, lastWordLower(b), 'u', true,
                    true);
        }
        while (nameStart <= b && !toks.get(nameStart).isWord()) {
            nameStart++; // the dot after Mr
        }
        if (nameStart > b) {
            String head = toks.get(b).lower();
            return new Mention(Mention.Type.DESCRIPTOR, a, b, start, end, definite ? "the " + words : words, null,
                    words, head, gender, false, true);
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
                return new Mention(Mention.Type.NAME, nameStart, b, toks.get(nameStart).start(), end,
                        text.substring(toks.get(nameStart).start(), end),
                        text.substring(toks.get(nameStart).start(), end), null, lastWordLower(b), 'u', true, definite);
            }
        }
        String name = text.substring(toks.get(nameStart).start(), end);
        // honorifics (Mr, Ms., Sir) mark a person and a gender; they are not a role
        int roleEnd = nameStart - 1;
        while (roleEnd >= a && (!toks.get(roleEnd).isWord() || Lexicon.HONORIFICS.containsKey(toks.get(roleEnd).lower()))) {
            roleEnd--;
        }
        String role = roleEnd >= a ? text.substring(start, toks.get(roleEnd).end()) : null;
        return new Mention(Mention.Type.NAME, nameStart, b, toks.get(nameStart).start(), end,
                name, name, role, lastWordLower(b), gender, false, definite);
    }

    private String lastWordLower(int b) {
        return toks.get(b).lower();
    }

    static boolean isNamePart(Token t) {
        return t.isWord() && Character.isUpperCase(t.text().charAt(0)) && !Lexicon.isNotName(t.text());
    }

    /** A lower-case person noun standing right before a name part. */
    private boolean isRoleBeforeName(int k) {
        Token t = toks.get(k);
        return t.isWord() && Character.isLowerCase(t.text().charAt(0)) && Lexicon.isPersonNoun(t.lower())
                && !Lexicon.isAgeNoun(t.lower()) && k + 1 < toks.size() && isNamePart(toks.get(k + 1));
    }

    private static boolean isLowerTitle(Token t) {
        return t.isWord() && (Lexicon.TITLES.contains(t.text()) || Lexicon.ROLE_MODIFIERS.contains(t.text()));
    }

    /** A word whose dot belongs to a name: an honorific or title (Mr., Sen., Gen.) or an initial (Carla M. Reyes). */
    private static boolean abbreviatedNamePart(Token t) {
        if (!t.isWord()) {
            return false;
        }
        return Lexicon.HONORIFICS.containsKey(t.lower()) || Lexicon.isTitleWord(t.lower())
                || t.text().length() == 1 && Character.isUpperCase(t.text().charAt(0));
    }

    /** A name never runs across a line break: a headline or deck line ends where the next line's name starts. */
    private boolean lineBreakAfter(int k) {
        return k + 1 < toks.size() && text.substring(toks.get(k).end(), toks.get(k + 1).start()).indexOf('\n') >= 0;
    }

    private boolean canExtendNameLeft(int k) {
        if (lineBreakAfter(k)) {
            return false;
        }
        Token t = toks.get(k);
        if (isNamePart(t) || isLowerTitle(t)) {
            return true;
        }
        if (isRoleBeforeName(k)) {
            return true; // "County engineer Petra Sand", "retired teacher Hal Berg": a role noun as a title
        }
        if (t.is("’s") || t.is("'s")) {
            return k - 1 >= 0 && isNamePart(toks.get(k - 1));
        }
        if (t.is(".") && k - 1 >= 0 && abbreviatedNamePart(toks.get(k - 1))) {
            return true;
        }
        String l = t.lower();
        if (Lexicon.NAME_PARTICLES.contains(l) || l.equals("of") || l.equals("and") || l.equals("for")) {
            return k - 1 >= 0 && isNamePart(toks.get(k - 1)) && k + 1 < toks.size() && isNamePart(toks.get(k + 1))
                    || Lexicon.NAME_PARTICLES.contains(l) && k - 1 >= 0 && isNamePart(toks.get(k - 1));
        }
        return false;
    }

    private boolean canExtendNameRight(int k) {
        if (k > 0 && lineBreakAfter(k - 1)) {
            return false;
        }
        Token t = toks.get(k);
        if (isNamePart(t) || isLowerTitle(t)) {
            return true;
        }
        if (t.is(".") && abbreviatedNamePart(toks.get(k - 1)) && k + 1 < toks.size() && isNamePart(toks.get(k + 1))) {
            return true;
        }
        String l = t.lower();
        return Lexicon.NAME_PARTICLES.contains(l) && isNamePart(toks.get(k - 1));
    }

    /** A word that opens a participle's object or complement: a determiner, a number, a name, a preposition. */
    private static boolean startsObject(Token t) {
        String l = t.lower();
        return Lexicon.DETERMINERS.contains(l) || PREPOSITIONS.contains(l) || t.isCapitalised()
                || Character.isDigit(t.text().charAt(0));
    }

    /** A listed role noun or its plural, never an agent-noun guess (Baker, Fisher, Summers are surnames too). */
    private static boolean isBarePersonNoun(String lower) {
        if (Lexicon.isTitleWord(lower)) {
            return false;
        }
        return Lexicon.PERSON_ROLES.contains(lower) && !lower.equals("man") && !lower.equals("son")
                || lower.endsWith("s") && Lexicon.PERSON_ROLES.contains(lower.substring(0, lower.length() - 1));
    }

    private static boolean isPersonNoun(String lower) {
        return Lexicon.isPersonNoun(lower);
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
