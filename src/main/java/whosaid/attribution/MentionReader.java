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
    private static final Set<String> PREPOSITIONS = Lexicon.PREPOSITIONS;
    /** "said former bank executive Ana Ruiz": words that open a description before a name, without a determiner. */
    private static final Set<String> NAME_PREMODIFIERS = whosaid.lexicon.WordList.set("name-premodifiers");
    /** A run of capitalised words longer than this is a heading or a list, not a name. */
    private static final int MAX_WORDS = 12;
    /** A descriptor ("the newly appointed deputy health minister") is read no further back than this. */
    private static final int MAX_DESCRIPTOR = 8;
    /** "a spokesman for the regional council": the phrase after a descriptor's preposition. */
    private static final int MAX_DESCRIPTOR_TAIL = 6;
    /** "a crane operator at the port of Kessel": how far before the name the person noun may stand. */
    private static final int PERSON_NOUN_REACH = 7;

    private final String text;
    private final List<Token> toks;
    private final CapitalisedRun runs;

    MentionReader(String text, List<Token> toks) {
        this.text = text;
        this.toks = toks;
        this.runs = new CapitalisedRun(text, toks);
    }

    /** The phrase that ends at token j, not reaching before token lo. Null when none is there. */
    Mention endingAt(int j, int lo) {
        if (j < lo || j >= toks.size()) {
            return null;
        }
        Token t = toks.get(j);
        if (t.is(".") && j - 1 >= lo && Lexicon.NAME_SUFFIXES.contains(toks.get(j - 1).lower())) {
            return endingAt(j - 1, lo); // "Robert T. Hale Jr."
        }
        if (!t.isWord()) {
            return null;
        }
        String lower = t.lower();
        if (Lexicon.SUBJECT_PRONOUNS.contains(lower)) {
            Gender g = Lexicon.GENDERED_PRONOUNS.getOrDefault(lower, Gender.UNKNOWN);
            return Mention.pronoun(Phrase.of(text, toks, j, j), g,
                    Lexicon.NON_PERSON_PRONOUNS.contains(lower));
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
            while (a < j && !isNamePart(toks.get(a)) && !isLowerTitle(toks.get(a)) && !isRoleBeforeName(toks, a)) {
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
                for (int k = a - 2; k - 1 >= lo && a - k <= PERSON_NOUN_REACH; k--) {
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
            return runs.classify(a, j, lo);
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
                && !t.lower().equals(Lexicon.STATEMENT);
    }

    /** A place or name followed by a lower-case organisation word names that body as a whole. */
    private Mention namedBody(int a, int b) {
        boolean definite = a - 1 >= 0 && toks.get(a - 1).lower().equals("the");
        return Mention.organisation(Phrase.of(text, toks, a, b), toks.get(b).lower(), definite);
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
            if (isNamePart(toks.get(b))) {
                if (b + 1 < hi && isLowerOrgWord(toks.get(b + 1))) {
                    return namedBody(i, b + 1);
                }
                return runs.classify(i, b, i);
            }
            if (isNamePart(t)) {
                return null;
            }
            // a lower-case title word not followed by a name ("said senior party adviser Omar Reyes") may still
            // open a description that ends in one: read on below
        }
        boolean determiner = Lexicon.DETERMINERS.contains(t.lower());
        boolean lowerWord = Character.isLowerCase(t.text().charAt(0)) && !Lexicon.isSpeechVerb(t.lower())
                && !PREPOSITIONS.contains(t.lower());
        if (determiner || lowerWord) {
            // "said the official", "said a spokesman for the ministry": the head is the last word before a stop
            int e = i + 1;
            while (e < hi && e - i < MAX_DESCRIPTOR && toks.get(e).isWord() && !Lexicon.isSpeechVerb(toks.get(e).lower())
                    && !PREPOSITIONS.contains(toks.get(e).lower())) {
                e++;
            }
            int roleStart = determiner ? i + 1 : i;
            // "said former bank executive Omar Reyes", "said pollster Lena Fox": without a determiner, the words
            // before the name must open a description (a word such as "former") or hold a person noun
            boolean describes = determiner || NAME_PREMODIFIERS.contains(t.lower()) || isLowerTitle(t);
            for (int k0 = roleStart; k0 < e; k0++) {
                Token w = toks.get(k0);
                if (!isNamePart(w)) {
                    describes |= w.isWord() && Character.isLowerCase(w.text().charAt(0)) && isPersonNoun(w.lower());
                    continue;
                }
                int k1 = k0;
                while (k1 + 1 < e && isNamePart(toks.get(k1 + 1))) {
                    k1++;
                }
                // "said the 38-year-old Lena Fox after the race": a name after the modifiers is the speaker; the
                // words before it describe her. A capitalised word followed by a person noun ("Labour voter") is
                // part of the description, not the name.
                boolean endsPhrase = k1 + 1 >= e || !isPersonNoun(toks.get(k1 + 1).lower());
                if (k0 > roleStart && describes && endsPhrase) {
                    Mention name = runs.classify(k0, k1, k0);
                    if (name != null && name.type() == Mention.Type.NAME && !name.org()) {
                        String role = text.substring(toks.get(roleStart).start(), toks.get(k0 - 1).end());
                        return name.withRole(name.role() != null ? name.role() : role);
                    }
                }
                k0 = k1;
            }
            if (!determiner) {
                return null;
            }
            Mention d = descriptorEndingAt(e - 1, i, e - 1);
            if (d == null) {
                // "said a person close to the talks", "said one donor involved in the plan": a participle or
                // adjective after the person noun modifies it; the noun is the head
                for (int j = e - 2; j > i && d == null; j--) {
                    if (toks.get(j).isWord() && isPersonNoun(toks.get(j).lower())) {
                        Mention head = descriptorEndingAt(j, i, j);
                        d = head == null ? null : extend(head, e - 1);
                    }
                }
            }
            if (d != null && e + 1 < hi && PREPOSITIONS.contains(toks.get(e).lower())) {
                int f = e + 1;
                while (f < hi && f - e < MAX_DESCRIPTOR_TAIL && toks.get(f).isWord() && !Lexicon.isSpeechVerb(toks.get(f).lower())) {
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
        while (a - 1 >= lo && j - a < MAX_DESCRIPTOR) {
            Token p = toks.get(a - 1);
            if (!p.isWord()) {
                break;
            }
            String pl = p.lower();
            if (Lexicon.ROLE_PREPOSITIONS.contains(pl) && a - 2 >= lo && toks.get(a - 2).isWord()
                    && isPersonNoun(toks.get(a - 2).lower())) {
                // "the head of the agency", "a spokesman for the ministry": the role noun is the head
                a -= 2;
                h = toks.get(a).lower();
                person = true;
                continue;
            }
            if (Lexicon.DETERMINERS.contains(pl)) {
                a--;
                definite = !Lexicon.INDEFINITE_DETERMINERS.contains(pl);
                if (a - 2 >= lo && Lexicon.ROLE_PREPOSITIONS.contains(toks.get(a - 1).lower())
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
                    || PREPOSITIONS.contains(pl) || Lexicon.COORDINATORS.contains(pl)
                    || Lexicon.RELATIVE_PRONOUNS.contains(pl)) {
                break;
            }
            a--;
        }
        Phrase words = Phrase.of(text, toks, a, last);
        return Mention.descriptor(words, words.text(), h, Gender.UNKNOWN, org && !person, definite);
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
        return d.extendedTo(Phrase.of(text, toks, d.first(), last));
    }

    static boolean isNamePart(Token t) {
        return t.isWord() && Character.isUpperCase(t.text().charAt(0)) && !Lexicon.isNotName(t.text());
    }

    /** A lower-case person noun standing right before a name part. */
    static boolean isRoleBeforeName(List<Token> toks, int k) {
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
    boolean lineBreakAfter(int k) {
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
        if (isRoleBeforeName(toks, k)) {
            return true; // "County engineer Petra Sand", "retired teacher Hal Berg": a role noun as a title
        }
        if (t.is("’s") || t.is("'s")) {
            return k - 1 >= 0 && isNamePart(toks.get(k - 1));
        }
        if (t.is(".") && k - 1 >= 0 && abbreviatedNamePart(toks.get(k - 1))) {
            return true;
        }
        String l = t.lower();
        if (Lexicon.NAME_PARTICLES.contains(l) || Lexicon.ROLE_PREPOSITIONS.contains(l) || l.equals("and")) {
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

    private static boolean isPersonNoun(String lower) {
        return Lexicon.isPersonNoun(lower);
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
