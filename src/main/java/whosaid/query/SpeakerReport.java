package whosaid.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import whosaid.store.StoredQuote;
import whosaid.store.StoredSpeaker;

/**
 * Everything one speaker said: who they are, and their quotes grouped by article in date order (undated last).
 *
 * @param speaker  the speaker, with role, aliases and outlets
 * @param articles one entry per article that quotes them
 */
public record SpeakerReport(StoredSpeaker speaker, List<ArticleQuotes> articles) {

    /** The quotes of one speaker in one article. */
    public record ArticleQuotes(String articleId, String title, String outlet, String published,
                                List<StoredQuote> quotes) {
    }

    public static SpeakerReport of(StoredSpeaker speaker, List<StoredQuote> quotes) {
        Map<Long, List<StoredQuote>> byArticle = new LinkedHashMap<>();
        for (StoredQuote quote : quotes) {
            byArticle.computeIfAbsent(quote.articleRowId(), k -> new ArrayList<>()).add(quote);
        }
        List<ArticleQuotes> articles = new ArrayList<>();
        for (List<StoredQuote> inArticle : byArticle.values()) {
            StoredQuote first = inArticle.get(0);
            articles.add(new ArticleQuotes(first.articleId(), first.articleTitle(), first.outlet(), first.published(),
                    List.copyOf(inArticle)));
        }
        articles.sort(Comparator.comparing(ArticleQuotes::published, Comparator.nullsLast(Comparator.naturalOrder())));
        return new SpeakerReport(speaker, List.copyOf(articles));
    }
}
