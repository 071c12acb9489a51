package whosaid.attribution;

import java.util.Set;

/**
 * A stored speaker entity as the corpus-level settling pass sees it.
 *
 * @param id            the store's id
 * @param canonicalName its canonical name
 * @param kind          person, organisation or unknown
 * @param anonymous     an unnamed source, named by its description
 * @param nameForms     every name form stored for it (not its descriptions), exact characters
 * @param articles      how many stored articles quote it
 */
public record CorpusSpeaker(long id, String canonicalName, SpeakerKind kind, boolean anonymous, Set<String> nameForms,
                            int articles) {
    public CorpusSpeaker {
        nameForms = Set.copyOf(nameForms);
    }
}
