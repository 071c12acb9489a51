package whosaid.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import whosaid.query.ExportRows;
import whosaid.query.ContradictionView;
import whosaid.query.Listings;
import whosaid.query.NameKey;
import whosaid.store.Database;

@Command(name = "contradictions", mixinStandardHelpOptions = true,
        header = "List where reports disagree, both sides with their evidence.",
        description = {"List where reports disagree, strongest first, both sides with their evidence:",
                "  numeric      different numbers for the same quantity",
                "  denial       one party asserts what another denies",
                "  attribution  outlets give the same words to different speakers",
                "  wording      outlets quote the same speaker's claim in materially different words",
                "  other        a premise denied elsewhere, a speaker against their own statement",
                "Each listing says why in one line."})
final class ContradictionsCommand extends DatabaseCommand {
    enum Kind { numeric, denial, attribution, wording, other }

    @Option(names = "--kind", paramLabel = "KIND", description = "Only this kind: ${COMPLETION-CANDIDATES}.")
    Kind kind;

    @Option(names = "--speaker", paramLabel = "NAME", description = "Only contradictions with a side by this speaker.")
    String speaker;

    @Option(names = "--outlet", paramLabel = "OUTLET", description = "Only contradictions with a side in this outlet.")
    String outlet;

    @Option(names = "--story", paramLabel = "ID", description = "Only contradictions inside this story (see 'whosaid stories').")
    Long story;

    @Option(names = "--min-strength", paramLabel = "S", defaultValue = "0",
            description = "Only listings at least this strong, 0..1 (default ${DEFAULT-VALUE}).")
    double minStrength;

    @Mixin
    FormatOption format;

    @Override
    int run(Database database) {
        if (minStrength < 0 || minStrength > 1) {
            throw new UserException(ExitCodes.USAGE, "--min-strength must be between 0 and 1, not " + minStrength);
        }
        Listings listings = new Listings(database);
        List<ContradictionView> found = filter(story == null ? listings.contradictions() : listings.contradictions(story),
                kind == null ? null : kind.name(), speaker, outlet).stream()
                .filter(c -> c.strength() >= minStrength).toList();
        if (found.isEmpty()) {
            return nothingFound("no contradictions match");
        }
        if (format.format == OutputFormat.table) {
            print(out(), found);
        } else {
            Listing listing = new Listing();
            found.forEach(c -> listing.add(ExportRows.contradiction(c)));
            listing.print(out(), format.format, Map.of());
        }
        return ExitCodes.OK;
    }

    static List<ContradictionView> filter(List<ContradictionView> all, String kind, String speaker, String outlet) {
        String speakerKey = speaker == null ? null : NameKey.of(speaker);
        return all.stream()
                .filter(c -> kind == null || c.kind().equals(kind))
                .filter(c -> speakerKey == null || mentions(c.a(), speakerKey) || mentions(c.b(), speakerKey))
                .filter(c -> outlet == null || outlet.equalsIgnoreCase(c.a().outlet())
                        || outlet.equalsIgnoreCase(c.b().outlet()))
                .toList();
    }

    private static boolean mentions(ContradictionView.Side side, String speakerKey) {
        String key = NameKey.of(side.speaker());
        return !key.isEmpty() && (key.equals(speakerKey) || key.endsWith(" " + speakerKey));
    }

    static void print(PrintWriter out, List<ContradictionView> found) {
        for (ContradictionView c : found) {
            out.println("[" + c.kind() + " " + String.format(java.util.Locale.ROOT, "%.2f", c.strength()) + "] " + c.why()
                    + (c.storyId() == null ? "" : " (story " + c.storyId() + ")"));
            printSide(out, "A", c.a());
            printSide(out, "B", c.b());
            out.println();
        }
        out.flush();
    }

    private static void printSide(PrintWriter out, String label, ContradictionView.Side s) {
        out.println("  " + label + ": " + (s.outlet() == null ? "outlet unknown" : s.outlet())
                + (s.published() == null ? "" : ", " + s.published()) + " · " + s.articleTitle()
                + " [article " + s.articleId() + " @" + s.start() + "-" + s.end() + "]"
                + (s.speaker() == null ? "" : " · " + s.speaker()));
        out.println("     " + s.text());
    }
}
