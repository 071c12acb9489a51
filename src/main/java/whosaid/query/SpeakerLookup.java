package whosaid.query;

import java.util.ArrayList;
import java.util.List;

/** Finds the speakers a user means by a name: the canonical name or any alias, compared by {@link NameKey}. */
public final class SpeakerLookup {
    private SpeakerLookup() {
    }

    /**
     * Exact matches on the canonical name win; else matches on any alias; else speakers whose name ends with the
     * given words (a surname). Several results mean the name is ambiguous.
     */
    public static List<SpeakerView> find(List<SpeakerView> speakers, String name) {
        String key = NameKey.of(name);
        if (key.isEmpty()) {
            return List.of();
        }
        List<SpeakerView> byName = new ArrayList<>();
        List<SpeakerView> byAlias = new ArrayList<>();
        List<SpeakerView> bySurname = new ArrayList<>();
        for (SpeakerView speaker : speakers) {
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
