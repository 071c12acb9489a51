package whosaid.store;

import java.util.List;

/** A speaker as stored, with what the listings need to say about them. */
public record StoredSpeaker(long id, String name, String kind, String role, String affiliation, boolean anonymous,
                            List<String> aliases, int quotes, List<String> outlets) {
}
