package whosaid.attribution;

import whosaid.text.Token;

import java.util.Set;

/**
 * A speech event elsewhere in the quotation's sentence: the nearest one before it ("X said that under the plan,
 * “…”", "X described the attacks as “…”"), else the first one after it unless a new clause starts between
 * ("… “retaliatory operations” on the outposts, Radio Y reported").
 */
final class SentenceCueSieve implements Sieve {
    private static final Set<String> CLAUSE_BREAKS = Set.copyOf(java.util.Arrays.asList("while", "but", "whereas", ";", "although", "though"));

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
            return new Decision(before.speaker(), before.event().subject().text(), before.event().cue(), name(), 0.85);
        }
        if (after != null) {
            return new Decision(after.speaker(), after.event().subject().text(), after.event().cue(), name(), 0.75);
        }
        return null;
    }

    private static boolean clauseBreakBetween(QuoteSite site, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            Token t = site.toks().get(i);
            if (CLAUSE_BREAKS.contains(t.lower()) || t.isQuote()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String name() {
        return "sentence-cue";
    }
}
