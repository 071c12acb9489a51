package whosaid.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import whosaid.query.ExportRows;
import whosaid.query.CheckQuery;
import whosaid.query.ClaimView;
import whosaid.query.FactCheck;
import whosaid.query.MeaningIndex;
import whosaid.query.Listings;
import whosaid.query.QuoteView;
import whosaid.store.Database;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"The fact-check query: who said TEXT (in any wording), where, first, and in which words.",
                "Finds the stored claims that state it, best first, each with its speakers, the outlets that",
                "carried it, the first report, and every wording with its evidence (article, offsets).",
                "A claim marked 'may state the opposite' matched the words but not the sense (a negation or a",
                "different number)."})
final class CheckCommand extends DatabaseCommand {
    @Parameters(paramLabel = "TEXT", description = "The statement to check, in any words.")
    String text;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "5", description = "At most N claims (default ${DEFAULT-VALUE}).")
    int limit;

    @Mixin
    FormatOption format;

    @Override
    int run(Database database) {
        CheckQuery.Answer answer;
        try (MeaningIndex meaning = new MeaningIndex(database)) {
            answer = new CheckQuery(new Listings(database), meaning).ask(text, limit);
        }
        if (answer.candidates() == 0) {
            return nothingFound("no claim shares any word with that text");
        }
        List<FactCheck.Result> results = answer.results();
        if (results.isEmpty()) {
            return nothingFound("no claim states that");
        }
        if (format.format == OutputFormat.table) {
            print(out(), results);
        } else {
            Listing listing = new Listing();
            for (FactCheck.Result r : results) {
                Map<String, Object> row = ExportRows.claim(r.claim(), true);
                row.put("score", Math.round(r.score() * 1000) / 1000.0);
                row.put("same_sense", r.sameSense());
                row.put("closest_wording", r.closestWording());
                row.put("meaning", Math.round(r.meaning() * 1000) / 1000.0);
                row.put("weak", r.weak());
                listing.add(row);
            }
            listing.print(out(), format.format, Map.of());
        }
        return ExitCodes.OK;
    }

    private static void print(PrintWriter out, List<FactCheck.Result> results) {
        int rank = 0;
        if (results.get(0).weak()) {
            out.println("No claim states that closely; the nearest are only related:");
            out.println();
        }
        for (FactCheck.Result r : results) {
            ClaimView c = r.claim();
            out.println((++rank) + ". claim " + c.claimId() + (r.sameSense() ? "" : "  (may state the opposite)")
                    + (r.weak() ? "  (weak match)" : "")
                    + "  score " + String.format(java.util.Locale.ROOT, "%.2f", r.score())
                    + (r.meaning() >= 0 ? String.format(java.util.Locale.ROOT, "  meaning %.2f", r.meaning()) : ""));
            out.println("   “" + c.text() + "”");
            out.println("   said by:  " + (c.speakers().isEmpty() ? "nobody named" : String.join(", ", c.speakers())));
            out.println("   carried:  " + (c.outlets().isEmpty() ? "outlet unknown" : String.join(", ", c.outlets())));
            QuoteView first = c.quotes().get(0);
            out.println("   first:    " + (first.published() == null ? "undated" : first.published()) + " in "
                    + (first.outlet() == null ? "an unknown outlet" : first.outlet()) + " · " + first.articleTitle());
            out.println("   wordings:");
            for (QuoteView q : c.quotes()) {
                out.println("     #" + q.quoteId() + " [" + (q.outlet() == null ? "?" : q.outlet()) + ", article "
                        + q.articleId() + " @" + q.start() + "-" + q.end() + "] "
                        + (q.speaker() == null ? "" : q.speaker() + ": ") + "“" + q.text() + "”");
            }
            out.println();
        }
        out.flush();
    }
}
