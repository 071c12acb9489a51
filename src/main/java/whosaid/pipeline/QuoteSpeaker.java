package whosaid.pipeline;

import java.util.Set;

import whosaid.attribution.SpeakerKind;

/**
 * A speaker entity as the linker left it.
 *
 * @param id            the stored speaker id when positive; a provisional id (negative, unique within one run) for
 *                      a speaker not stored yet, so that several quotes and articles can point at the same new one
 * @param canonicalName the fullest proper name seen so far
 * @param anonymous     an unnamed source, named by its descriptor
 * @param role          role or null
 * @param aliases       every name form and descriptor seen for it
 */
public record QuoteSpeaker(long id, String canonicalName, SpeakerKind kind, boolean anonymous, String role,
                           Set<String> aliases) {
}
