package whosaid.query;

import java.util.List;

/** A speaker with what the listings say about them: other names, how often quoted, and by which outlets. */
public record SpeakerView(long id, String name, String kind, String role, String affiliation, boolean anonymous,
                          List<String> aliases, int quotes, List<String> outlets) {
}
