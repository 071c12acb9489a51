package whosaid.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One claim as a fact-checker reads it: the representative wording, who said it, which outlets carried it, when it
 * was first reported, and every wording with its evidence.
 *
 * @param quotes every quote under the claim, first reported first (undated last)
 */
public record ClaimView(long claimId, String text, List<String> speakers, List<String> outlets,
                        String firstPublished, String lastPublished, List<QuoteView> quotes) {

    public List<Long> quoteIds() {
        return quotes.stream().map(QuoteView::quoteId).toList();
    }

    /** Builds the views of every claim that has at least one quote. */
    public static List<ClaimView> all(List<ClaimSummary> claims, List<QuoteView> quotes) {
        Map<Long, List<QuoteView>> byClaim = new LinkedHashMap<>();
        for (QuoteView q : quotes) {
            if (q.claimId() != null) {
                byClaim.computeIfAbsent(q.claimId(), k -> new ArrayList<>()).add(q);
            }
        }
        List<ClaimView> views = new ArrayList<>();
        for (ClaimSummary claim : claims) {
            List<QuoteView> members = new ArrayList<>(byClaim.getOrDefault(claim.id(), List.of()));
            if (members.isEmpty()) {
                continue;
            }
            members.sort(Comparator.comparing(QuoteView::published, Comparator.nullsLast(Comparator.naturalOrder())));
            Set<String> speakers = new LinkedHashSet<>();
            Set<String> outlets = new LinkedHashSet<>();
            for (QuoteView q : members) {
                if (q.speaker() != null) {
                    speakers.add(q.speaker());
                }
                if (q.outlet() != null) {
                    outlets.add(q.outlet());
                }
            }
            views.add(new ClaimView(claim.id(), claim.text(), List.copyOf(speakers), List.copyOf(outlets),
                    claim.firstPublished(), claim.lastPublished(), List.copyOf(members)));
        }
        return views;
    }
}
