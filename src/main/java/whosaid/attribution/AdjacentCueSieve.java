package whosaid.attribution;

/**
 * A speech event touching the quotation: right after it ("“…,” said X", "“…” he said", "“…,” X, a ROLE, told …")
 * or right before it ("X said: “…”", "he said, “…”"). The most reliable pattern in news.
 */
final class AdjacentCueSieve implements Sieve {
    /** "“…,” said X": the cue after the words is the most reliable pattern of all. */
    static final double AFTER = 0.95;
    /** "X said: “…”": as sure, save for the odd lead-in that introduces a quotation further on. */
    static final double BEFORE = 0.93;

    @Override
    public Decision decide(QuoteSite site) {
        int q = site.token();
        for (ResolvedEvent r : site.events()) {
            SpeechEvent ev = r.event();
            if (r.speaker() == null) {
                continue;
            }
            boolean after = ev.from() == q + 1 || ev.from() == q + 2 && isComma(site, q + 1);
            boolean before = ev.to() == q - 1 || ev.to() == q - 2 && (isComma(site, q - 1) || isColon(site, q - 1));
            if (after || before) {
                return new Decision(r.speaker(), ev.subject().text(), ev.cue(), name(), after ? AFTER : BEFORE);
            }
        }
        return null;
    }

    private static boolean isComma(QuoteSite s, int i) {
        return i >= 0 && i < s.toks().size() && s.toks().get(i).is(",");
    }

    private static boolean isColon(QuoteSite s, int i) {
        return i >= 0 && i < s.toks().size() && s.toks().get(i).is(":");
    }

    @Override
    public SieveName name() {
        return SieveName.ADJACENT_CUE;
    }
}
