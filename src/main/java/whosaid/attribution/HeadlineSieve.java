package whosaid.attribution;

/**
 * "Okafor: Reform the ‘Only Fair Path’": the quotations after a "Name:" headline's colon are the named speaker's,
 * once the article has borne the name out (see {@link HeadlineSpeaker#confirm}).
 */
final class HeadlineSieve implements Sieve {
    /** The headline's colon is as explicit as a cue, but the name is the writer's shorthand. */
    static final double CONFIDENCE = 0.9;

    @Override
    public Decision decide(QuoteSite site) {
        HeadlineSpeaker h = site.article().headline();
        if (h == null || !h.standing() || !site.quote().inTitle() || site.quote().start() <= h.wordsEnd()) {
            return null;
        }
        return new Decision(h.entity(), h.words(), ":", name(), CONFIDENCE);
    }

    @Override
    public boolean needsWholeArticle() {
        return true;
    }

    @Override
    public SieveName name() {
        return SieveName.HEADLINE;
    }
}
