package whosaid.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import whosaid.query.ExportRows;
import whosaid.query.ClaimView;
import whosaid.query.Listings;
import whosaid.query.QuoteFilter;
import whosaid.query.SpeakerLookup;
import whosaid.query.SpeakerView;
import whosaid.store.Database;

@Command(name = "claims", mixinStandardHelpOptions = true,
        header = "List claims: each statement once, with who said it, where and when first.",
        description = {"List claims: each statement once, whatever its wordings, with who said it, the outlets",
                "that carried it and when it was first reported. Most widely carried first."})
final class ClaimsCommand extends DatabaseCommand {
    @Option(names = "--speaker", paramLabel = "NAME", description = "Only claims this speaker made.")
    String speaker;

    @Option(names = "--outlet", paramLabel = "OUTLET", description = "Only claims this outlet carried.")
    String outlet;

    @Option(names = "--min-outlets", paramLabel = "N", defaultValue = "1",
            description = "Only claims carried by at least N outlets (default ${DEFAULT-VALUE}).")
    int minOutlets;

    @Option(names = "--wordings", description = "Add every wording with its evidence (json and jsonl).")
    boolean wordings;

    @Option(names = "--regroup", description = {"First group every stored statement again from nothing with the",
            "current model and rules (one transaction), then list."})
    boolean regroup;

    @Mixin
    FormatOption format;

    @Override
    int run(Database database) {
        if (regroup) {
            new whosaid.pipeline.ClaimRegroup(database).run();
        }
        Listings listings = new Listings(database);
        Set<String> speakerNames = null;
        if (speaker != null) {
            List<SpeakerView> found = SpeakerLookup.find(listings.speakers(), speaker);
            if (found.isEmpty()) {
                return nothingFound("no speaker called '" + speaker + "' (see 'whosaid speakers')");
            }
            speakerNames = found.stream().map(SpeakerView::name).collect(Collectors.toSet());
        }
        Set<String> wanted = speakerNames;
        List<ClaimView> claims = ClaimView.all(listings.claims(), listings.quotes(QuoteFilter.all())).stream()
                .filter(c -> wanted == null || c.speakers().stream().anyMatch(wanted::contains))
                .filter(c -> outlet == null || c.outlets().stream().anyMatch(o -> o.equalsIgnoreCase(outlet)))
                .filter(c -> c.outlets().size() >= minOutlets)
                .sorted((a, b) -> a.outlets().size() != b.outlets().size()
                        ? Integer.compare(b.outlets().size(), a.outlets().size())
                        : Integer.compare(b.quotes().size(), a.quotes().size()))
                .toList();
        if (claims.isEmpty()) {
            return nothingFound("no claims match");
        }
        Listing listing = new Listing();
        claims.forEach(c -> listing.add(ExportRows.claim(c, wordings)));
        Map<String, Integer> columns = new LinkedHashMap<>();
        columns.put("claim_id", 0);
        columns.put("speakers", 28);
        columns.put("outlets", 30);
        columns.put("first_published", 10);
        columns.put("text", 70);
        listing.print(out(), format.format, columns);
        return ExitCodes.OK;
    }
}
