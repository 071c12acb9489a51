package whosaid.attribution;

import java.util.Set;

/**
 * A speaker entity across articles, as the store keeps it.
 *
 * @param id            the store's id (new speakers from the linker get ids above every known one)
 * @param canonicalName the fullest name seen for it
 * @param kind          person or organisation
 * @param role          its role, or null
 * @param anonymous     an unnamed source
 * @param aliases       every name form seen, exact characters
 */
public record KnownSpeaker(long id, String canonicalName, SpeakerKind kind, String role, boolean anonymous,
                           Set<String> aliases) {
    public KnownSpeaker {
        aliases = Set.copyOf(aliases);
    }
}
