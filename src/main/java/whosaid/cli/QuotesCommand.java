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
import whosaid.query.Listings;
import whosaid.query.QuoteFilter;
import whosaid.query.QuoteView;
import whosaid.query.SpeakerLookup;
import whosaid.query.SpeakerView;
import whosaid.store.Database;

@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = {"List quotations with their speaker and evidence (article, outlet, character offsets).",
                "start/end are offsets into the article body (into the title when in_title is true)."})
final class QuotesCommand extends DatabaseCommand {
    enum Kind { direct, partial, indirect, title, scare, all }

    @Option(names = "--speaker", paramLabel = "NAME", description = "Only quotes by this speaker (any name they go by).")
    String speaker;

    @Option(names = "--outlet", paramLabel = "OUTLET", description = "Only quotes in articles of this outlet.")
    String outlet;

    @Option(names = "--article", paramLabel = "ID|TITLE", description = "Only quotes in this article (id or a part of its title).")
    String article;

    @Option(names = "--kind", paramLabel = "KIND", split = ",",
            description = {"Only quotes of these kinds (comma-separated): ${COMPLETION-CANDIDATES}.",
                    "Default: direct,partial, the words between quotation marks. 'indirect' is reported speech "
                            + "without marks (X said that ...); 'title' (of a book, film, show, song) and 'scare' "
                            + "(scare quotes, nicknames, slogans, words used as words) are quoted words nobody says, "
                            + "with no speaker; 'all' lists every kind."})
    List<Kind> kinds;

    @Mixin
    FormatOption format;

    @Override
    int run(Database database) {
        Listings listings = new Listings(database);
        Set<Long> speakerIds = null;
        if (speaker != null) {
            List<SpeakerView> found = SpeakerLookup.find(listings.speakers(), speaker);
            if (found.isEmpty()) {
                return nothingFound("no speaker called '" + speaker + "' (see 'whosaid speakers')");
            }
            speakerIds = found.stream().map(SpeakerView::id).collect(Collectors.toSet());
        }
        List<QuoteView> quotes = listings.quotes(
                new QuoteFilter(speakerIds, outlet, article, kindLabels()));
        if (quotes.isEmpty()) {
            return nothingFound("no quotes match");
        }
        Listing listing = new Listing();
        quotes.forEach(q -> listing.add(ExportRows.quote(q)));
        Map<String, Integer> columns = new LinkedHashMap<>();
        columns.put("quote_id", 0);
        columns.put("speaker", 24);
        columns.put("outlet", 18);
        columns.put("kind", 7);
        columns.put("text", 80);
        listing.print(out(), format.format, columns);
        return ExitCodes.OK;
    }

    /** Quotations by default: reported speech is listed only when asked for. */
    private Set<String> kindLabels() {
        if (kinds == null || kinds.isEmpty()) {
            return Set.of(Kind.direct.name(), Kind.partial.name());
        }
        if (kinds.contains(Kind.all)) {
            return null;
        }
        return kinds.stream().map(Kind::name).collect(Collectors.toSet());
    }
}
