package whosaid.attribution;

import whosaid.text.Token;

import java.util.Set;


/**
 * A speech event elsewhere in the quotation's sentence: the nearest one before it ("X said that under the plan,
 * “…”", "X described the attacks as “…”"), else the first one after it unless a new clause starts between
 * ("… “retaliatory operations” on the outposts, Radio Y reported").
 */
final class SentenceCueSieve implements Sieve {
    /** A cue earlier in the sentence governs what follows it more often than not. */
    static final double BEFORE = 0.85;
    /** A cue later in the sentence may belong to a clause of its own. */
    static final double AFTER = 0.75;
    private static final Set<String> CLAUSE_BREAKS = Lexicon.CLAUSE_BREAKS;

    @Override
    public Decision decide(QuoteSite site) {
        int q = site.token();
        ResolvedEvent before = null;
        ResolvedEvent after = null;
        for (ResolvedEvent r : site.events()) {
            if (r.speaker() == null) {
                continue;
            }
            if (r.event().to() < q) {
                before = r;
            } else if (after == null && r.event().from() > q && !clauseBreakBetween(site, q, r.event().from())) {
                after = r;
            }
        }
        if (before != null) {
            return new Decision(before.speaker(), before.event().subject().text(), before.event().cue(), name(), BEFORE);
        }
        if (after != null) {
            return new Decision(after.speaker(), after.event().subject().text(), after.event().cue(), name(), AFTER);
        }
        return null;
    }

    private static boolean clauseBreakBetween(QuoteSite site, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            Token t = site.toks().get(i);
            if (CLAUSE_BREAKS.contains(t.lower()) || t.isQuote() && cuedBy(site, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "will carry “a great deal of weight” and bring the “firepower” they need, Ana Ruiz said": a quotation between
     * this one and the cue after it is another fragment of the same report, unless a cue of its own sits next to it
     * ("… “no,” Ivo Dent said, and “yes,” Ana Ruiz said").
     */
    private static boolean cuedBy(QuoteSite site, int quote) {
        for (ResolvedEvent r : site.events()) {
            int from = r.event().from();
            int to = r.event().to();
            if (from == quote + 1 || from == quote + 2 && site.toks().get(quote + 1).is(",")
                    || to == quote - 1 || to == quote - 2 && (site.toks().get(quote - 1).is(",")
                    || site.toks().get(quote - 1).is(":"))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public SieveName name() {
        return SieveName.SENTENCE_CUE;
    }
}
