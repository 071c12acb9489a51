package whosaid.attribution;

/**
 * A speech event touching the quotation: right after it ("“…,” said X", "“…” he said", "“…,” X, a ROLE, told …")
 * or right before it ("X said: “…”", "he said, “…”"). The most reliable pattern in news.
 */
final class AdjacentCueSieve implements Sieve {
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
                return new Decision(r.speaker(), ev.subject().text(), ev.cue(), name(), after ? 0.95 : 0.93);
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
    public String name() {
        return "adjacent-cue";
    }
}
