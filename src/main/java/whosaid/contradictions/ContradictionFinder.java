package whosaid.contradictions;

import whosaid.claims.Statement;
import whosaid.quotes.QuoteKind;
import whosaid.ingest.Article;
import whosaid.text.ArticleText;
import whosaid.text.TextLayer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lists where reports disagree. It reads the articles' sentences (many disagreements are in plain reported
 * sentences, not quotes) from their text layer and the attributed statements, pairs up passages about the same thing through a
 * {@link CandidateIndex}, and tests each pair with explicit rules, one per kind: {@link NumericRule},
 * {@link DenialRule} (denial and the "other" kinds built on denials), {@link PleaRule} (a not-guilty plea against
 * the case stated), {@link QuoteRule} (attribution, wording,
 * a speaker against himself). Every listing says why in one line.
 */
public final class ContradictionFinder {

    /** Listings weaker than this are dropped: below it most pairs were about different things. */
    public static final double DEFAULT_MIN_STRENGTH = 0.2;

    private final double minStrength;
    private final TextLayer layer;
    private final QuantityParser quantities = new QuantityParser();

    public ContradictionFinder() {
        this(DEFAULT_MIN_STRENGTH);
    }

    public ContradictionFinder(double minStrength) {
        this(minStrength, new TextLayer());
    }

    /** @param layer makes the text layer of articles that come without one (read back from the store) */
    public ContradictionFinder(double minStrength, TextLayer layer) {
        this.minStrength = minStrength;
        this.layer = layer;
    }

    public List<Contradiction> find(List<ArticleRef> articles, List<Statement> statements) {
        return find(articles, statements, Map.of());
    }

    /**
     * @param claimOfStatement optional grouping of statements into claims (statement id → claim id); statements of
     *                         one claim by different speakers are attribution candidates even when worded apart
     * @return the contradictions found, strongest first, each pair of passages listed once
     */
    public List<Contradiction> find(List<ArticleRef> articles, List<Statement> statements,
                                    Map<Long, Long> claimOfStatement) {
        return find(articles, statements, claimOfStatement, Map.of());
    }

    /**
     * @param texts the text layer of articles analysed in this run (article id → layer), handed on so their
     *              sentences are not split again; the others get theirs made here, once each
     */
    public List<Contradiction> find(List<ArticleRef> articles, List<Statement> statements,
                                    Map<Long, Long> claimOfStatement, Map<Long, ArticleText> texts) {
        return find(articles, statements, claimOfStatement, texts, java.util.Set.of());
    }

    /**
     * The articles given are one story's; only pairs with a side in a fresh article are compared and listed (the
     * others were compared when the later of their articles came in). An empty fresh set compares every pair.
     */
    public List<Contradiction> find(List<ArticleRef> articles, List<Statement> statements,
                                    Map<Long, Long> claimOfStatement, Map<Long, ArticleText> texts,
                                    java.util.Set<Long> fresh) {
        Map<Long, List<Passage>> sentencesByArticle = new HashMap<>();
        Map<Long, ArticleText> textOf = new HashMap<>();
        List<Passage> sentences = new ArrayList<>();
        Map<Long, ArticleRef> byId = new HashMap<>();
        for (ArticleRef ref : articles) {
            byId.put(ref.articleId(), ref);
            Article art = ref.article();
            ArticleText text = texts.get(ref.articleId());
            if (text == null) {
                text = layer.of(art.title(), art.body());
            }
            textOf.put(ref.articleId(), text);
            List<Passage> list = new ArrayList<>();
            int ordinal = 0;
            for (ArticleText.Sentence s : text.sentences()) {
                int from = s.span().start();
                Side side = new Side(null, ref.articleId(), art.title(), art.outlet(), art.published(), null,
                        s.text(text.body()), from, s.span().end());
                list.add(Passage.of(side, ordinal++, s.paragraph(), Tokens.words(text.tokens(s), from), quantities,
                        side.text()));
            }
            sentencesByArticle.put(ref.articleId(), list);
            sentences.addAll(list);
        }
        List<Passage> said = new ArrayList<>();
        // Attribution and wording disputes are about quoted words; reported speech is the reporter's own wording.
        List<Passage> quoted = new ArrayList<>();
        for (Statement st : statements) {
            int ordinal = -1;
            for (Passage p : sentencesByArticle.getOrDefault(st.articleId(), List.of())) {
                if (!st.inTitle() && p.side().start() <= st.start() && st.start() < p.side().end()) {
                    ordinal = p.ordinal();
                }
            }
            Side side = new Side(st.id(), st.articleId(), st.articleTitle(), st.outlet(), st.published(),
                    st.speaker(), st.text(), st.start(), st.end());
            ArticleText text = textOf.get(st.articleId());
            boolean inBody = !st.inTitle() && text != null && st.end() <= text.body().length()
                    && st.text().equals(text.body().substring(st.start(), st.end()));
            List<Token> words = inBody ? Tokens.words(text.tokens(st.start(), st.end()), st.start())
                    : Tokens.tokenize(st.text());
            Passage passage = Passage.of(side, ordinal, -1, words, quantities,
                    st.context() != null ? st.context() : st.text());
            said.add(passage);
            if (st.kind() != QuoteKind.INDIRECT) {
                quoted.add(passage);
            }
        }
        java.util.function.BiPredicate<Passage, Passage> wanted = (x, y) -> isFresh(fresh, x.articleId(), y.articleId());
        CandidateIndex index = new CandidateIndex(wanted);
        List<Contradiction> all = new ArrayList<>();
        all.addAll(new NumericRule(index).find(union(sentences, said)));
        Map<Long, String> bodies = new HashMap<>();
        textOf.forEach((id, t) -> bodies.put(id, t.body()));
        all.addAll(new DenialRule(index).find(sentencesByArticle, sentences, said, bodies));
        all.addAll(new PleaRule(wanted).find(sentences));
        all.addAll(new QuoteRule(index).find(quoted, claimOfStatement));
        all.sort(Comparator.comparingDouble(Contradiction::strength).reversed());
        return dedupe(all.stream().filter(c -> c.strength() >= minStrength)
                .filter(c -> isFresh(fresh, c.a().articleId(), c.b().articleId())).toList());
    }

    private static boolean isFresh(java.util.Set<Long> fresh, long a, long b) {
        return fresh.isEmpty() || fresh.contains(a) || fresh.contains(b);
    }

    private static List<Passage> union(List<Passage> a, List<Passage> b) {
        List<Passage> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /**
     * One listing per pair of places: a quote and the sentence that holds it often both match, and so may two
     * rules; the strongest listing (they come sorted) stands for the pair.
     */
    private static List<Contradiction> dedupe(List<Contradiction> sorted) {
        List<Contradiction> kept = new ArrayList<>();
        // Two listings can only be the same pair of places when they join the same two articles: comparing each
        // listing with the kept ones of its article pair, not with all kept, keeps this linear in the listings.
        Map<ArticlePair, List<Contradiction>> keptByArticles = new HashMap<>();
        for (Contradiction c : sorted) {
            if (overlaps(c.a(), c.b())) {
                continue; // a reported statement and the sentence that holds it are one passage, not two reports
            }
            List<Contradiction> sameArticles = keptByArticles.computeIfAbsent(
                    ArticlePair.of(c.a().articleId(), c.b().articleId()), k -> new ArrayList<>());
            boolean dup = false;
            for (Contradiction k : sameArticles) {
                if ((overlaps(c.a(), k.a()) && overlaps(c.b(), k.b())) || (overlaps(c.a(), k.b()) && overlaps(c.b(), k.a()))) {
                    dup = true;
                    break;
                }
            }
            if (!dup) {
                kept.add(c);
                sameArticles.add(c);
            }
        }
        return kept;
    }

    /** Two article ids, smaller first, so that (a, b) and (b, a) are one key. */
    private record ArticlePair(long low, long high) {
        static ArticlePair of(long a, long b) {
            return new ArticlePair(Math.min(a, b), Math.max(a, b));
        }
    }

    private static boolean overlaps(Side x, Side y) {
        return x.articleId() == y.articleId() && x.start() < y.end() && y.start() < x.end();
    }
}
