package whosaid.query;

import java.util.Collection;
import java.util.List;

import whosaid.store.Database;
import whosaid.store.Reads;
import whosaid.store.StoredArticle;
import whosaid.store.StoredClaim;
import whosaid.store.StoredContradiction;
import whosaid.store.StoredOutlet;
import whosaid.store.StoredQuote;
import whosaid.store.StoredSpeaker;
import whosaid.store.StoredStory;
import whosaid.store.StoryReads;

/**
 * What the commands list, read from the store and handed on as the query stage's own records, so that no caller
 * above this stage depends on the store's rows.
 */
public final class Listings {
    private final Reads reads;
    private final StoryReads stories;

    public Listings(Database database) {
        this.reads = new Reads(database);
        this.stories = new StoryReads(database);
    }

    /** Every story, the one with most articles first. */
    public List<StoryView> stories() {
        return stories.stories().stream().map(Listings::view).toList();
    }

    /** The story with this id, or null. */
    public StoryView story(long id) {
        StoredStory s = stories.story(id);
        return s == null ? null : view(s);
    }

    /** The quotes of these articles (row ids), in article order. */
    public List<QuoteView> quotesOfArticles(Collection<Long> articleRowIds) {
        return views(reads.quotesOfArticles(articleRowIds));
    }

    public List<ArticleView> articles() {
        return reads.articles().stream().map(Listings::view).toList();
    }

    /** The article's stored body, the text every offset points into. */
    public String articleText(long rowId) {
        return reads.body(rowId);
    }

    public List<OutletView> outlets() {
        return reads.outlets().stream().map(Listings::view).toList();
    }

    /**
     * The speakers a user means by {@code name} ({@link SpeakerLookup}), with their counts and outlets: the names
     * are read alone, and only the speakers found are counted.
     */
    public List<SpeakerView> speakersCalled(String name) {
        List<SpeakerView> byName = reads.speakerNames().stream().map(Listings::view).toList();
        List<Long> ids = SpeakerLookup.find(byName, name).stream().map(SpeakerView::id).toList();
        java.util.Map<Long, SpeakerView> full = new java.util.HashMap<>();
        reads.speakers(ids).forEach(s -> full.put(s.id(), view(s)));
        return ids.stream().map(full::get).toList();
    }

    /** The contradictions that involve a quote of this speaker, strongest first. */
    public List<ContradictionView> contradictionsOfSpeaker(long speakerId) {
        return reads.contradictionsOfSpeaker(speakerId).stream().map(Listings::view).toList();
    }

    /** Every speaker, most quoted first. */
    public List<SpeakerView> speakers() {
        return reads.speakers().stream().map(Listings::view).toList();
    }

    public List<QuoteView> quotes(QuoteFilter filter) {
        return views(reads.quotes(filter.speakerIds(), filter.outlet(), filter.article(), filter.kinds()));
    }

    /** The quotes under these claims: the fact-check query reads only its candidates' quotes. */
    public List<QuoteView> quotesOfClaims(Collection<Long> claimIds) {
        return views(reads.quotesOfClaims(claimIds));
    }

    public List<ClaimSummary> claims() {
        return reads.claims().stream().map(Listings::view).toList();
    }

    /** The claims with these ids, in id order. */
    public List<ClaimSummary> claims(Collection<Long> ids) {
        return reads.claims(ids).stream().map(Listings::view).toList();
    }

    /** Ids of the claims whose wordings share words with the text, best full-text match first. */
    public List<Long> claimsMatching(String text, int limit) {
        return reads.claimsMatching(text, limit);
    }

    /** Every listed contradiction, strongest first. */
    public List<ContradictionView> contradictions() {
        return reads.contradictions().stream().map(Listings::view).toList();
    }

    /** The contradictions found inside one story, strongest first. */
    public List<ContradictionView> contradictions(long storyId) {
        return reads.contradictions(storyId).stream().map(Listings::view).toList();
    }

    private static List<QuoteView> views(List<StoredQuote> quotes) {
        return quotes.stream().map(Listings::view).toList();
    }

    private static StoryView view(StoredStory s) {
        return new StoryView(s.id(), s.title(), s.firstPublished(), s.lastPublished(), s.articles(), s.outlets(),
                s.articleRowIds(), s.articleIds(), s.speakers());
    }

    private static ArticleView view(StoredArticle a) {
        return new ArticleView(a.rowId(), a.articleId(), a.title(), a.outlet(), a.byline(), a.published(), a.url(),
                a.source(), a.line(), a.chars());
    }

    private static OutletView view(StoredOutlet o) {
        return new OutletView(o.name(), o.articles(), o.quotes(), o.speakers(), o.first(), o.last());
    }

    private static SpeakerView view(StoredSpeaker s) {
        return new SpeakerView(s.id(), s.name(), s.kind(), s.role(), s.affiliation(), s.anonymous(), s.aliases(),
                s.quotes(), s.outlets());
    }

    private static QuoteView view(StoredQuote q) {
        return new QuoteView(q.quoteId(), q.articleRowId(), q.articleId(), q.articleTitle(), q.outlet(),
                q.published(), q.text(), q.start(), q.end(), q.inTitle(), q.kind(), q.speakerId(), q.speaker(),
                q.speakerMention(), q.cue(), q.sieve(), q.claimId(), q.confidence());
    }

    private static ClaimSummary view(StoredClaim c) {
        return new ClaimSummary(c.id(), c.text(), c.firstPublished(), c.lastPublished());
    }

    private static ContradictionView view(StoredContradiction c) {
        return new ContradictionView(c.id(), c.kind(), view(c.a()), view(c.b()), c.why(), c.strength(), c.storyId());
    }

    private static ContradictionView.Side view(StoredContradiction.Side s) {
        return new ContradictionView.Side(s.quoteId(), s.articleRowId(), s.articleId(), s.articleTitle(), s.outlet(),
                s.published(), s.speaker(), s.text(), s.start(), s.end());
    }
}
