package whosaid.attribution;

import whosaid.text.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds verbs of saying in one sentence and reads their subjects: "X said", "X, a ROLE, said", "ROLE, X, said",
 * "“…,” said X", "according to X", and for "… and told reporters" the sentence's own subject. Nouns that look like
 * verbs ("the report", "a call") are skipped by the determiner before them.
 */
final class SpeechEventFinder {
    private static final Set<String> FRONTED = Lexicon.FRONTED_OPENERS;
    private static final Set<String> TIES = Lexicon.STATEMENT_NOUNS;
    /** Without "to": before a verb of saying it opens an infinitive ("was due to say"), not a place phrase. */
    private static final Set<String> PREPOSITIONS = Lexicon.PREPOSITIONS.stream().filter(w -> !w.equals("to"))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private final List<Token> toks;
    private final MentionReader reader;

    SpeechEventFinder(List<Token> toks, MentionReader reader) {
        this.toks = toks;
        this.reader = reader;
    }

    List<SpeechEvent> find(int s, int e) {
        List<SpeechEvent> out = new ArrayList<>();
        for (int v = s; v < e; v++) {
            Token t = toks.get(v);
            if (!t.isWord()) {
                continue;
            }
            String l = t.lower();
            if (l.equals("according") && v + 1 < e && toks.get(v + 1).lower().equals("to")) {
                Mention m = reader.startingAt(v + 2, e);
                if (m != null) {
                    out.add(new SpeechEvent(v, "according to", m, v, m.last(), true, null));
                }
                continue;
            }
            if (l.endsWith("ing") && Lexicon.isSpeechVerb(l) && v - 1 > s && toks.get(v - 1).lower().equals("as")) {
                SpeechEvent quoted = quotedAsSaying(v, s);
                if (quoted != null) {
                    out.add(quoted);
                }
                continue;
            }
            if (l.endsWith("ing") && Lexicon.isSpeechVerb(l) && v - 1 > s && toks.get(v - 1).is(",")
                    && !Lexicon.WEAK_VERBS.contains(Lexicon.speechVerb(l))) {
                // "Skyline Air cancelled 300 flights, saying “…”": the clause's subject speaks
                Mention subject = sentenceSubject(s, v - 1);
                if (subject != null && subject.last() < v) {
                    out.add(new SpeechEvent(v, t.text(), subject, subject.first(), v, false, tieAfter(v + 1, e)));
                }
                continue;
            }
            if (!Lexicon.isSpeechVerb(l) || l.endsWith("ing") || !Character.isLowerCase(t.text().charAt(0))) {
                continue;
            }
            if (v - 1 >= s && toks.get(v - 1).isWord()) {
                String p = toks.get(v - 1).lower();
                if (p.equals("to") || Lexicon.DETERMINERS.contains(p) && !p.equals("that")) {
                    continue; // "to say", "the report", "a call"
                }
            }
            if (Lexicon.WEAK_VERBS.contains(Lexicon.speechVerb(l)) && !quotationSoon(v + 1, e)) {
                continue; // "believe", "call", "describe" attribute only when words in quotes or "that" follow
            }
            SpeechEvent ev = eventAt(v, s, e);
            if (ev != null) {
                out.add(ev);
            }
        }
        colonEvents(s, e, out);
        dashEvents(s, e, out);
        return out;
    }

    /**
     * "“We will not back down.” — Lina Morrow, union organiser": a dash after a quotation, then a name that ends the
     * sentence or opens an apposition, signs the words as a pull quote or an epigraph does.
     */
    private void dashEvents(int s, int e, List<SpeechEvent> out) {
        for (int q = s; q + 2 < e; q++) {
            Token dash = toks.get(q + 1);
            if (!toks.get(q).isQuote() || !(dash.is("—") || dash.is("–"))) {
                continue;
            }
            Mention m = reader.startingAt(q + 2, e);
            if (m == null || m.type() != Mention.Type.NAME || m.first() != q + 2) {
                continue;
            }
            int after = m.last() + 1;
            if (after < e && !toks.get(after).is(",") && !toks.get(after).is(".")) {
                continue; // "“…” — Ana Ruiz said later": a verb follows, which the verb rules read
            }
            Mention who = withRightApposition(m, e);
            out.add(new SpeechEvent(q + 1, dash.text(), who, q + 1, Math.max(m.last(), who.last()), true, null));
        }
    }

    /**
     * "Rector Ulla Sand was blunt: “…”": a colon right before a quotation introduces the words of the clause's
     * subject when no verb of saying does. Only a subject the mention reader accepts (a name, a pronoun, a person
     * or organisation descriptor) counts, so "The demands: “…”" names nobody.
     */
    private void colonEvents(int s, int e, List<SpeechEvent> out) {
        for (int q = s + 2; q < e; q++) {
            if (!toks.get(q).isQuote() || !toks.get(q - 1).is(":")) {
                continue;
            }
            // a verb of saying earlier in the clause ("X told Radio Y: “…”") already introduces it
            boolean cued = false;
            for (SpeechEvent ev : out) {
                cued |= ev.verb() < q && !quoteBetween(ev.to(), q) || ev.from() < q && ev.to() > q;
            }
            if (cued) {
                continue;
            }
            Mention subject = sentenceSubject(s, q - 1);
            if (subject != null && subject.last() < q - 1) {
                out.add(new SpeechEvent(q - 1, ":", subject, subject.first(), q - 1, false, null));
            }
        }
    }

    /**
     * "X was quoted (by state media) as saying": the speaker is the subject of "quoted", not of "saying".
     */
    private SpeechEvent quotedAsSaying(int v, int s) {
        for (int k = v - 2; k >= s && v - k <= 10; k--) {
            String w = toks.get(k).lower();
            if (Lexicon.QUOTING_VERBS.contains(w)) {
                // active "the agency quoted Hari Adhikari as saying": the object speaks; passive "X was quoted
                // as saying": the subject does
                Mention object = k + 1 < v - 1 ? reader.endingAt(v - 2, k + 1) : null;
                if (object != null && object.type() != Mention.Type.PRONOUN) {
                    return new SpeechEvent(v, w + " as " + toks.get(v).text(), object, k, v, false, null);
                }
                Mention m = leftSubject(k, s);
                if (m == null) {
                    return null;
                }
                return new SpeechEvent(v, w + " as " + toks.get(v).text(), m, Math.min(m.first(), k), v, false,
                        null);
            }
            if (!toks.get(k).isWord()) {
                return null;
            }
        }
        return null;
    }

    private boolean quotationSoon(int from, int e) {
        for (int k = from; k < Math.min(e, from + 14); k++) {
            Token t = toks.get(k);
            if (t.isQuote() || t.is(":") || t.lower().equals("that")) {
                return true;
            }
            if (t.is(".") || t.is(";") || t.isWord() && Lexicon.isSpeechVerb(t.lower())) {
                return false;
            }
        }
        return false;
    }

    private SpeechEvent eventAt(int v, int s, int e) {
        String cue = toks.get(v).text();
        String tie = tieAfter(v + 1, e);
        Mention left = leftSubject(v, s);
        if (left != null) {
            return new SpeechEvent(v, cue, left, Math.min(left.first(), v), Math.max(left.last(), v), false, tie);
        }
        // inverted order after a quotation or at a clause start: "“…,” said Ana Ruiz, the mayor."
        int j = v - 1;
        boolean afterQuote = j < s || toks.get(j).isQuote() || toks.get(j).is(",") && j - 1 >= s && toks.get(j - 1).isQuote()
                || toks.get(j).is(",") || toks.get(j).is(":");
        if (afterQuote) {
            Mention right = reader.startingAt(v + 1, e);
            if (right != null && right.type() != Mention.Type.PRONOUN || right != null && v + 1 < e) {
                right = withRightApposition(right, e);
                return new SpeechEvent(v, cue, right, v, right.last(), true, tie);
            }
        }
        return null;
    }

    /** "said Ana Ruiz, the mayor of Ostrava," : the apposition after an inverted subject is its role. */
    private Mention withRightApposition(Mention m, int e) {
        int k = m.last() + 1;
        if (m.type() == Mention.Type.DESCRIPTOR && !m.org() && k + 1 < e && toks.get(k).is(",")) {
            // "said one resident, Jonas Ekk.": a name in apposition to a person descriptor is who it describes
            Mention name = reader.startingAt(k + 1, e);
            if (name != null && name.type() == Mention.Type.NAME && !name.org()
                    && (name.last() + 1 >= e || !toks.get(name.last() + 1).isWord())) {
                return name.withRole(m.text());
            }
            return m;
        }
        if (m.type() != Mention.Type.NAME || k >= e || !toks.get(k).is(",")) {
            return m;
        }
        int f = k + 1;
        while (f < e && !toks.get(f).is(",") && !toks.get(f).is(".") && !toks.get(f).isQuote() && f - k < 15) {
            f++;
        }
        if (f - 1 <= k || !toks.get(k + 1).isWord()) {
            return m;
        }
        if (!describes(k + 1, f - 1) && f < e && toks.get(f).is(",")) {
            // "said Hal Berg, 70, a retired teacher": past the age to the role
            k = f;
            f = k + 1;
            while (f < e && !toks.get(f).is(",") && !toks.get(f).is(".") && !toks.get(f).isQuote() && f - k < 15) {
                f++;
            }
            if (f - 1 <= k || !toks.get(k + 1).isWord()) {
                return m;
            }
        }
        for (int w = k + 2; w < f; w++) {
            String l = toks.get(w).lower();
            if (Lexicon.RELATIVE_PRONOUNS.contains(l)) {
                f = w; // "a retired teacher who rides the ferry": the role ends where its clause begins
                break;
            }
        }
        String first = toks.get(k + 1).lower();
        if (Lexicon.ASIDE_OPENERS.contains(first) || Lexicon.CONTINUING_PARTICIPLES.contains(first)
                || !describes(k + 1, f - 1)) {
            return m;
        }
        return m.withRole(joined(k + 1, f - 1));
    }

    private String tieAfter(int from, int e) {
        for (int k = from; k < Math.min(e, from + 6); k++) {
            Token t = toks.get(k);
            if (t.isQuote() || t.is(",") || t.is(":")) {
                return null;
            }
            if (TIES.contains(t.lower())) {
                return t.lower();
            }
        }
        return null;
    }

    /** The subject ending right before the verb, skipping adverbs, auxiliaries and an apposition. */
    Mention leftSubject(int v, int s) {
        int j = v - 1;
        while (j >= s && toks.get(j).isWord() && Lexicon.BETWEEN_SUBJECT_AND_VERB.contains(toks.get(j).lower())) {
            j--;
        }
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
            while (k >= s && !toks.get(k).is(",") && !toks.get(k).isQuote() && j - k < 20) {
                k--;
            }
            if (k < s || toks.get(k).isQuote() || !toks.get(k).is(",")) {
                return null;
            }
            Mention before = reader.endingAt(k - 1, s);
            Mention app = reader.endingAt(j - 1, k + 1);
            // "Her deputy, Mr. Tomas Reik, said": the apposition is a name when only titles precede it
            boolean appIsName = app != null && app.type() == Mention.Type.NAME
                    && (app.first() <= k + 2 || opensAt(k + 1, app.first()));
            String appText = k + 1 <= j - 1 ? joined(k + 1, j - 1) : null;
            if (before != null && before.type() == Mention.Type.NAME && !appIsName) {
                String first = toks.get(k + 1).lower();
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
        while (skipped < 4) {
            int k = cur - 1;
            while (k >= s && !toks.get(k).is(",") && !toks.get(k).isQuote() && cur - k < 25) {
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
        // "A senior official at the port, who …, said", "An engineer who worked on it, speaking …, said"
        return subjectEndingAt(cur - 1, s);
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
    private boolean describes(int a, int b) {
        for (int k = a; k <= b; k++) {
            Token t = toks.get(k);
            if (t.isWord() && t.text().chars().anyMatch(Character::isLetter)) {
                return true;
            }
        }
        return false;
    }

    private boolean quoteBetween(int a, int b) {
        for (int k = a + 1; k < b; k++) {
            if (toks.get(k).isQuote()) {
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
        for (int k = j - 1; k > s && j - k <= 6; k--) {
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
        for (int k = j; k > s && j - k <= 8; k--) {
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
        for (int k = j; k > s && j - k <= 10; k--) {
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
        while (e < limit && e - i < 12) {
            Token t = toks.get(e);
            if (t.is(".") && e > i && Lexicon.HONORIFICS.containsKey(toks.get(e - 1).lower())) {
                e++; // the dot of "Ms." belongs to the name
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
        if (whole != null) {
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
        if (c == firstComma || v - c > 5) {
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
            while (k < toks.size() && k - c <= 4 && toks.get(k).isWord() && !toks.get(k).isCapitalised()) {
                k++;
            }
            c = k;
        }
        if (m.type() != Mention.Type.DESCRIPTOR || m.org() || c + 1 >= toks.size() || !toks.get(c).is(",")) {
            return m;
        }
        Mention name = reader.startingAt(c + 1, Math.min(toks.size(), c + 14));
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

    private String joined(int a, int b) {
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
