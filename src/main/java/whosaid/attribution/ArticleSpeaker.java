package whosaid.attribution;

import java.util.Set;

/**
 * A speaker as one article knows it, for linking across articles.
 *
 * @param name      the fullest name in this article (for an unnamed source, its descriptor)
 * @param kind      person or organisation
 * @param role      the role the article gives, or null
 * @param anonymous true for an unnamed source
 * @param aliases   every name form the article uses for it, exact characters
 * @param gender    as the article settles it
 */
// Serializable: the Spark job (whosaid.spark) ships it from the machine that analysed it to the one that stores it.
public record ArticleSpeaker(String name, SpeakerKind kind, String role, boolean anonymous, Set<String> aliases,
                             Gender gender) implements java.io.Serializable {
}
