package whosaid.store;

import java.util.Set;

/**
 * A speaker as the attribution stage linked it, ready to store.
 *
 * @param id            the stored speaker id when positive; a provisional id (negative, unique within one run) for
 *                      a speaker not stored yet, so that several quotes and articles can point at the same new one
 * @param canonicalName the fullest proper name seen so far (replaces the stored one when it changed)
 * @param kind          the kind's label as stored (person, organisation, unknown)
 * @param anonymous     an unnamed source, named by its descriptor
 * @param role          role or null
 * @param aliases       every name form and descriptor seen for it (names and descriptors)
 */
public record SpeakerRef(long id, String canonicalName, String kind, boolean anonymous, String role,
                         Set<String> aliases) {
}
