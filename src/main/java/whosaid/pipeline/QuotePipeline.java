package whosaid.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import whosaid.attribution.ArticleAttribution;
import whosaid.attribution.ArticleSpeaker;
import whosaid.attribution.Attribution;
import whosaid.attribution.KnownSpeaker;
import whosaid.attribution.LinkedSpeaker;
import whosaid.attribution.QuoteAttributor;
import whosaid.attribution.SieveName;
import whosaid.attribution.SpeakerKind;
import whosaid.attribution.SpeakerLinker;
import whosaid.ingest.Article;
import whosaid.quotes.Quote;
import whosaid.quotes.QuoteDetector;
import whosaid.quotes.QuoteKind;
import whosaid.quotes.ReportedSpeechFinder.ReportedStatement;
import whosaid.quotes.ReportedSpeechFinder;
import whosaid.store.StoredSpeaker;
import whosaid.text.ArticleText;
import whosaid.text.TextLayer;

/**
 * The analysis of one article: quotations found ({@link QuoteDetector}), reported speech found
 * ({@link ReportedSpeechFinder}), both attributed ({@link QuoteAttributor}) and every speaker linked to one entity
 * across articles ({@link SpeakerLinker}). One instance serves one ingest run: the linker remembers the speakers of
 * the articles analysed so far, so the second article of a run already knows the first one's people.
 */
public final class QuotePipeline {
    private final QuoteDetector detector = new QuoteDetector();
    private final TextLayer layer = new TextLayer();
    private final ReportedSpeechFinder reported = new ReportedSpeechFinder(layer);
    private final QuoteAttributor attributor = new QuoteAttributor();
    private final SpeakerLinker linker;
    /** Ids at or below this are stored speakers; the linker numbers new ones above it. */
    private final long lastStoredId;

    public QuotePipeline(List<StoredSpeaker> knownSpeakers) {
        List<KnownSpeaker> known = new ArrayList<>();
        for (StoredSpeaker s : knownSpeakers) {
            known.add(known(s));
        }
        linker = new SpeakerLinker(known);
        lastStoredId = knownSpeakers.stream().mapToLong(StoredSpeaker::id).max().orElse(0);
    }

    /** The quotations and reported statements found in one article, not yet attributed, and its text layer. */
    public record Detected(Article article, ArticleText text, List<Quote> quotes, List<Quote> reported) {
    }

    /**
     * One article's two readings (quotations, reported speech), attributed but not yet linked across articles, and
     * its quotations that are nobody's speech (titles, scare quotes), which no reading sees.
     */
    // Serializable: the Spark job (whosaid.spark) ships it from the machine that analysed it to the one that stores it.
    public record Attributed(Article article, ArticleAttribution direct, ArticleAttribution indirect,
                             List<Quote> notSpeech) implements java.io.Serializable {
    }

    /** The whole analysis of one article: detected, attributed, then linked to the articles analysed before. */
    public AnalysedArticle analyze(Article article) {
        return link(attribute(detect(article)));
    }

    /** Finds the quotations and the reported speech of one article. Safe to call from several threads. */
    public Detected detect(Article article) {
        ArticleText text = layer.of(article.title(), article.body());
        List<Quote> quotes = detector.detect(text);
        return new Detected(article, text, quotes, indirectQuotes(text, quotes));
    }

    /** Says who spoke each quotation and statement, within the article. Safe to call from several threads. */
    public Attributed attribute(Detected d) {
        // A title or a scare quote is nobody's words: attributing it would give a show's name a speaker.
        ArticleAttribution direct = attributor.analyse(d.text(), d.article(),
                d.quotes().stream().filter(q -> q.kind().speech()).toList());
        // Reported speech is attributed in a reading of its own so that it cannot change who said the quotations.
        ArticleAttribution indirect = attributor.analyse(d.text(), d.article(), d.reported());
        return new Attributed(d.article(), direct, indirect,
                d.quotes().stream().filter(q -> !q.kind().speech()).toList());
    }

    /** Links the article's speakers to the entities of the articles linked before it. One thread, article order. */
    public AnalysedArticle link(Attributed a) {
        ArticleAttribution direct = a.direct();
        ArticleAttribution indirect = a.indirect();
        Map<String, QuoteSpeaker> refs = new HashMap<>();
        link(direct, refs);
        link(indirect, refs);

        List<AnalysedQuote> quotes = new ArrayList<>();
        for (ArticleAttribution reading : List.of(direct, indirect)) {
            for (Attribution at : reading.attributions()) {
                QuoteSpeaker ref = at.speaker() == null ? null : refs.get(at.speaker());
                quotes.add(new AnalysedQuote(at.quote(), ref, at.mention(), at.cue(), at.sieve(), at.confidence()));
            }
        }
        for (Quote q : a.notSpeech()) {
            quotes.add(new AnalysedQuote(q, null, null, null, SieveName.NONE.label(), 0.0));
        }
        quotes.sort((x, y) -> Integer.compare(order(x.quote()), order(y.quote())));
        return new AnalysedArticle(a.article(), quotes);
    }

    /** Title quotes first, then body quotes in reading order. */
    private static int order(Quote q) {
        return q.inTitle() ? q.start() - Integer.MAX_VALUE / 2 : q.start();
    }

    /**
     * Reported clauses that no quotation of speech overlaps: a quoted clause is already stored as the quotation, but
     * a scare quote inside a clause ("she said the so-called “reform” failed") leaves the clause reported speech.
     */
    private List<Quote> indirectQuotes(ArticleText text, List<Quote> quotes) {
        List<Quote> out = new ArrayList<>();
        for (ReportedStatement r : reported.find(text)) {
            boolean quoted = quotes.stream()
                    .anyMatch(q -> !q.inTitle() && q.kind().speech() && q.start() < r.end() && r.start() < q.end());
            if (!quoted && r.end() > r.start()) {
                out.add(new Quote(false, r.start(), r.end(), r.text(), QuoteKind.INDIRECT, false));
            }
        }
        return out;
    }

    private void link(ArticleAttribution reading, Map<String, QuoteSpeaker> refs) {
        for (ArticleSpeaker s : reading.speakers()) {
            if (!refs.containsKey(s.name())) {
                refs.put(s.name(), ref(linker.link(s)));
            }
        }
    }

    private QuoteSpeaker ref(LinkedSpeaker linked) {
        KnownSpeaker k = linked.speaker();
        // The store takes negative ids as "not stored yet, same entity within this run".
        long id = k.id() > lastStoredId ? -k.id() : k.id();
        return new QuoteSpeaker(id, k.canonicalName(), k.kind(), k.anonymous(), k.role(), k.aliases());
    }

    private static KnownSpeaker known(StoredSpeaker s) {
        Set<String> names = new LinkedHashSet<>();
        names.add(s.name());
        for (String alias : s.aliases()) {
            // Descriptors ("the minister") are stored as aliases too, but only name forms link entities.
            if (!alias.isEmpty() && !Character.isLowerCase(alias.codePointAt(0))) {
                names.add(alias);
            }
        }
        return new KnownSpeaker(s.id(), s.name(), kind(s.kind()), s.role(), s.anonymous(), names);
    }

    static SpeakerKind kind(String label) {
        try {
            return label == null ? SpeakerKind.UNKNOWN : SpeakerKind.valueOf(label.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return SpeakerKind.UNKNOWN;
        }
    }
}
