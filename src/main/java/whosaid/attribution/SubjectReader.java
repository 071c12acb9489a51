package whosaid.attribution;

import whosaid.text.Token;

import java.util.List;
import java.util.Set;

/**
 * Reads who a verb of saying belongs to when the subject stands before it: the phrase right before the verb (past
 * adverbs, auxiliaries, an apposition or asides set off by commas), the head before a place phrase or a short
 * clause ("a shopkeeper in the old town said", "the official who led the talks said"), and the noun phrase that
 * opens the sentence after a fronted adverbial.
 */
final class SubjectReader {
    // Windows, in tokens: past these a phrase is a clause of its own, and reading further finds the wrong subject.
    /** An apposition between subject and verb ("Ana Ruiz, the mayor, said"). */
    private static final int MAX_INNER_APPOSITION = 20;
    /** Asides set off by commas between subject and verb: how many, and how long each. */
    private static final int MAX_ASIDES = 4;
    private static final int MAX_ASIDE = 25;
    /** "a shopkeeper in the old town said": the prepositional phrase after the head. */
    private static final int MAX_PLACE_PHRASE = 6;
    /** "a person familiar with the talks said": the reduced clause after the head. */
    private static final int MAX_REDUCED_CLAUSE = 8;
    /** "The official who led the talks said": the relative clause after the head. */
    private static final int MAX_RELATIVE_CLAUSE = 10;
    /** The noun phrase that opens a sentence. */
    private static final int MAX_SUBJECT = 12;
    /** "Standing beside his deputy, at a briefing, he said": the short subject between the last comma and the verb. */
    private static final int MAX_LATE_SUBJECT = 5;
    /** "chief of staff, Omar Bell,": the complement after a role noun. */
    private static final int MAX_COMPLEMENT = 4;
    /** The name in apposition after a role and its comma. */
    private static final int NAME_REACH = 14;
    private static final Set<String> FRONTED = Lexicon.FRONTED_OPENERS;
    /** Tokens a parenthesis between subject and verb may hold: a party-and-state tag, "pictured", an age. */
    private static final int MAX_PARENTHESIS = 8;
    /** Without "to": before a verb of saying it opens an infinitive ("was due to say"), not a place phrase. */
    private static final Set<String> PREPOSITIONS = Lexicon.PREPOSITIONS.stream().filter(w -> !w.equals("to"))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Time words that may stand between a subject and its verb ("on Monday", "yesterday", "later"). */
    private static final Set<String> TIME_WORDS = whosaid.lexicon.WordList.set("reported-speech-lead-ins");
    private static final Set<String> LAST_OR_THIS = Set.of("last", "this");

    private final List<Token> toks;
    private final MentionReader reader;

    SubjectReader(List<Token> toks, MentionReader reader) {
        this.toks = toks;
        this.reader = reader;
    }

    /**
     * Where the subject ends before the verb at j + 1: past adverbs and auxiliaries ("also", "has"), manner adverbs
     * in -ly ("Ruiz jokingly said", "Ruiz similarly warned") and a time phrase ("Ruiz on Tuesday said", "Ruiz last
     * week said").
     */
    private int beforeAdverbials(int j, int s) {
        while (j >= s && toks.get(j).isWord()) {
            Token t = toks.get(j);
            String l = t.lower();
            if (Lexicon.BETWEEN_SUBJECT_AND_VERB.contains(l) || isMannerAdverb(t) && afterSubjectWord(j - 1, s)) {
                j--;
            } else if (TIME_WORDS.contains(l)) {
                j -= j - 1 >= s && toks.get(j - 1).lower().equals("on") ? 2 : 1;
            } else if (j - 1 >= s && Character.isLowerCase(t.text().charAt(0))
                    && LAST_OR_THIS.contains(toks.get(j - 1).lower()) && (j + 1 >= toks.size()
                    || !toks.get(j + 1).isWord() || Lexicon.isSpeechVerb(toks.get(j + 1).lower()))) {
                j -= 2; // "last week", "this month" right before the verb
            } else {
                break;
            }
        }
        return j;
    }

    /**
     * True when token k may end a subject: a capitalised word or a pronoun. An -ly word after a name is an adverb
     * ("Ruiz jokingly said"); after a plain word it may be a noun ("a close ally said", "the family said").
     */
    private boolean afterSubjectWord(int k, int s) {
        if (k < s || !toks.get(k).isWord()) {
            return false;
        }
        Token t = toks.get(k);
        return t.isCapitalised() || Lexicon.SUBJECT_PRONOUNS.contains(t.lower())
                || Lexicon.BETWEEN_SUBJECT_AND_VERB.contains(t.lower());
    }

    /** A lower-case adverb of manner ("jokingly", "sharply"): it may stand between any subject and its verb. */
    private static boolean isMannerAdverb(Token t) {
        String l = t.lower();
        return l.length() > 5 && l.endsWith("ly") && Character.isLowerCase(t.text().charAt(0));
    }

    /**
     * "Sen. Ana Ruiz (D-Ore.) said", "Omar Reyes (pictured), said": a short parenthesis between the subject and the
     * verb, and a comma after it, stand aside; the subject ends before the opening bracket.
     */
    private int beforeParenthesis(int j, int s) {
        int k = j;
        if (k - 1 >= s && toks.get(k).is(",") && toks.get(k - 1).is(")")) {
            k--;
        }
        if (k < s || !toks.get(k).is(")")) {
            return j;
        }
        for (int o = k - 1; o >= s && k - o <= MAX_PARENTHESIS; o--) {
            if (toks.get(o).is("(")) {
                return o - 1 >= s && toks.get(o - 1).isWord() ? o - 1 : j;
            }
        }
        return j;
    }

    Mention leftSubject(int v, int s) {
        int j = beforeAdverbials(v - 1, s);
        j = beforeParenthesis(j, s);
        if (j < s) {
            return null;
        }
        Token t = toks.get(j);
        if (t.is(",")) {
            Mention past = pastAsides(j, s);
            if (past != null) {
                return past;
            }
            int k = j - 1;
            while (k >= s && !toks.get(k).is(",") && !toks.get(k).isQuote() && j - k < MAX_INNER_APPOSITION) {
                k--;
            }
            if (k < s || toks.get(k).isQuote() || !toks.get(k).is(",")) {
                return null;
            }
            Mention before = reader.endingAt(beforeParenthesis(k - 1, s), s);
            Mention app = reader.endingAt(j - 1, k + 1);
            // "Ana Ruiz, in Kestra, said", "Ana Ruiz, at the rally, said": an aside that opens with a preposition
            // places the subject; the name in it is not the speaker
            boolean placed = PREPOSITIONS.contains(toks.get(k + 1).lower());
            // "Her deputy, Mr. Tomas Reik, said": the apposition is a name when only titles precede it
            boolean appIsName = app != null && app.type() == Mention.Type.NAME && !placed
                    && (app.first() <= k + 2 || opensAt(k + 1, app.first()));
            String appText = k + 1 <= j - 1 ? joined(k + 1, j - 1) : null;
            if (before != null && before.type() == Mention.Type.NAME && !appIsName) {
                String first = toks.get(k + 1).lower();
                if (placed) {
                    return before;
                }
                boolean clause = Lexicon.ASIDE_OPENERS.contains(first) || first.endsWith("ing");
                return clause || !describes(k + 1, j - 1) ? before : before.withRole(appText);
            }
            if (appIsName) {
                return app.withRole(before == null ? app.role() : before.text());
            }
            if (before != null) {
                return before;
            }
            // "In a post on Sunday, the minister, …": the phrase before the first comma was an adverbial
            return null;
        }
        if (t.isWord() && (t.lower().equals("and") || t.lower().equals("but"))) {
            return sentenceSubject(s, j);
        }
        Mention m = subjectEndingAt(j, s);
        if (m == null) {
            m = subjectBeforeReducedClause(j, s);
        }
        if (m != null && m.type() == Mention.Type.NAME && m.first() > s && toks.get(m.first() - 1).isWord()) {
            String p = toks.get(m.first() - 1).lower();
            if (Lexicon.OBJECT_PREPOSITIONS.contains(p)) {
                return null; // "talks with Ana said" is not Ana speaking; an object before the verb
            }
        }
        return m;
    }

    /**
     * "Sen. Robert Hale Jr., R-Ark., who had backed the deal, called …": asides set off by commas (a relative
     * clause, a party-and-state tag, an age) stand between the subject and its verb; skip back over them.
     * Null unless at least one relative clause or tag was skipped and a subject stands before them.
     */
    private Mention pastAsides(int comma, int s) {
        int cur = comma;
        int skipped = 0;
        while (skipped < MAX_ASIDES) {
            int k = cur - 1;
            while (k >= s && !toks.get(k).is(",") && !toks.get(k).isQuote() && cur - k < MAX_ASIDE) {
                k--;
            }
            if (k < s || !toks.get(k).is(",") || k + 1 >= cur) {
                break;
            }
            if (!isAside(k + 1, cur - 1)) {
                break;
            }
            cur = k;
            skipped++;
        }
        if (skipped == 0) {
            return null;
        }
        // "A senior official at the port, who …, said", "An engineer who worked on it, speaking …, said"; "Sen. Ana
        // Ruiz (D-Ore.), who …, said": a party tag in brackets stands aside too
        return subjectEndingAt(beforeParenthesis(cur - 1, s), s);
    }

    /**
     * The subject phrase that ends at token j: the phrase itself (the person before "at the ministry" rather than
     * the ministry), else the head before a short prepositional phrase, else the head before a "who" clause.
     */
    private Mention subjectEndingAt(int j, int s) {
        Mention m = personBeforePlace(reader.endingAt(j, s), j, s);
        if (m == null) {
            m = subjectBeforePrepositionalPhrase(j, s);
        }
        if (m == null) {
            m = subjectBeforeRelativeClause(j, s);
        }
        return m;
    }

    /** A relative clause (who, which), a party-and-state tag (R-Ark., D), or an age (63). */
    private boolean isAside(int a, int b) {
        Token first = toks.get(a);
        String l = first.lower();
        if (Lexicon.ASIDE_OPENERS.contains(l) || l.equals("whose")) {
            return true;
        }
        if (b > a && l.endsWith("ing") && l.length() > 5 && Character.isLowerCase(first.text().charAt(0))) {
            // "speaking on condition of anonymity", "citing internal figures": a participle clause
            return true;
        }
        if (b - a <= 1 && first.text().matches("[DRI](-[A-Z][\\p{L}.]*)?")) {
            return true;
        }
        return b - a <= 1 && !describes(a, b);
    }

    /** An apposition describes (is a role) when it holds a word with a letter: "Rosa Lind, 71," has only an age. */
    boolean describes(int a, int b) {
        for (int k = a; k <= b; k++) {
            Token t = toks.get(k);
            if (t.isWord() && t.text().chars().anyMatch(Character::isLetter)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "A senior official at the trust said": the organisation ends a prepositional phrase; the person before it
     * speaks. Keeps the mention as read when no person noun heads the phrase before the preposition.
     */
    private Mention personBeforePlace(Mention m, int j, int s) {
        if (m == null || m.type() != Mention.Type.DESCRIPTOR || !m.org() || m.first() - 1 <= s
                || !PREPOSITIONS.contains(toks.get(m.first() - 1).lower())) {
            return m;
        }
        Mention person = subjectBeforePrepositionalPhrase(j, s);
        return person != null && person.type() == Mention.Type.DESCRIPTOR && !person.org() ? person : m;
    }

    /**
     * "a shopkeeper in the old town said", "a spokesman for the regional council said": the subject's head stands
     * before a short prepositional phrase of plain words; the whole phrase is the mention.
     */
    private Mention subjectBeforePrepositionalPhrase(int j, int s) {
        for (int k = j - 1; k > s && j - k <= MAX_PLACE_PHRASE; k--) {
            Token t = toks.get(k);
            if (!t.isWord() || Lexicon.isSpeechVerb(t.lower())) {
                return null;
            }
            if (PREPOSITIONS.contains(t.lower())) {
                Mention head = reader.endingAt(k - 1, s);
                if (head == null || head.type() == Mention.Type.PRONOUN) {
                    return null;
                }
                if (head.type() == Mention.Type.DESCRIPTOR) {
                    return reader.extend(head, j);
                }
                return head; // "China on Tuesday urged": the phrase after a name is not its role
            }
        }
        return null;
    }

    /**
     * "A diplomat briefed on the talks said", "an official familiar with the plan said": a participle or adjective
     * with its own prepositional phrase follows the unnamed source; the source is the phrase before it.
     */
    private Mention subjectBeforeReducedClause(int j, int s) {
        for (int k = j; k > s && j - k <= MAX_REDUCED_CLAUSE; k--) {
            Token t = toks.get(k);
            if (!t.isWord()) {
                return null;
            }
            String l = t.lower();
            boolean reduced = Character.isLowerCase(t.text().charAt(0)) && k + 1 <= j
                    && PREPOSITIONS.contains(toks.get(k + 1).lower())
                    && (l.endsWith("ed") && l.length() > 4 || Lexicon.ACQUAINTANCE_ADJECTIVES.contains(l));
            if (reduced) {
                Mention m = reader.endingAt(k - 1, s);
                if (m != null && m.type() == Mention.Type.DESCRIPTOR && !m.org()) {
                    return m;
                }
            }
            if (Lexicon.isSpeechVerb(l)) {
                return null;
            }
        }
        return null;
    }

    /** "The official who led the talks said": the subject stands before "who" and its short clause. */
    private Mention subjectBeforeRelativeClause(int j, int s) {
        for (int k = j; k > s && j - k <= MAX_RELATIVE_CLAUSE; k--) {
            Token t = toks.get(k);
            if (!t.isWord() || Lexicon.isSpeechVerb(t.lower()) && k != j) {
                return null;
            }
            if (t.lower().equals("who")) {
                Mention m = reader.endingAt(k - 1, s);
                return m != null && m.type() != Mention.Type.PRONOUN && !m.org() ? m : null;
            }
        }
        return null;
    }

    /** The noun phrase that opens the sentence (after a fronted adverbial), as the subject of a later verb. */
    Mention sentenceSubject(int s, int limit) {
        int i = s;
        // "And then Reyes went on the attack": linking words without a comma stand before the subject
        while (i + 1 < limit && toks.get(i).isWord() && toks.get(i + 1).isWord()
                && Lexicon.SENTENCE_CONNECTORS.contains(toks.get(i).lower())) {
            i++;
        }
        if (i + 1 < limit && invertedCueOpening(toks.get(i)) && !FRONTED.contains(toks.get(i).lower())
                && MentionReader.isNamePart(toks.get(i + 1))) {
            i++; // "Said Dora Penn, who …, “…”": the name after the verb is the subject
        }
        if (i < limit && toks.get(i).isWord() && (FRONTED.contains(toks.get(i).lower()) || frontedParticiple(i, limit))) {
            int c = i;
            while (c < limit && !toks.get(c).is(",")) {
                c++;
            }
            if (c >= limit) {
                return null;
            }
            Mention late = subjectAfterLastComma(c, limit);
            if (late != null) {
                return late;
            }
            i = c + 1;
        }
        int e = i;
        while (e < limit && e - i < MAX_SUBJECT) {
            Token t = toks.get(e);
            if (t.is(".") && e > i && (Lexicon.HONORIFICS.containsKey(toks.get(e - 1).lower())
                    || Lexicon.isTitleWord(toks.get(e - 1).lower()))) {
                e++; // the dot of "Ms." or "Sen." belongs to the name
                continue;
            }
            if (!t.isWord()) {
                break;
            }
            String l = t.lower();
            if (e > i && Lexicon.DETERMINERS.contains(l) && !PREPOSITIONS.contains(toks.get(e - 1).lower())
                    && toks.get(e - 1).isWord() && !Lexicon.DETERMINERS.contains(toks.get(e - 1).lower())) {
                break; // "Judge Ampofo set a trial date": a determiner after the subject starts the object
            }
            if (e > i && (Lexicon.BETWEEN_SUBJECT_AND_VERB.contains(l) || Lexicon.isSpeechVerb(l) && !t.isCapitalised()
                    || Lexicon.RELATIVE_PRONOUNS.contains(l)
                    || (l.endsWith("ed") && !t.isCapitalised() && l.length() > 4))) {
                break;
            }
            e++;
        }
        if (e == i) {
            return null;
        }
        Mention whole = reader.endingAt(e - 1, i);
        if (whole != null && (opensAt(i, whole.first()) || whole.type() != Mention.Type.DESCRIPTOR)) {
            return namedInApposition(whole);
        }
        // "Ms. Clara Wendt met Mr. Oskar Brill in …": the subject is the phrase that opens the sentence, before a
        // verb the lexicons do not know
        for (int k = e - 2; k >= i; k--) {
            Mention m = reader.endingAt(k, i);
            if (m != null && opensAt(i, m.first())) {
                return namedInApposition(m);
            }
        }
        return null;
    }

    /** "Standing beside …", "Pointing to …": a sentence that opens with a participle and its preposition. */
    private boolean frontedParticiple(int i, int limit) {
        String l = toks.get(i).lower();
        return l.endsWith("ing") && l.length() > 5 && i + 1 < limit && toks.get(i + 1).isWord()
                && (PREPOSITIONS.contains(toks.get(i + 1).lower()) || Lexicon.DETERMINERS.contains(toks.get(i + 1).lower())
                || Lexicon.PLACE_PREPOSITIONS.contains(toks.get(i + 1).lower()));
    }

    /**
     * "Standing beside his deputy, Colm Farrelly, at a briefing, he said": a fronted clause may hold commas of its
     * own; the subject is the short phrase between the last comma and the first verb of saying.
     */
    /** A past form of a verb of saying opening a sentence ("Said", "Added"): the subject follows it. */
    private static boolean invertedCueOpening(Token t) {
        String l = t.lower();
        return t.isWord() && t.isCapitalised() && Lexicon.isSpeechVerb(l) && !l.equals(Lexicon.speechVerb(l))
                && !l.endsWith("s") && !l.endsWith("ing");
    }

    private Mention subjectAfterLastComma(int firstComma, int limit) {
        int v = firstComma;
        // "at a briefing": a verb of saying after a determiner is a noun
        while (v < limit && !(toks.get(v).isWord() && Lexicon.isSpeechVerb(toks.get(v).lower())
                && !toks.get(v).isCapitalised() && !Lexicon.DETERMINERS.contains(toks.get(v - 1).lower()))) {
            v++;
        }
        if (v >= limit) {
            return null;
        }
        int c = v - 1;
        while (c > firstComma && !toks.get(c).is(",")) {
            c--;
        }
        if (c == firstComma || v - c > MAX_LATE_SUBJECT) {
            return null;
        }
        int j = v - 1;
        while (j > c && Lexicon.BETWEEN_SUBJECT_AND_VERB.contains(toks.get(j).lower())) {
            j--;
        }
        Mention m = j > c ? reader.endingAt(j, c + 1) : null;
        return m != null && m.first() == c + 1 ? m : null;
    }

    /** "Ortega’s neighbor, Beth Coyle, was …": a descriptor followed by a name between commas is that person. */
    private Mention namedInApposition(Mention m) {
        if (m == null) {
            return null;
        }
        int c = m.last() + 1;
        if (c < toks.size() && PREPOSITIONS.contains(toks.get(c).lower())) {
            // "Pruitt’s chief of staff, Omar Bell, …": a short complement may follow the role noun
            int k = c + 1;
            while (k < toks.size() && k - c <= MAX_COMPLEMENT && toks.get(k).isWord() && !toks.get(k).isCapitalised()) {
                k++;
            }
            c = k;
        }
        if (m.type() != Mention.Type.DESCRIPTOR || m.org() || c + 1 >= toks.size() || !toks.get(c).is(",")) {
            return m;
        }
        Mention name = reader.startingAt(c + 1, Math.min(toks.size(), c + NAME_REACH));
        if (name == null || name.type() != Mention.Type.NAME || name.org() || name.last() + 1 >= toks.size()
                || !toks.get(name.last() + 1).is(",")) {
            return m;
        }
        return name.withRole(textOf(m.first(), c - 1));
    }

    /** True when only capitalised words, "the" and dots (titles, "Ms.") stand between i and the phrase at first. */
    private boolean opensAt(int i, int first) {
        for (int k = i; k < first; k++) {
            Token t = toks.get(k);
            if (!(t.is(".") || t.isCapitalised() || t.lower().equals("the"))) {
                return false;
            }
        }
        return true;
    }

    String joined(int a, int b) {
        return reader == null ? null : textOf(a, b);
    }

    private String textOf(int a, int b) {
        StringBuilder sb = new StringBuilder();
        for (int k = a; k <= b; k++) {
            if (k > a && toks.get(k).start() > toks.get(k - 1).end()) {
                sb.append(' ');
            }
            sb.append(toks.get(k).text());
        }
        return sb.toString();
    }
}
