package whosaid.query;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import whosaid.store.ArticleColumns;
import whosaid.store.ArticleRow;
import whosaid.store.BrowseReads;
import whosaid.store.Database;
import whosaid.store.Reads;
import whosaid.store.StoredContradiction;
import whosaid.store.StoredQuote;
import whosaid.store.StoredSpeaker;
import whosaid.store.StoryReads;

/**
 * The reads behind the web app's pages, over one open store: each reads what its page shows and hands it on as the
 * query stage's records. Not for concurrent use: the web app keeps one per connection.
 */
public final class Browse {
    private final Listings listings;
    private final BrowseReads reads;
    private final Reads plain;
    private final StoryReads stories;

    public Browse(Database database) {
        this.listings = new Listings(database);
        this.reads = new BrowseReads(database);
        this.plain = new Reads(database);
        this.stories = new StoryReads(database);
    }

    /** One page of the stories, the one with most articles first. */
    public Paged<StoryView> stories(int page, int limit) {
        List<StoryView> items = stories.storiesPage((page - 1) * limit, limit).stream()
                .map(s -> new StoryView(s.id(), s.title(), s.firstPublished(), s.lastPublished(), s.articles(),
                        s.outlets(), s.articleRowIds(), s.articleIds(), s.speakers()))
                .toList();
        return new Paged<>(items, page, limit, stories.countStories());
    }

    /** One story with its articles (oldest first, each with its quotations), claims and contradictions. */
    public Optional<StoryReport> story(long id) {
        StoryView story = listings.story(id);
        if (story == null) {
            return Optional.empty();
        }
        List<QuoteView> quotes = listings.quotesOfArticles(story.articleRowIds());
        java.util.Map<Long, List<QuoteView>> byArticle = new java.util.HashMap<>();
        quotes.forEach(q -> byArticle.computeIfAbsent(q.articleRowId(), k -> new java.util.ArrayList<>()).add(q));
        List<SpeakerReport.ArticleQuotes> articles = new java.util.ArrayList<>();
        for (whosaid.store.StoredArticle a : plain.articles(story.articleRowIds())) {
            articles.add(new SpeakerReport.ArticleQuotes(a.articleId(), a.title(), a.outlet(), a.published(),
                    List.copyOf(byArticle.getOrDefault(a.rowId(), List.of()))));
        }
        articles.sort(java.util.Comparator.comparing(SpeakerReport.ArticleQuotes::published,
                java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())));
        Set<Long> claimIds = new java.util.LinkedHashSet<>();
        quotes.stream().map(QuoteView::claimId).filter(c -> c != null).forEach(claimIds::add);
        List<ClaimView> claims = ClaimView.all(listings.claims(claimIds), quotes);
        return Optional.of(new StoryReport(story, List.copyOf(articles), claims, listings.contradictions(id)));
    }

    public Optional<SpeakerView> speaker(long id) {
        return reads.speaker(id).map(Browse::view);
    }

    /** Speakers whose name or an alias holds {@code name} (null or blank: everyone), most quoted first. */
    public Paged<SpeakerView> speakers(String name, int page, int limit) {
        int total = reads.countSpeakers(name);
        List<SpeakerView> items = reads.speakersPage(name, (page - 1) * limit, limit).stream()
                .map(Browse::view).toList();
        return new Paged<>(items, page, limit, total);
    }

    /** Everything one speaker said, their claims and the contradictions with a side of theirs. */
    public SpeakerReport report(SpeakerView speaker) {
        List<QuoteView> quotes = reads.quotesOfSpeaker(speaker.id()).stream().map(Browse::view).toList();
        Set<Long> claimIds = new TreeSet<>();
        quotes.stream().map(QuoteView::claimId).filter(id -> id != null).forEach(claimIds::add);
        List<ContradictionView> contradictions = reads.contradictions(null, null, List.of(speaker.id()), null, 0,
                SPEAKER_CONTRADICTIONS).stream().map(Browse::view).toList();
        return SpeakerReport.of(speaker, quotes, listings.claims(claimIds), contradictions);
    }

    public Optional<ArticleDetail> article(String articleId) {
        return reads.article(articleId).map(row -> {
            ArticleColumns a = row.article();
            List<QuoteView> quotes = reads.quotesOfArticle(row.rowId()).stream().map(Browse::view).toList();
            String id = a.externalId() != null ? a.externalId() : Long.toString(row.rowId());
            return new ArticleDetail(row.rowId(), id, a.title(), a.dek(), a.outlet(), a.byline(), a.published(),
                    a.url(), a.source(), a.line(), a.body(), quotes, stories.storyOf(List.of(row.rowId())).get(row.rowId()));
        });
    }

    public Optional<ClaimView> claim(long id) {
        List<ClaimView> views = ClaimView.all(listings.claims(List.of(id)), listings.quotesOfClaims(List.of(id)));
        return views.isEmpty() ? Optional.empty() : Optional.of(views.get(0));
    }

    /** Speakers a contradiction filter by name stands for: at most this many, the most quoted. */
    private static final int SPEAKERS_PER_NAME = 200;
    /** A speaker page's contradictions are read up to this many; the contradictions page lists the rest. */
    private static final int SPEAKER_CONTRADICTIONS = 500;

    /** One page of the contradictions that pass the filter, strongest first. */
    public Paged<ContradictionView> contradictions(ContradictionFilter filter, int page, int limit) {
        List<Long> speakerIds = filter.speaker() == null ? null
                : reads.speakerIdsNamed(filter.speaker(), SPEAKERS_PER_NAME);
        if (speakerIds != null && speakerIds.isEmpty()) {
            return new Paged<>(List.of(), page, limit, 0);
        }
        int total = reads.countContradictions(filter.kind(), filter.minStrength(), speakerIds, filter.story());
        List<ContradictionView> items = reads.contradictions(filter.kind(), filter.minStrength(), speakerIds, filter.story(),
                (page - 1) * limit, limit).stream().map(Browse::view).toList();
        return new Paged<>(items, page, limit, total);
    }

    /** The wording of some stored claim: a question that makes the fact-check query read everything it uses. */
    public Optional<String> someClaimText() {
        return reads.someClaimText();
    }

    public List<OutletView> outlets() {
        return listings.outlets();
    }

    /** How many entries {@link #outlets()} lists, without counting each one's quotes. */
    public int outletCount() {
        return plain.outletCount();
    }

    private static SpeakerView view(StoredSpeaker s) {
        return new SpeakerView(s.id(), s.name(), s.kind(), s.role(), s.affiliation(), s.anonymous(), s.aliases(),
                s.quotes(), s.outlets());
    }

    private static ContradictionView view(StoredContradiction c) {
        return new ContradictionView(c.id(), c.kind(), side(c.a()), side(c.b()), c.why(), c.strength(), c.storyId());
    }

    private static ContradictionView.Side side(StoredContradiction.Side s) {
        return new ContradictionView.Side(s.quoteId(), s.articleRowId(), s.articleId(), s.articleTitle(), s.outlet(),
                s.published(), s.speaker(), s.text(), s.start(), s.end());
    }

    private static QuoteView view(StoredQuote q) {
        return new QuoteView(q.quoteId(), q.articleRowId(), q.articleId(), q.articleTitle(), q.outlet(),
                q.published(), q.text(), q.start(), q.end(), q.inTitle(), q.kind(), q.speakerId(), q.speaker(),
                q.speakerMention(), q.cue(), q.sieve(), q.claimId(), q.confidence());
    }
}
