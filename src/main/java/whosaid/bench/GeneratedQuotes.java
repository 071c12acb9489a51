package whosaid.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import whosaid.ingest.Article;
import whosaid.store.ArticleColumns;
import whosaid.store.BulkLoad;
import whosaid.store.Database;

/**
 * Loads generated quotes that already know their claim: the check benchmark measures the query, not the grouping,
 * so speakers are taken by name and claims by the generator's key instead of being decided by the pipeline. Ids are
 * given here so that each batch is one prepared statement a table.
 */
final class GeneratedQuotes {
    /** One quotation: its span in the article body, its speaker's name, and the claim it states (any key). */
    record Quote(int start, int end, String speaker, long claimKey) {
    }

    /** One article with its quotations. */
    record Entry(Article article, List<Quote> quotes) {
    }

    private static final String SPEAKER_KIND = "person";
    private static final String QUOTE_KIND = "direct";

    private final BulkLoad load;
    private final Map<String, Long> speakers = new HashMap<>();
    private final Map<Long, Long> claims = new HashMap<>();
    private long nextArticle;
    private long nextQuote;
    private long nextSpeaker;
    private long nextClaim;

    GeneratedQuotes(Database database) {
        load = new BulkLoad(database);
        BulkLoad.NextIds next = load.nextIds();
        nextArticle = next.article();
        nextQuote = next.quote();
        nextSpeaker = next.speaker();
        nextClaim = next.claim();
    }

    /** Stores the entries in one transaction. A claim's text is the first wording seen for its key. */
    void write(List<Entry> entries) {
        List<BulkLoad.ArticleInsert> articles = new ArrayList<>(entries.size());
        List<BulkLoad.SpeakerInsert> newSpeakers = new ArrayList<>();
        List<BulkLoad.ClaimInsert> newClaims = new ArrayList<>();
        List<BulkLoad.QuoteInsert> quotes = new ArrayList<>();
        for (Entry e : entries) {
            Article a = e.article();
            long articleId = nextArticle++;
            articles.add(new BulkLoad.ArticleInsert(articleId, new ArticleColumns(a.externalId(), a.title(), a.dek(),
                    a.outlet(), a.byline(), a.published(), a.url(), a.body(), a.source(), a.line())));
            for (Quote q : e.quotes()) {
                Long speakerId = null;
                if (q.speaker() != null) {
                    speakerId = speakers.get(q.speaker());
                    if (speakerId == null) {
                        speakerId = nextSpeaker++;
                        speakers.put(q.speaker(), speakerId);
                        newSpeakers.add(new BulkLoad.SpeakerInsert(speakerId, q.speaker(), SPEAKER_KIND));
                    }
                }
                String text = a.body().substring(q.start(), q.end());
                Long claimId = claims.get(q.claimKey());
                if (claimId == null) {
                    claimId = nextClaim++;
                    claims.put(q.claimKey(), claimId);
                    newClaims.add(new BulkLoad.ClaimInsert(claimId, text, a.published(), a.published()));
                }
                quotes.add(new BulkLoad.QuoteInsert(nextQuote++, articleId, q.start(), q.end(), text, QUOTE_KIND,
                        speakerId, claimId, 1.0));
            }
        }
        load.write(articles, newSpeakers, newClaims, quotes);
    }

    /** The stored id of the claim written under this key, or null when none was. */
    Long claimId(long claimKey) {
        return claims.get(claimKey);
    }
}
