package whosaid.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import whosaid.query.ExportRows;
import whosaid.query.Listings;
import whosaid.query.SpeakerView;
import whosaid.store.Database;

@Command(name = "speakers", mixinStandardHelpOptions = true,
        description = "List everyone quoted, most quoted first, with their outlets and the other names they go by.")
final class SpeakersCommand extends DatabaseCommand {
    @Mixin
    FormatOption format;

    @Override
    int run(Database database) {
        List<SpeakerView> speakers = new Listings(database).speakers();
        if (speakers.isEmpty()) {
            return nothingFound("no speakers in " + database.location() + " yet");
        }
        Listing listing = new Listing();
        for (SpeakerView s : speakers) {
            listing.add(ExportRows.speaker(s));
        }
        Map<String, Integer> columns = new LinkedHashMap<>();
        columns.put("speaker", 30);
        columns.put("quotes", 0);
        columns.put("kind", 12);
        columns.put("outlets", 40);
        columns.put("aliases", 50);
        listing.print(out(), format.format, columns);
        return ExitCodes.OK;
    }
}
