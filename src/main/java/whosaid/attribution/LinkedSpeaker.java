package whosaid.attribution;

import java.util.Set;

/**
 * The outcome of linking one article's speaker.
 *
 * @param speaker    the known speaker after linking (with any new aliases and canonical name)
 * @param created    true when no known speaker matched and a new one was made
 * @param renamed    true when the article's fuller name became the canonical name
 * @param newAliases name forms this article added
 */
public record LinkedSpeaker(KnownSpeaker speaker, boolean created, boolean renamed, Set<String> newAliases) {
}
