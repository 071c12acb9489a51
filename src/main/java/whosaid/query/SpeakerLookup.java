package whosaid.query;

import java.util.ArrayList;
import java.util.List;

import whosaid.store.StoredSpeaker;

/** Finds the speakers a user means by a name: the canonical name or any alias, compared by {@link NameKey}. */
public final class SpeakerLookup {
    private SpeakerLookup() {
    }

    /**
     * Exact matches on the canonical name win; else matches on any alias; else speakers whose name ends with the
     * given words (a surname). Several results mean the name is ambiguous.
     */
    public static List<StoredSpeaker> find(List<StoredSpeaker> speakers, String name) {
        String key = NameKey.of(name);
        if (key.isEmpty()) {
            return List.of();
        }
        List<StoredSpeaker> byName = new ArrayList<>();
        List<StoredSpeaker> byAlias = new ArrayList<>();
        List<StoredSpeaker> bySurname = new ArrayList<>();
        for (StoredSpeaker speaker : speakers) {
            String canonical = NameKey.of(speaker.name());
            if (canonical.equals(key)) {
                byName.add(speaker);
            } else if (speaker.aliases().stream().map(NameKey::of).anyMatch(key::equals)) {
                byAlias.add(speaker);
            } else if (canonical.endsWith(" " + key)) {
                bySurname.add(speaker);
            }
        }
        return !byName.isEmpty() ? byName : !byAlias.isEmpty() ? byAlias : bySurname;
    }
}
