package whosaid.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Everything one speaker said: who they are, and their quotes grouped by article in date order (undated last).
 *
 * @param speaker  the speaker, with role, aliases and outlets
 * @param articles       one entry per article that quotes them
 * @param claims         the claims they made, each with how often and where, most reported first
 * @param contradictions stored contradictions with a side that is one of their quotes
 */
public record SpeakerReport(SpeakerView speaker, List<ArticleQuotes> articles, List<SpeakerClaim> claims,
                            List<ContradictionView> contradictions) {

    /** One claim of the speaker: its representative wording, how many of their quotes state it, and where. */
    public record SpeakerClaim(long claimId, String text, int quotes, List<String> outlets, String firstPublished) {
    }

    /** The quotes of one speaker in one article. */
    public record ArticleQuotes(String articleId, String title, String outlet, String published,
                                List<QuoteView> quotes) {
    }

    public static SpeakerReport of(SpeakerView speaker, List<QuoteView> quotes, List<ClaimSummary> allClaims,
                                   List<ContradictionView> allContradictions) {
        Map<Long, List<QuoteView>> byArticle = new LinkedHashMap<>();
        for (QuoteView quote : quotes) {
            byArticle.computeIfAbsent(quote.articleRowId(), k -> new ArrayList<>()).add(quote);
        }
        List<ArticleQuotes> articles = new ArrayList<>();
        for (List<QuoteView> inArticle : byArticle.values()) {
            QuoteView first = inArticle.get(0);
            articles.add(new ArticleQuotes(first.articleId(), first.articleTitle(), first.outlet(), first.published(),
                    List.copyOf(inArticle)));
        }
        articles.sort(Comparator.comparing(ArticleQuotes::published, Comparator.nullsLast(Comparator.naturalOrder())));
        return new SpeakerReport(speaker, List.copyOf(articles), claims(quotes, allClaims),
                contradictions(quotes, allContradictions));
    }

    private static List<SpeakerClaim> claims(List<QuoteView> quotes, List<ClaimSummary> allClaims) {
        Map<Long, ClaimSummary> byId = allClaims.stream().collect(Collectors.toMap(ClaimSummary::id, c -> c));
        Map<Long, List<QuoteView>> byClaim = new LinkedHashMap<>();
        for (QuoteView q : quotes) {
            if (q.claimId() != null && byId.containsKey(q.claimId())) {
                byClaim.computeIfAbsent(q.claimId(), k -> new ArrayList<>()).add(q);
            }
        }
        List<SpeakerClaim> out = new ArrayList<>();
        byClaim.forEach((id, stating) -> {
            Set<String> outlets = new TreeSet<>();
            stating.stream().map(QuoteView::outlet).filter(o -> o != null).forEach(outlets::add);
            ClaimSummary claim = byId.get(id);
            out.add(new SpeakerClaim(id, claim.text(), stating.size(), List.copyOf(outlets), claim.firstPublished()));
        });
        out.sort(Comparator.comparingInt((SpeakerClaim c) -> -c.outlets().size())
                .thenComparingInt(c -> -c.quotes())
                .thenComparingLong(SpeakerClaim::claimId));
        return List.copyOf(out);
    }

    private static List<ContradictionView> contradictions(List<QuoteView> quotes,
                                                            List<ContradictionView> all) {
        Set<Long> ids = quotes.stream().map(QuoteView::quoteId).collect(Collectors.toSet());
        return all.stream()
                .filter(c -> ids.contains(c.a().quoteId()) || ids.contains(c.b().quoteId()))
                .toList();
    }
}
