package whosaid.attribution;

/** One entity that the corpus shows to be another: its quotations and name forms go to {@code toId}. */
public record SpeakerMerge(long fromId, long toId) {
}
