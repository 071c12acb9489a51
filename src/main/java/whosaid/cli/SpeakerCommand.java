package whosaid.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import whosaid.query.ExportRows;
import whosaid.query.Listings;
import whosaid.query.QuoteFilter;
import whosaid.query.QuoteView;
import whosaid.query.SpeakerReport;
import whosaid.query.SpeakerView;
import whosaid.store.Database;

@Command(name = "speaker", mixinStandardHelpOptions = true,
        header = "The speaker report: who NAME is, every quote by article and outlet, their claims.",
        description = {"The speaker report: who NAME is (role, as the articles give it), the other names they go by,",
                "and every quote, grouped by article and outlet in date order.",
                "NAME may be any name they go by (\"Mr. Doe\", \"Doe\"); an ambiguous one lists the candidates."})
final class SpeakerCommand extends DatabaseCommand {
    @Parameters(paramLabel = "NAME", description = "The speaker's name, or any other name they go by.")
    String name;

    @Mixin
    FormatOption format;

    @Override
    int run(Database database) {
        Listings listings = new Listings(database);
        List<SpeakerView> found = listings.speakersCalled(name);
        if (found.isEmpty()) {
            return nothingFound("no speaker called '" + name + "' (see 'whosaid speakers')");
        }
        if (found.size() > 1) {
            throw new UserException(ExitCodes.USAGE, "'" + name + "' is ambiguous: it names "
                    + found.stream().map(SpeakerView::name).collect(Collectors.joining(", "))
                    + "; give the full name");
        }
        SpeakerView speaker = found.get(0);
        List<QuoteView> quotes = listings.quotes(new QuoteFilter(Set.of(speaker.id()), null, null, null));
        // only this speaker's claims and contradictions are read, not every one in the store
        java.util.Set<Long> claimIds = new java.util.TreeSet<>();
        quotes.stream().map(QuoteView::claimId).filter(java.util.Objects::nonNull).forEach(claimIds::add);
        SpeakerReport report = SpeakerReport.of(speaker, quotes, listings.claims(claimIds),
                listings.contradictionsOfSpeaker(speaker.id()));
        if (format.format == OutputFormat.table) {
            printReport(out(), report);
        } else {
            Listing listing = new Listing();
            if (format.format == OutputFormat.json) {
                listing.add(asJson(report));
            } else {
                quotes.forEach(q -> listing.add(ExportRows.quote(q)));
            }
            listing.print(out(), format.format, Map.of());
        }
        return ExitCodes.OK;
    }

    private static Map<String, Object> asJson(SpeakerReport report) {
        Map<String, Object> row = ExportRows.speaker(report.speaker());
        List<Map<String, Object>> articles = new ArrayList<>();
        for (SpeakerReport.ArticleQuotes a : report.articles()) {
            Map<String, Object> article = Listing.row();
            article.put("article_id", a.articleId());
            article.put("article_title", a.title());
            article.put("outlet", a.outlet());
            article.put("published", a.published());
            article.put("quotes", a.quotes().stream().map(ExportRows::quote).toList());
            articles.add(article);
        }
        row.put("articles", articles);
        row.put("claims", report.claims().stream().map(ExportRows::speakerClaim).toList());
        row.put("contradictions", report.contradictions().stream().map(ExportRows::contradiction).toList());
        return row;
    }

    private static void printReport(PrintWriter out, SpeakerReport report) {
        SpeakerView s = report.speaker();
        out.println(s.name() + (s.anonymous() ? " (unnamed source)" : "") + "  [" + s.kind() + "]");
        if (s.role() != null) {
            out.println("  role:       " + s.role());
        }
        if (!s.aliases().isEmpty()) {
            out.println("  also named: " + String.join(" · ", s.aliases()));
        }
        out.println("  quoted:     " + s.quotes() + " times in " + report.articles().size() + " articles"
                + (s.outlets().isEmpty() ? "" : " (" + String.join(", ", s.outlets()) + ")"));
        for (SpeakerReport.ArticleQuotes a : report.articles()) {
            out.println();
            out.println("  " + (a.published() == null ? "undated   " : a.published()) + "  "
                    + (a.outlet() == null ? "outlet unknown" : a.outlet()) + " · " + a.title()
                    + "  [article " + a.articleId() + "]");
            for (QuoteView q : a.quotes()) {
                out.println("    #" + q.quoteId() + " " + q.kind() + " @" + q.start() + "-" + q.end()
                        + (q.inTitle() ? " (title)" : "") + (q.cue() == null ? "" : " · " + q.cue())
                        + (q.speakerMention() == null ? "" : " · as \"" + q.speakerMention() + "\""));
                out.println("      “" + q.text() + "”" + (q.claimId() == null ? "" : "  [claim " + q.claimId() + "]"));
            }
        }
        if (!report.claims().isEmpty()) {
            out.println();
            out.println("  claims (" + report.claims().size() + "), most widely reported first:");
            for (SpeakerReport.SpeakerClaim c : report.claims()) {
                out.println("    [claim " + c.claimId() + "] " + c.quotes() + "× in "
                        + (c.outlets().isEmpty() ? "outlet unknown" : String.join(", ", c.outlets()))
                        + (c.firstPublished() == null ? "" : ", first " + c.firstPublished()) + ": " + c.text());
            }
        }
        if (!report.contradictions().isEmpty()) {
            out.println();
            out.println("  contradictions involving their words (" + report.contradictions().size() + "):");
            out.flush();
            ContradictionsCommand.print(out, report.contradictions());
        }
        out.flush();
    }
}
