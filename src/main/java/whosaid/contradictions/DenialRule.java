package whosaid.contradictions;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * denial: one party asserts what another denies ("X accused Y of sheltering Z" / "Y denied hosting Z"). A denial
 * is read as its denier (the names before the verb, in its clause) and its proposition (the words after it, up to
 * the clause's end); it is matched with passages that hold the proposition's acts and things (by concept, so
 * shelter = harbour = host) and name the denier, best when they are claims or accusations and when the denier
 * stands before the act as its doer.
 *
 * <p>Also the "other" kinds built on denials: a denial followed by a sentence that sets evidence against it
 * ("But ..."), and a party that "neither confirmed nor denied" what its own officials are reported saying.
 */
final class DenialRule {

    private record Denial(Passage passage, int verb, Set<String> denier, String denierText, String headAct, Set<String> proposition,
                          Set<String> propositionEntities, String propositionText, boolean anaphoric,
                          boolean nonConfirmation) {
        Set<String> keys() {
            Set<String> k = new LinkedHashSet<>(proposition);
            k.addAll(propositionEntities);
            k.addAll(denier);
            return k;
        }
    }

    /** How many asserting passages one denial is listed against. */
    private static final int MATCHES_PER_DENIAL = 3;

    private final CandidateIndex index;
    /** How many passages hold each concept: a concept most passages share ("country") says little. */
    private final Map<String, Integer> documentFrequency = new java.util.HashMap<>();
    private int passageCount;

    DenialRule(CandidateIndex index) {
        this.index = index;
    }

    /** @param bodies article id → body text, for a side that spans two sentences */
    List<Contradiction> find(Map<Long, List<Passage>> sentencesByArticle, List<Passage> sentences, List<Passage> said,
                             Map<Long, String> bodies) {
        List<Passage> all = new ArrayList<>(sentences);
        all.addAll(said);
        passageCount = all.size();
        for (Passage p : all) {
            p.concepts().forEach(c -> documentFrequency.merge(c, 1, Integer::sum));
        }
        List<Denial> denials = new ArrayList<>();
        for (Passage p : all) {
            Denial d = read(p);
            if (d != null) {
                denials.add(d);
            }
        }
        List<Contradiction> out = new ArrayList<>();
        List<Passage> denialPassages = denials.stream().map(Denial::passage).toList();
        Map<Passage, Denial> byPassage = new java.util.IdentityHashMap<>();
        denials.forEach(d -> byPassage.put(d.passage(), d));
        Map<Integer, List<Contradiction>> byDenial = new java.util.HashMap<>();
        for (CandidateIndex.Pair pair : index.pairs(denialPassages, p -> byPassage.get(p).keys(), all, Passage::concepts, 2)) {
            Denial d = denials.get(pair.a());
            Passage a = all.get(pair.b());
            if (a == d.passage() || d.anaphoric()) {
                continue;
            }
            Contradiction c = d.nonConfirmation() ? confirmedElsewhere(d, a) : asserted(d, a);
            if (c != null) {
                byDenial.computeIfAbsent(pair.a(), x -> new ArrayList<>()).add(c);
            }
        }
        // a denial answers one claim, restated a few times at most: its best matches stand, the rest are noise
        for (List<Contradiction> list : byDenial.values()) {
            list.sort(java.util.Comparator.comparingDouble(Contradiction::strength).reversed());
            out.addAll(list.subList(0, Math.min(MATCHES_PER_DENIAL, list.size())));
        }
        for (Denial d : denials) {
            List<Passage> article = sentencesByArticle.getOrDefault(d.passage().articleId(), List.of());
            int k = d.passage().ordinal();
            if (d.passage().isStatement() || k < 0) {
                continue;
            }
            if (d.anaphoric() && k > 0) {
                Passage before = article.get(k - 1);
                String body = bodies.get(d.passage().articleId());
                Passage owned = ownersClaim(d, article, k);
                // the claim is best shown by the quotation the sentence before ends ("“... ago,” she said."), and
                // a bare denial ("X denied that.") by the quotation that follows it with the denier's words
                Passage claim = owned != null ? owned : quotationIn(said, before);
                Passage after = k + 1 < article.size() ? quotationIn(said, article.get(k + 1)) : null;
                if (owned != null || claim != null || claimsSomething(before)) {
                    Side claimSide = (claim != null ? claim : before).side();
                    if (owned == null && claim != null && k >= 2 && body != null) {
                        claimSide = withReportBefore(claimSide, article.get(k - 2), before, said, body);
                    }
                    boolean bare = d.propositionText().isEmpty() || d.propositionText().length() <= 5;
                    // "X rejected the claim, saying ...": the denial's own sentence says what X answers
                    boolean quoteAfter = bare && after != null && !saysMore(d);
                    Side denialSide = quoteAfter ? after.side() : d.passage().side();
                    if (owned != null && k + 1 < article.size() && body != null) {
                        denialSide = withEvidenceAfter(d.passage(), article.get(k + 1), body);
                    }
                    String why = owned != null
                            ? name(d) + " disputes the account given before"
                            : (d.denierText().isEmpty() ? "the subject" : d.denierText()) + " denies what the sentence before states"
                                    + (quoteAfter ? ", in the words quoted after the denial" : "");
                    out.add(new Contradiction("denial", claimSide, denialSide, why, 0.6));
                }
            }
            if (!d.nonConfirmation() && k + 1 < article.size()) {
                Passage next = article.get(k + 1);
                if (!next.tokens().isEmpty() && Lexicon.CONTRAST_OPENERS.contains(next.tokens().get(0).lower())
                        && shares(next.entities(), d.keys())) {
                    out.add(new Contradiction("other", d.passage().side(), next.side(),
                            "the report sets evidence against the denial by " + name(d), 0.5));
                }
            }
        }
        return out;
    }

    /** How many sentences back the party's own statement is looked for when a denial names its account. */
    private static final int OWNER_LOOKBACK = 8;

    /**
     * "The union disputed the trust’s account": what is disputed is the named party's statement, not the sentence
     * before; it is the nearest earlier sentence whose subject is that party ("The trust has denied that ..."), or
     * null when the denial names no owner or none is found.
     */
    private static Passage ownersClaim(Denial d, List<Passage> article, int k) {
        List<Token> t = d.passage().tokens();
        String text = d.passage().text();
        String owner = null;
        for (int n = d.verb() + 1; n < Math.min(t.size() - 1, d.verb() + 3); n++) {
            String gap = text.substring(t.get(n).end(), t.get(n + 1).start());
            String w = t.get(n).lower();
            boolean possessive = gap.startsWith("’s") || gap.startsWith("'s") || w.endsWith("’s") || w.endsWith("'s");
            if (possessive && Lexicon.DISPUTED_OBJECTS.contains(t.get(n + 1).lower())) {
                owner = w.replaceAll("['’]s$", "");
                break;
            }
        }
        if (owner == null) {
            return null;
        }
        for (int j = k - 1; j >= Math.max(0, k - OWNER_LOOKBACK); j--) {
            Passage p = article.get(j);
            List<Token> pt = p.tokens();
            int head = 0;
            // past a time stamp or a dateline figure and a determiner ("10.02 The trust has denied ...")
            while (head < pt.size() - 1 && head < 3 && (pt.get(head).numeric() || DEFINITE.contains(pt.get(head).lower())
                    || pt.get(head).lower().equals("a") || pt.get(head).lower().equals("an"))) {
                head++;
            }
            // the owner heads the subject, perhaps after a modifier ("The ferry company has denied ...")
            boolean subject = head < pt.size() && pt.get(head).lower().equals(owner)
                    || head + 1 < pt.size() && pt.get(head + 1).lower().equals(owner) && !pt.get(head).capitalised();
            if (subject
                    && (claimsSomething(p) || pt.stream().anyMatch(x -> Lexicon.DENIAL.contains(x.lower())))) {
                return p;
            }
        }
        return null;
    }

    /** Whether a denial's sentence goes on past its clause with what the denier says instead ("..., saying ..."). */
    private static boolean saysMore(Denial d) {
        List<Token> t = d.passage().tokens();
        int end = clauseEnd(d.passage().text(), t.get(d.verb()).end());
        int words = 0;
        for (Token tk : t) {
            if (tk.start() >= end && !Lexicon.STOPWORDS.contains(tk.lower())) {
                words++;
            }
        }
        return words >= 3;
    }

    /**
     * A quotation that only adds to a report made in the sentence before it, in one paragraph ("X said V had told
     * colleagues she could accept eight years. “She has more room,” the diplomat said."): the claim a denial
     * answers is the report and the quotation together.
     */
    private static Side withReportBefore(Side quote, Passage report, Passage sentence, List<Passage> said, String body) {
        if (report.paragraph() < 0 || report.paragraph() != sentence.paragraph() || quote.start() < sentence.side().start()) {
            return quote;
        }
        boolean reported = false;
        for (Passage q : said) {
            Side s = q.side();
            reported |= q.articleId() == report.articleId() && s.start() >= report.side().start()
                    && s.end() <= report.side().end() && s.end() > s.start();
        }
        if (!reported || !claimsSomething(report)) {
            return quote;
        }
        int from = report.side().start();
        int to = Math.max(quote.end(), sentence.side().end());
        return new Side(quote.statementId(), quote.articleId(), quote.articleTitle(), quote.outlet(), quote.published(),
                quote.speaker(), body.substring(from, to), from, to);
    }

    /**
     * A dispute of another's account is shown with the sentence after it when that sentence, in the same paragraph,
     * reports what the disputing side says ("The union disputed the trust’s account. Its deputy said ...").
     */
    private static Side withEvidenceAfter(Passage dispute, Passage next, String body) {
        Side s = dispute.side();
        if (next.paragraph() < 0 || next.paragraph() != dispute.paragraph() || !claimsSomething(next)) {
            return s;
        }
        int to = next.side().end();
        return new Side(s.statementId(), s.articleId(), s.articleTitle(), s.outlet(), s.published(), s.speaker(),
                body.substring(s.start(), to), s.start(), to);
    }

    /** A passage that asserts what the denial denies. */
    private Contradiction asserted(Denial d, Passage a) {
        Denial other = read(a);
        if (other != null && !other.nonConfirmation() && (shares(other.denier(), d.denier()) || !hasAssertionBefore(a, other.verb()))) {
            return null; // the other passage denies too: they agree
        }
        if (!hasAssertion(a)) {
            return null; // a denial answers a claim: the other side must be said, claimed or reported by someone
        }
        Set<String> acts = new HashSet<>(d.proposition());
        acts.retainAll(a.concepts());
        if (negated(a, acts)) {
            return null; // "X will not support ...": the other side says no too
        }
        if (denierUndergoes(d, a, acts)) {
            return null; // "raids that killed 23 Pakistani soldiers": the denier suffers the act, it does not do it
        }
        Set<String> things = new HashSet<>(d.propositionEntities());
        things.retainAll(a.entities());
        double actWeight = 0;
        for (String act : acts) {
            actWeight += weight(act);
        }
        boolean denierNamed = shares(d.denier(), a.entities());
        int distance = a.articleId() == d.passage().articleId() && a.ordinal() >= 0
                ? Math.abs(a.ordinal() - d.passage().ordinal()) : Integer.MAX_VALUE;
        // the act denied (the verb after "denied") must be the act asserted, or several of its words must meet
        boolean headShared = d.headAct() != null && acts.contains(d.headAct());
        if (acts.isEmpty() || !(acts.size() >= 2 && actWeight >= 1.0) && !(headShared && namesTheAct(d))
                && !(distance <= 1 && denierNamed)) {
            // one shared word is chance, unless it is the very act denied ("denied killing") or the claim stands
            // right before or after the denial that answers it
            return null;
        }
        if (sourcedBy(a, d.denier()) || said(a, d.denier())) {
            return null; // the denier's own words: one side, not two
        }
        if (!denierNamed || accusesSomeoneElse(d, a)) {
            return null; // the claim must be about the denier
        }
        double score = 0.3 * Math.min(actWeight, 2.5) + 0.1 * Math.min(things.size(), 2);
        if (denierNamed) {
            score += 0.15;
            if (denierActs(d, a, acts)) {
                score += 0.25;
            }
        }
        if (hasAssertion(a)) {
            score += 0.12;
        }
        if (distance <= 2) {
            score += 0.25;
        } else if (distance != Integer.MAX_VALUE) {
            score += 0.05;
        }
        String why = name(d) + " denies " + d.propositionText() + "; the other passage asserts it"
                + (acts.isEmpty() ? "" : " (" + String.join(", ", acts) + ")");
        return new Contradiction("denial", a.side(), d.passage().side(), why, Math.min(1, score / 1.2));
    }

    /** A party neither confirms nor denies what its own people are reported saying. */
    private Contradiction confirmedElsewhere(Denial d, Passage a) {
        if (!sourcedBy(a, d.denier())) {
            return null;
        }
        Set<String> acts = new HashSet<>(d.proposition());
        acts.retainAll(a.concepts());
        double actWeight = 0;
        for (String act : acts) {
            actWeight += weight(act);
        }
        Set<String> things = new HashSet<>(d.propositionEntities());
        things.removeAll(d.denier());
        things.retainAll(a.entities());
        actWeight += 0.3 * Math.min(things.size(), 2);
        // one shared word ("leader") is chance, unless it is all the proposition has ("blamed the strikes on P")
        // and a thing it names is shared too
        Set<String> named = new HashSet<>(d.propositionEntities());
        named.retainAll(a.entities());
        boolean oneAct = d.proposition().size() == 1 && acts.size() == 1 && !named.isEmpty();
        if (!oneAct && (acts.size() < 2 || actWeight < 0.55)) {
            return null;
        }
        double score = 0.3 + 0.15 * Math.min(actWeight, 2);
        return new Contradiction("other", a.side(), d.passage().side(),
                name(d) + " neither confirms nor denies " + d.propositionText() + ", yet its own side is reported saying it",
                Math.min(1, score));
    }

    /** 0..1: how much a shared concept says, by how few passages hold it (inverse document frequency). */
    private double weight(String concept) {
        int df = documentFrequency.getOrDefault(concept, 1);
        return Math.log((passageCount + 1.0) / df) / Math.log(passageCount + 1.0);
    }

    /** Whether a shared act stands under a negation in the passage ("not supporting", "will not ... support"). */
    private static boolean negated(Passage a, Set<String> acts) {
        List<Token> t = a.tokens();
        for (int i = 0; i < t.size(); i++) {
            if (!acts.contains(Tokens.conceptOf(t.get(i)))) {
                continue;
            }
            for (int k = Math.max(0, i - 3); k < i; k++) {
                if (Lexicon.isNegation(t.get(k).lower())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the party is the source of the passage: named before its verb of saying ("P officials said"). */
    private static boolean sourcedBy(Passage a, Set<String> party) {
        List<Token> t = a.tokens();
        for (int i = 0; i < t.size(); i++) {
            String low = t.get(i).lower();
            if (low.equals("according")) {
                for (int k = i + 1; k < Math.min(t.size(), i + 5); k++) {
                    if (t.get(k).capitalised() && party.contains(Tokens.entityKey(t.get(k).text()))) {
                        return true;
                    }
                }
            } else if (low.equals("said") || low.equals("says") || low.equals("told")) {
                for (int k = Math.max(0, i - 4); k < i; k++) {
                    // the party is the subject of the saying: nothing but words between them ("P officials said")
                    String between = a.text().substring(t.get(k).end(), t.get(i).start());
                    if (t.get(k).capitalised() && party.contains(Tokens.entityKey(t.get(k).text()))
                            && (between.matches("[\\p{L}’' -]*") || between.matches(",\\s*who\\s+"))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether the denier is named before the shared act, as its doer ("Pakistan carried out strikes that killed"). */
    private static boolean denierActs(Denial d, Passage a, Set<String> acts) {
        int firstAct = Integer.MAX_VALUE;
        int firstDenier = Integer.MAX_VALUE;
        for (int i = 0; i < a.tokens().size(); i++) {
            Token t = a.tokens().get(i);
            String c = Tokens.conceptOf(t);
            if (c == null) {
                continue;
            }
            if (acts.contains(c)) {
                firstAct = Math.min(firstAct, i);
            }
            if (d.denier().contains(c)) {
                firstDenier = Math.min(firstDenier, i);
            }
        }
        return firstDenier < firstAct;
    }

    /** "X accused Y of ..." / "X blamed Y for ...": true when Y is named and is not the denier. */
    private static boolean accusesSomeoneElse(Denial d, Passage a) {
        List<Token> t = a.tokens();
        for (int i = 0; i < t.size(); i++) {
            String low = t.get(i).lower();
            if (!low.startsWith("accus") && !low.startsWith("blam")) {
                continue;
            }
            boolean named = false;
            boolean denier = false;
            for (int k = i + 1; k < Math.min(t.size(), i + 6); k++) {
                String w = t.get(k).lower();
                if (w.equals("of") || w.equals("for")) {
                    break;
                }
                if (t.get(k).capitalised()) {
                    named = true;
                    denier |= d.denier().contains(Tokens.entityKey(t.get(k).text()));
                }
            }
            if (named && !denier) {
                return true;
            }
        }
        return false;
    }

    /** Whether the denier is named right after every shared act, as the one it is done to. */
    private static boolean denierUndergoes(Denial d, Passage a, Set<String> acts) {
        List<Token> t = a.tokens();
        boolean any = false;
        for (int i = 0; i < t.size(); i++) {
            if (!acts.contains(Tokens.conceptOf(t.get(i)))) {
                continue;
            }
            boolean object = false;
            for (int k = i + 1; k < Math.min(t.size(), i + 5); k++) {
                object |= t.get(k).capitalised() && d.denier().contains(Tokens.entityKey(t.get(k).text()));
            }
            if (!object) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /** The longest quotation that ends inside the sentence, or null. */
    private static Passage quotationIn(List<Passage> said, Passage sentence) {
        Passage best = null;
        for (Passage q : said) {
            Side s = q.side();
            if (q.articleId() == sentence.articleId() && s.end() > sentence.side().start() && s.end() <= sentence.side().end()
                    && (best == null || s.end() - s.start() > best.side().end() - best.side().start())) {
                best = q;
            }
        }
        return best;
    }

    /** Whether a sentence reports a claim: a word of saying, claiming, accusing or reporting, or a claim-noun. */
    private static boolean claimsSomething(Passage p) {
        for (Token t : p.tokens()) {
            String w = t.lower();
            if (Lexicon.ASSERTION.contains(w) || Lexicon.ACCUSATION.contains(w) || Lexicon.DISPUTED_OBJECTS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasAssertion(Passage a) {
        return a.isStatement() || hasAssertionBefore(a, a.tokens().size());
    }

    private static boolean hasAssertionBefore(Passage a, int end) {
        for (int i = 0; i < Math.min(end, a.tokens().size()); i++) {
            if (Lexicon.ASSERTION.contains(a.tokens().get(i).lower())) {
                return true;
            }
        }
        return false;
    }

    /** Reads a passage as a denial, or null when it denies nothing. */
    static Denial read(Passage p) {
        List<Token> t = p.tokens();
        String text = p.text();
        for (int i = 0; i < t.size(); i++) {
            String low = t.get(i).lower();
            boolean nonConfirmation = false;
            int verb = i;
            if (Lexicon.DENIAL.contains(low)) {
                boolean negated = false;
                for (int k = Math.max(0, i - 3); k < i; k++) {
                    negated |= Lexicon.negatesVerb(t.get(k).lower());
                }
                if (negated) {
                    boolean confirmedToo = false;
                    for (int k = Math.max(0, i - 4); k < i; k++) {
                        confirmedToo |= t.get(k).lower().startsWith("confirm");
                    }
                    if (!confirmedToo) {
                        continue;
                    }
                    nonConfirmation = true;
                    verb = firstOf(t, i, "neither", "not");
                }
            } else if ((low.equals("claimed") || low.equals("claim")) && i + 1 < t.size()
                    && t.get(i + 1).lower().equals("responsibility") && i >= 1
                    && (t.get(i - 1).lower().equals("not") || i >= 2 && t.get(i - 2).lower().equals("not"))) {
                nonConfirmation = true;
                verb = i - 1;
                while (verb > 0 && !t.get(verb).lower().equals("not")) {
                    verb--;
                }
            } else {
                continue;
            }
            int clauseStart = clauseStart(text, t.get(verb).start());
            int clauseEnd = clauseEnd(text, t.get(i).end());
            if (!nonConfirmation && !disputesProposition(t, i, clauseStart, clauseEnd)) {
                continue; // "rejected the treaty", "denied him a hearing", "a contested convention", "was denied"
            }
            Set<String> denier = new LinkedHashSet<>();
            StringBuilder denierText = new StringBuilder();
            for (Token tk : t) {
                if (tk.start() >= clauseStart && tk.end() <= t.get(verb).start() && tk.capitalised()
                        && Tokens.isEntityLike(tk) && !Lexicon.ANAPHORIC_OBJECTS.contains(tk.lower())) {
                    denier.add(Tokens.entityKey(tk.text()));
                    denierText.append(denierText.length() == 0 ? "" : " ").append(tk.text());
                }
            }
            Set<String> prop = new LinkedHashSet<>();
            Set<String> propEntities = new LinkedHashSet<>();
            Token firstAfter = null;
            for (Token tk : t) {
                if (tk.start() > t.get(i).start() && tk.end() <= clauseEnd) {
                    String c = Tokens.conceptOf(tk);
                    if (firstAfter == null && !Lexicon.STOPWORDS.contains(tk.lower()) || firstAfter == null && Lexicon.ANAPHORIC_OBJECTS.contains(tk.lower())) {
                        firstAfter = tk;
                    }
                    if (c == null) {
                        continue;
                    }
                    (c.startsWith("@") ? propEntities : prop).add(c);
                }
            }
            String propText = firstAfter == null ? "" : text.substring(firstAfter.start(), Math.max(firstAfter.end(), clauseEnd)).strip();
            boolean allegationClause = false;
            for (Token tk : t) {
                if (tk.start() >= clauseStart && tk.end() <= t.get(verb).start() && Lexicon.ALLEGATION_NOUNS.contains(tk.lower())) {
                    allegationClause = clauseStart > 0;
                }
            }
            // "denied that." points back; "denied that any operations were cancelled" says what it denies
            boolean thatClause = firstAfter != null && firstAfter.lower().equals("that") && !prop.isEmpty();
            boolean anaphoric = !nonConfirmation && !allegationClause && !thatClause && pointsBack(t, i);
            if (!nonConfirmation && !allegationClause && !thatClause && namesOnlyAClaim(t, i)) {
                // "denies any wrongdoing", "rejected the allegation": what is denied is not spelled out here, so
                // the words after it are no proposition (only the sentence before can say what it was)
                prop.clear();
                propEntities.clear();
            }
            if (nonConfirmation || allegationClause) {
                // what was neither confirmed nor denied is stated before the clause ("X blamed P, a claim P neither ...")
                prop.clear();
                propEntities.clear();
                int from = 0;
                for (Token tk : t) {
                    if (tk.end() <= clauseStart && Lexicon.ASSERTION.contains(tk.lower()) && !tk.lower().equals("according")) {
                        from = tk.end(); // "Islamabad claims that P, an allegation ...": P is what is denied
                    }
                }
                int to = clauseStart;
                int according = text.lastIndexOf("according to", clauseStart);
                if (according > from) {
                    to = according; // "..., according to a P official": who said it is not what was said
                }
                for (Token tk : t) {
                    if ((tk.start() >= from && tk.end() <= to) || (clauseStart == 0 && tk.start() > t.get(i).end())) {
                        String c = Tokens.conceptOf(tk);
                        if (c != null) {
                            (c.startsWith("@") ? propEntities : prop).add(c);
                        }
                    }
                }
                propText = clauseStart > 0 ? "that " + text.substring(from, to).strip().replaceFirst("^that ", "").replaceAll("[,;–—\\s]+$", "")
                        : "responsibility";
                prop.removeAll(Lexicon.ACCUSATION);
            }
            if (denier.isEmpty() && !anaphoric) {
                continue;
            }
            String headAct = prop.isEmpty() ? null : prop.iterator().next();
            return new Denial(p, verb, denier, denierText.toString(), headAct, prop, propEntities, shorten(propText), anaphoric,
                    nonConfirmation);
        }
        return null;
    }

    /** Whether a denial names the act it denies as a gerund right after its verb ("denied killing", "denies hosting"). */
    private static boolean namesTheAct(Denial d) {
        List<Token> t = d.passage().tokens();
        int next = d.verb() + 1;
        if (d.nonConfirmation() || next >= t.size()) {
            return false;
        }
        String between = d.passage().text().substring(t.get(d.verb()).end(), t.get(next).start());
        return between.isBlank() && t.get(next).lower().endsWith("ing") && t.get(next).lower().length() > 5;
    }

    /** Whether a quoted statement is the party's own (its speaker is named by one of the party's names). */
    private static boolean said(Passage a, Set<String> party) {
        String speaker = a.side().speaker();
        if (speaker == null) {
            return false;
        }
        for (String part : speaker.split("\\s+")) {
            if (!part.isEmpty() && Character.isUpperCase(part.charAt(0)) && party.contains(Tokens.entityKey(part))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the denial's object is a claim-noun the sentence does not spell out ("denied any wrongdoing"). */
    static boolean namesOnlyAClaim(List<Token> t, int verb) {
        for (int n = verb + 1; n < Math.min(t.size(), verb + 4); n++) {
            String w = t.get(n).lower();
            if (Lexicon.DISPUTED_OBJECTS.contains(w)) {
                return n + 1 >= t.size() || !(t.get(n + 1).lower().equals("that") || t.get(n + 1).lower().equals("of")
                        || t.get(n + 1).lower().equals("about"));
            }
            if (!Lexicon.STOPWORDS.contains(w) && !DEFINITE.contains(w)) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> PRONOUNS = Set.of("that", "it", "this", "them");

    /** Determiners that make the disputed thing one already named ("the charges", "their account", "those reports"). */
    private static final Set<String> DEFINITE = Set.of("the", "their", "his", "her", "its", "those", "these", "such",
            "that", "this", "our", "my", "your");

    /**
     * Whether a denial points back at what was stated before it: its object is a definite claim-noun ("denied the
     * charges", "disputed their account", "dismissed those reports") that the sentence does not go on to spell out
     * ("the claim that ...", "the charges of ...").
     */
    static boolean pointsBack(List<Token> t, int verb) {
        int k = verb + 1;
        if (Lexicon.DENY.contains(t.get(verb).lower()) && k < t.size() && PRONOUNS.contains(t.get(k).lower())
                && (k + 1 >= t.size() || t.get(k + 1).lower().equals("too"))) {
            return true; // "X denied that." / "denied it": only "deny" takes a bare pronoun as a claim
        }
        if (k >= t.size() || !DEFINITE.contains(t.get(k).lower())) {
            return false;
        }
        for (int n = k + 1; n < Math.min(t.size(), k + 3); n++) {
            String w = t.get(n).lower();
            if (Lexicon.DISPUTED_OBJECTS.contains(w) || Lexicon.ANAPHORIC_OBJECTS.contains(w) && w.length() > 4) {
                return n + 1 >= t.size() || !(t.get(n + 1).lower().equals("that") || t.get(n + 1).lower().equals("of")
                        || t.get(n + 1).lower().equals("about"));
            }
        }
        return false;
    }

    /** Words that make a form of a verb of denial passive or adjectival ("was denied", "the disputed waters"). */
    private static final Set<String> PASSIVE_OR_ADJECTIVE = Set.of("was", "were", "be", "been", "being", "is", "are",
            "the", "a", "an", "its", "their", "his", "her");
    /** Finite verbs that show the words after "deny" are a clause ("denied the group was present"). */
    private static final Set<String> FINITE = Set.of("was", "were", "is", "are", "had", "has", "have", "did", "does",
            "do", "would", "could", "will", "can", "should", "might");

    /**
     * Whether the verb of denial at i disputes a proposition: "deny" followed by "that", a clause, a gerund or a
     * claim ("denied that", "denied the group was present", "denied hosting", "denied the charges"); the other
     * verbs followed by "that" or a claim ("rejected the allegation"), or ending a clause that names the claim
     * before ("an allegation Kabul has rejected"). A noun ("denials"), a passive or an adjective is no denial.
     */
    static boolean disputesProposition(List<Token> t, int i, int clauseStart, int clauseEnd) {
        String low = t.get(i).lower();
        if (low.startsWith("denial")) {
            return false;
        }
        int prev = i - 1;
        if (prev >= 0 && (t.get(prev).lower().endsWith("ly") || t.get(prev).lower().equals("long")
                || t.get(prev).lower().equals("also"))) {
            prev--; // "has long denied", "flatly rejected"
        }
        if (prev >= 0 && PASSIVE_OR_ADJECTIVE.contains(t.get(prev).lower()) && !low.endsWith("ing")) {
            return false; // "was denied", "the disputed waters"; "is denying" is active
        }
        boolean deny = Lexicon.DENY.contains(low);
        int end = Math.min(t.size(), i + 5);
        boolean clauseEnds = true;
        for (int k = i + 1; k < end; k++) {
            Token tk = t.get(k);
            if (tk.start() >= clauseEnd) {
                break;
            }
            clauseEnds = false;
            String w = tk.lower();
            if (k == i + 1 && w.equals("that")) {
                return true;
            }
            if (Lexicon.DISPUTED_OBJECTS.contains(w) || Lexicon.ANAPHORIC_OBJECTS.contains(w) && k > i + 1
                    && !w.equals("that") && !w.equals("this")) {
                return true;
            }
            if (deny && (FINITE.contains(w) && k > i + 1 || k == i + 1 && w.endsWith("ing") && w.length() > 5)) {
                return true;
            }
        }
        if (clauseEnds || i + 1 >= t.size() || t.get(i + 1).start() >= clauseEnd) {
            // the verb ends its clause: what it disputes was named before it ("a claim Kabul has rejected")
            for (Token tk : t) {
                if (tk.start() >= clauseStart && tk.end() <= t.get(i).start() && Lexicon.ALLEGATION_NOUNS.contains(tk.lower())) {
                    return true;
                }
            }
            return deny;
        }
        return false;
    }

    private static int firstOf(List<Token> t, int before, String... words) {
        for (int k = Math.max(0, before - 4); k < before; k++) {
            for (String w : words) {
                if (t.get(k).lower().equals(w)) {
                    return k;
                }
            }
        }
        return before;
    }

    /** Start of the clause holding the offset: after the last comma, semicolon, dash or opening parenthesis. */
    private static int clauseStart(String text, int at) {
        int best = 0;
        for (String sep : new String[]{", ", "; ", " – ", " — ", "(", ": "}) {
            int k = text.lastIndexOf(sep, at);
            if (k >= 0 && k + sep.length() <= at) {
                best = Math.max(best, k + sep.length());
            }
        }
        return best;
    }

    /** End of the clause from the offset: a semicolon, dash, closing parenthesis or a comma before a new clause. */
    private static int clauseEnd(String text, int from) {
        int end = text.length();
        for (String sep : new String[]{";", " – ", " — ", ")", ", even", ", while", ", but", ", although", ", though",
                ", as ", ", saying", ", and ", " and said", " and says", " and added", " but said"}) {
            int k = text.indexOf(sep, from);
            if (k >= 0) {
                end = Math.min(end, k);
            }
        }
        return end;
    }

    private static boolean shares(Set<String> a, Set<String> b) {
        for (String x : a) {
            if (b.contains(x)) {
                return true;
            }
        }
        return false;
    }

    private static String name(Denial d) {
        return d.denierText().isEmpty() ? "the subject" : d.denierText();
    }

    private static String shorten(String s) {
        s = s.replaceAll("[.\\s]+$", "");
        return s.length() > 80 ? s.substring(0, 77) + "..." : s;
    }
}
