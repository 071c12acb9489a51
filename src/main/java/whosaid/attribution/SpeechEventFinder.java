package whosaid.attribution;

import whosaid.text.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds verbs of saying in one sentence and, with {@link SubjectReader}, who speaks them: "X said", "X, a ROLE,
 * said", "ROLE, X, said", "“…,” said X", "according to X", and for "… and told reporters" the sentence's own
 * subject. Nouns that look like
 * verbs ("the report", "a call") are skipped by the determiner before them.
 */
final class SpeechEventFinder {
    // Windows, in tokens. News phrases around a verb of saying are short; past these reaches a phrase is a clause
    // of its own, and reading further only finds the wrong subject.
    /** "X was quoted (by state media) as saying": how far back "quoted" may stand. */
    private static final int QUOTED_AS_REACH = 10;
    /** A weak verb ("described") attributes only when a quotation, colon or "that" follows within this reach. */
    private static final int QUOTATION_REACH = 14;
    /** An apposition after an inverted subject ("said Ana Ruiz, the mayor of Ostrava,"). */
    private static final int MAX_APPOSITION = 15;
    /** "as Ana Ruiz, the mayor of Ostrava, put it": how far back "as" may stand. */
    private static final int AS_PUT_IT_REACH = 16;
    private static final Set<String> TIES = Lexicon.STATEMENT_NOUNS;
    /** Words before "to" that make "to say" a report of saying ("went on to say", "was quick to add"). */
    private static final Set<String> SPEECH_FRAMES = whosaid.lexicon.WordList.set("infinitive-speech-frames");
    private static final Set<String> TIME_WORDS = whosaid.lexicon.WordList.set("reported-speech-lead-ins");

    private final List<Token> toks;
    private final MentionReader reader;
    private final SubjectReader subjects;

    SpeechEventFinder(List<Token> toks, MentionReader reader) {
        this.toks = toks;
        this.reader = reader;
        this.subjects = new SubjectReader(toks, reader);
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
            if ((l.equals("put") || l.equals("puts")) && v + 1 < e && toks.get(v + 1).lower().equals("it")) {
                // "As Ana Ruiz put it, “…”", "“…,” as the memo put it": "put it" is a verb of saying only in this frame
                SpeechEvent asPutIt = asPutIt(v, s);
                if (asPutIt != null) {
                    out.add(asPutIt);
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
            if (l.endsWith("ing") && Lexicon.isSpeechVerb(l) && v - 1 > s && quotationSoon(v + 1, e)) {
                // "…, with Ana Ruiz calling it a “wish list”": the name before the participle speaks
                Mention who = withNameParticiple(v, s);
                if (who != null) {
                    out.add(new SpeechEvent(v, t.text(), who, who.first(), v, false, null));
                    continue;
                }
            }
            if (l.endsWith("ing") && Lexicon.isSpeechVerb(l) && v - 1 > s && TIES.contains(toks.get(v - 1).lower())
                    && !toks.get(v - 1).isCapitalised() && quotationSoon(v + 1, e)) {
                // "Cobalt Freight issued a statement calling the ruling “…”": the statement's words are its issuer's
                Mention subject = subjects.sentenceSubject(s, v - 1);
                if (subject != null && subject.last() < v - 1 && (subject.head() == null || !TIES.contains(subject.head()))) {
                    out.add(new SpeechEvent(v, t.text(), subject, subject.first(), v, false, toks.get(v - 1).lower()));
                    continue;
                }
            }
            if (v - 2 > s && toks.get(v - 1).lower().equals("to") && Lexicon.isSpeechVerb(l) && !l.endsWith("ing")
                    && isSpeechFrame(v - 2) && quotationSoon(v + 1, e)) {
                // "Ana Ruiz took to Twitter to call the ruling “…”", "she went on to say that …": the infinitive
                // reports what the subject said; "declined to say" reports nothing
                Mention subject = subjects.sentenceSubject(s, v - 2);
                if (subject != null && subject.last() < v - 2) {
                    out.add(new SpeechEvent(v, t.text(), subject, subject.first(), v, false, null));
                }
                continue;
            }
            if (l.endsWith("ing") && Lexicon.isSpeechVerb(l) && v - 1 > s && toks.get(v - 1).is(",")
                    && (!Lexicon.WEAK_VERBS.contains(Lexicon.speechVerb(l)) || quotationSoon(v + 1, e))) {
                // "Skyline Air cancelled 300 flights, saying “…”": the clause's subject speaks
                Mention subject = subjects.sentenceSubject(s, v - 1);
                if (subject != null && subject.last() < v) {
                    out.add(new SpeechEvent(v, t.text(), subject, subject.first(), v, false, tieAfter(v + 1, e)));
                }
                continue;
            }
            boolean progressive = l.endsWith("ing") && v - 1 > s
                    && Lexicon.PROGRESSIVE_AUXILIARIES.contains(toks.get(v - 1).lower());
            if (!Lexicon.isSpeechVerb(l) || l.endsWith("ing") && !progressive
                    || !Character.isLowerCase(t.text().charAt(0)) && !frontedInvertedCue(v, s, e)) {
                continue;
            }
            if (v - 1 >= s && toks.get(v - 1).isWord()) {
                String p = toks.get(v - 1).lower();
                if (p.equals("to") || Lexicon.DETERMINERS.contains(p) && !p.equals("that")) {
                    continue; // "to say", "the report", "a call"
                }
            }
            SpeechEvent ev = eventAt(v, s, e);
            if (Lexicon.WEAK_VERBS.contains(Lexicon.speechVerb(l)) && !quotationSoon(v + 1, e)
                    && (ev == null || !rightAfterQuotation(ev.from(), s))) {
                continue; // "believe", "call", "describe" attribute only next to words in quotes or before "that"
            }
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
     * sentence or opens an apposition, signs the words as a pull quote or an epigraph does. The dash may be an em or en
     * dash or the quotation dash (horizontal bar), which some sites set before a signature.
     */
    private void dashEvents(int s, int e, List<SpeechEvent> out) {
        for (int q = s; q + 2 < e; q++) {
            Token dash = toks.get(q + 1);
            if (!toks.get(q).isQuote() || !(dash.is("—") || dash.is("–") || dash.is("―"))) {
                continue;
            }
            Mention m = reader.startingAt(q + 2, e);
            if (m == null || m.type() != Mention.Type.NAME || m.first() != q + 2) {
                continue;
            }
            int after = m.last() + 1;
            if (after < e && !toks.get(after).is(",") && !toks.get(after).is(".") && !lineBreakBefore(after)) {
                continue; // "“…” — Ana Ruiz said later": a verb follows, which the verb rules read
            }
            Mention who = withRightApposition(m, e);
            out.add(new SpeechEvent(q + 1, dash.text(), who, q + 1, Math.max(m.last(), who.last()), true, null));
        }
    }

    /** True when a line break stands between token k - 1 and token k: a signature line ends there. */
    private boolean lineBreakBefore(int k) {
        return k > 0 && reader.lineBreakAfter(k - 1);
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
            Mention subject = subjects.sentenceSubject(s, q - 1);
            if (subject != null && subject.last() < q - 1) {
                out.add(new SpeechEvent(q - 1, ":", subject, subject.first(), q - 1, false, null));
            }
        }
    }

    /**
     * "X was quoted (by state media) as saying": the speaker is the subject of "quoted", not of "saying".
     */
    private SpeechEvent quotedAsSaying(int v, int s) {
        for (int k = v - 2; k >= s && v - k <= QUOTED_AS_REACH; k--) {
            String w = toks.get(k).lower();
            if (Lexicon.QUOTING_VERBS.contains(w)) {
                // active "the agency quoted Hari Adhikari as saying": the object speaks; passive "X was quoted
                // as saying": the subject does
                Mention object = k + 1 < v - 1 ? reader.endingAt(v - 2, k + 1) : null;
                if (object != null && object.type() != Mention.Type.PRONOUN) {
                    return new SpeechEvent(v, w + " as " + toks.get(v).text(), object, k, v, false, null);
                }
                Mention m = subjects.leftSubject(k, s);
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

    /**
     * "as X put it": the mention between "as" and "put it" speaks; the event spans from "as" to "it", so a quotation
     * right before ("“…,” as X put it") or right after ("As X put it: “…”") is adjacent to it.
     */
    private SpeechEvent asPutIt(int v, int s) {
        if (v + 2 < toks.size() && toks.get(v + 2).isWord()) {
            return null; // "as prices rose, the council put it on hold"
        }
        for (int a = v - 2; a >= s && v - a <= AS_PUT_IT_REACH; a--) {
            Token t = toks.get(a);
            if (t.isQuote() || t.is(";")) {
                return null;
            }
            if (t.lower().equals("as")) {
                // the name right before "put it" ("as the Herald's Ana Ruiz put it"), else the one after "as" with
                // an apposition between ("as Ana Ruiz, the mayor, put it")
                Mention m = reader.endingAt(v - 1, a + 1);
                if (m == null || m.type() != Mention.Type.NAME) {
                    m = reader.startingAt(a + 1, v);
                }
                if (m == null || m.type() == Mention.Type.PRONOUN && m.last() != v - 1) {
                    return null;
                }
                for (int k = a + 1; k < m.first(); k++) {
                    if (!toks.get(k).isWord() && !toks.get(k).is("'s") && !toks.get(k).is("’s")) {
                        return null; // "as prices rose, Ana Ruiz …": a clause stands between
                    }
                }
                return new SpeechEvent(v, toks.get(v).text() + " it", m, a, v + 1, false, null);
            }
        }
        return null;
    }

    /**
     * "Said Ana Ruiz, “…”": a past form of a verb of saying that opens the sentence, followed by a name and a comma,
     * is an inverted cue, capital and all.
     */
    private boolean frontedInvertedCue(int v, int s, int e) {
        String l = toks.get(v).lower();
        if (v != s || l.endsWith("s") || l.endsWith("ing") || l.equals(Lexicon.speechVerb(l))) {
            return false;
        }
        Mention m = reader.startingAt(v + 1, e);
        return m != null && m.type() == Mention.Type.NAME && m.last() + 1 < e && toks.get(m.last() + 1).is(",");
    }

    /** True when the event's words come right after a quotation ("“…,” Ana Ruiz urged", "“…?” questioned Ruiz"). */
    private boolean rightAfterQuotation(int from, int s) {
        return from - 1 >= s && toks.get(from - 1).isQuote()
                || from - 2 >= s && toks.get(from - 1).is(",") && toks.get(from - 2).isQuote();
    }

    /** "with Ana Ruiz calling …": the name right before a participle that follows "with", else null. */
    private Mention withNameParticiple(int v, int s) {
        if (!MentionReader.isNamePart(toks.get(v - 1))) {
            return null;
        }
        Mention m = reader.endingAt(v - 1, s);
        if (m == null || m.type() != Mention.Type.NAME || m.first() - 1 < s
                || !toks.get(m.first() - 1).lower().equals("with")) {
            return null;
        }
        return m;
    }

    private boolean quotationSoon(int from, int e) {
        for (int k = from; k < Math.min(e, from + QUOTATION_REACH); k++) {
            Token t = toks.get(k);
            if (t.isQuote() || t.is(":") || t.lower().equals("that")) {
                return true;
            }
            if (t.is(".") || t.is(";") || t.isWord() && Lexicon.isSpeechVerb(t.lower()) && saysHere(k)) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether a word of saying in a weak verb's object is a verb of its own that the quotation may belong to
     * ("called the plan, which Ana Ruiz said was “…”"), not a noun or modifier of the object ("called her remarks
     * a “new low”", "called his email servers “careless”", "called a screaming fan a “bully”"): a past form, or a
     * form right after a subject pronoun.
     */
    private boolean saysHere(int k) {
        String l = toks.get(k).lower();
        if (l.endsWith("ed")) {
            return true;
        }
        if (!l.equals(Lexicon.speechVerb(l)) && !l.endsWith("s") && !l.endsWith("ing")) {
            return true; // "said", "told", "wrote"
        }
        return k > 0 && Lexicon.SUBJECT_PRONOUNS.contains(toks.get(k - 1).lower());
    }

    private SpeechEvent eventAt(int v, int s, int e) {
        String cue = toks.get(v).text();
        String tie = tieAfter(v + 1, e);
        Mention left = subjects.leftSubject(v, s);
        if (left != null) {
            return new SpeechEvent(v, cue, left, Math.min(left.first(), v), Math.max(left.last(), v), false, tie);
        }
        // inverted order after a quotation or at a clause start: "“…,” said Ana Ruiz, the mayor."
        int j = v - 1;
        boolean afterQuote = j < s || toks.get(j).isQuote() || toks.get(j).is(",") && j - 1 >= s && toks.get(j - 1).isQuote()
                || toks.get(j).is(",") || toks.get(j).is(":");
        if (afterQuote) {
            Mention right = reader.startingAt(v + 1, e);
            boolean quoteBefore = j < s || toks.get(j).isQuote() || j - 1 >= s && toks.get(j - 1).isQuote();
            if (right != null && !quoteBefore && startsClause(right.last() + 1, e)) {
                // "…, said Ana Ruiz has pushed the bill": the name opens the reported clause, it does not speak
                return null;
            }
            if (right != null && right.type() != Mention.Type.PRONOUN || right != null && v + 1 < e) {
                right = withRightApposition(right, e);
                return new SpeechEvent(v, cue, right, v, right.last(), true, tie);
            }
        }
        return null;
    }

    /**
     * True when the word at k, right before "to" and a verb of saying, makes the infinitive an act of saying:
     * a platform named in capitals ("took to Twitter to say") or a word of the speech-frames list ("went on to",
     * "was quick to", "used the occasion to").
     */
    private boolean isSpeechFrame(int k) {
        Token t = toks.get(k);
        return t.isWord() && (SPEECH_FRAMES.contains(t.lower()) || t.isCapitalised() && k > 0 && toks.get(k - 1).isWord()
                && toks.get(k - 1).lower().equals("to"));
    }

    /**
     * True when a lower-case word at k continues the phrase before it as a clause of its own ("has", "reassured"):
     * anything but a preposition, a coordinator, a relative pronoun or a time word.
     */
    private boolean startsClause(int k, int e) {
        if (k >= e || !toks.get(k).isWord() || !Character.isLowerCase(toks.get(k).text().charAt(0))) {
            return false;
        }
        String l = toks.get(k).lower();
        return !Lexicon.PREPOSITIONS.contains(l) && !Lexicon.COORDINATORS.contains(l)
                && !Lexicon.RELATIVE_PRONOUNS.contains(l) && !TIME_WORDS.contains(l);
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
        while (f < e && !toks.get(f).is(",") && !toks.get(f).is(".") && !toks.get(f).isQuote()
                && f - k < MAX_APPOSITION) {
            f++;
        }
        if (f - 1 <= k || !toks.get(k + 1).isWord()) {
            return m;
        }
        if (!subjects.describes(k + 1, f - 1) && f < e && toks.get(f).is(",")) {
            // "said Hal Berg, 70, a retired teacher": past the age to the role
            k = f;
            f = k + 1;
            while (f < e && !toks.get(f).is(",") && !toks.get(f).is(".") && !toks.get(f).isQuote()
                    && f - k < MAX_APPOSITION) {
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
                || !subjects.describes(k + 1, f - 1)) {
            return m;
        }
        return m.withRole(subjects.joined(k + 1, f - 1));
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

    private boolean quoteBetween(int a, int b) {
        for (int k = a + 1; k < b; k++) {
            if (toks.get(k).isQuote()) {
                return true;
            }
        }
        return false;
    }

    /** The noun phrase that opens the sentence (after a fronted adverbial), as the subject of a later verb. */
    Mention sentenceSubject(int s, int limit) {
        return subjects.sentenceSubject(s, limit);
    }
}
