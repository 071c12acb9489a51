package whosaid.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import whosaid.query.ExportRows;
import whosaid.query.ClaimView;
import whosaid.query.ContradictionView;
import whosaid.query.Listings;
import whosaid.query.QuoteView;
import whosaid.query.StoryView;
import whosaid.store.Database;

@Command(name = "stories", mixinStandardHelpOptions = true,
        header = "List stories: the articles that report one event or issue.",
        description = {"List stories: articles grouped by the people, places and telling words they share within a few",
                "days, each with its most representative headline, dates, outlets, articles and main speakers; the",
                "largest first. With an ID: that story, with its claims and its contradictions."})
final class StoriesCommand extends DatabaseCommand {
    @Parameters(arity = "0..1", paramLabel = "ID", description = "Show this story with its claims and contradictions.")
    Long id;

    @Mixin
    FormatOption format;

    @Override
    int run(Database database) {
        Listings listings = new Listings(database);
        if (id != null) {
            return one(listings, id);
        }
        List<StoryView> stories = listings.stories();
        if (stories.isEmpty()) {
            return nothingFound("no stories yet (ingest articles first)");
        }
        Listing listing = new Listing();
        stories.forEach(s -> listing.add(ExportRows.story(s)));
        Map<String, Integer> columns = new LinkedHashMap<>();
        columns.put("story_id", 0);
        columns.put("first_published", 10);
        columns.put("last_published", 10);
        columns.put("articles", 0);
        columns.put("outlets", 30);
        columns.put("title", 70);
        listing.print(out(), format.format, columns);
        return ExitCodes.OK;
    }

    private int one(Listings listings, long storyId) {
        StoryView story = listings.story(storyId);
        if (story == null) {
            return nothingFound("no story " + storyId + " (see 'whosaid stories')");
        }
        List<QuoteView> quotes = listings.quotesOfArticles(story.articleRowIds());
        Set<Long> claimIds = new LinkedHashSet<>();
        quotes.forEach(q -> {
            if (q.claimId() != null) {
                claimIds.add(q.claimId());
            }
        });
        List<ClaimView> claims = ClaimView.all(listings.claims(claimIds), quotes);
        List<ContradictionView> contradictions = listings.contradictions(storyId);
        if (format.format == OutputFormat.table) {
            print(out(), story, claims, contradictions);
            return ExitCodes.OK;
        }
        Map<String, Object> row = ExportRows.story(story);
        row.put("claims", claims.stream().map(c -> ExportRows.claim(c, false)).toList());
        row.put("contradictions", contradictions.stream().map(ExportRows::contradiction).toList());
        new Listing().add(row).print(out(), format.format, Map.of());
        return ExitCodes.OK;
    }

    private static void print(PrintWriter out, StoryView s, List<ClaimView> claims, List<ContradictionView> found) {
        out.println("story " + s.storyId() + ": " + s.title());
        out.println("  " + s.articles() + " articles, " + s.firstPublished() + " to " + s.lastPublished()
                + (s.outlets().isEmpty() ? "" : ", in " + String.join(", ", s.outlets())));
        out.println("  articles: " + String.join(", ", s.articleIds()));
        if (!s.speakers().isEmpty()) {
            out.println("  main speakers: " + String.join(", ", s.speakers()));
        }
        out.println();
        out.println("  claims (" + claims.size() + "):");
        for (ClaimView c : claims) {
            out.println("    [" + c.claimId() + "] " + String.join(", ", c.speakers()) + ": " + c.text());
        }
        out.println();
        out.println("  contradictions (" + found.size() + "):");
        ContradictionsCommand.print(out, found);
    }
}
