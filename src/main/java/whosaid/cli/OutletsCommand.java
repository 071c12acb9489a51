package whosaid.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import whosaid.query.ExportRows;
import whosaid.query.Listings;
import whosaid.query.OutletView;
import whosaid.store.Database;

@Command(name = "outlets", mixinStandardHelpOptions = true,
        header = "List the outlets in the database, most articles first.",
        description = {"List the outlets in the database, most articles first: how many articles and quotations each",
                "carries, how many different people it quotes, and the dates its articles cover. Articles without an",
                "outlet line are counted under (unknown). Then 'whosaid quotes --outlet NAME' lists one outlet's quotes."})
final class OutletsCommand extends DatabaseCommand {
    @Mixin
    FormatOption format;

    @Override
    int run(Database database) {
        List<OutletView> outlets = new Listings(database).outlets();
        if (outlets.isEmpty()) {
            return nothingFound("no articles in " + database.location() + " yet");
        }
        Listing listing = new Listing();
        for (OutletView o : outlets) {
            listing.add(ExportRows.outlet(o));
        }
        Map<String, Integer> columns = new LinkedHashMap<>();
        columns.put("outlet", 30);
        columns.put("articles", 0);
        columns.put("quotes", 0);
        columns.put("speakers", 0);
        columns.put("first", 10);
        columns.put("last", 10);
        listing.print(out(), format.format, columns);
        return ExitCodes.OK;
    }
}
