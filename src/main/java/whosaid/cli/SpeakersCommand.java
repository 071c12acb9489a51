package whosaid.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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
            return nothingFound("no speakers in " + database.file() + " yet");
        }
        Listing listing = new Listing();
        for (SpeakerView s : speakers) {
            listing.add(row(s));
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

    static Map<String, Object> row(SpeakerView s) {
        Map<String, Object> row = Listing.row();
        row.put("speaker_id", s.id());
        row.put("speaker", s.name());
        row.put("kind", s.kind());
        row.put("anonymous", s.anonymous());
        row.put("role", s.role());
        row.put("affiliation", s.affiliation());
        row.put("quotes", s.quotes());
        row.put("outlets", s.outlets());
        row.put("aliases", s.aliases());
        return row;
    }
}
