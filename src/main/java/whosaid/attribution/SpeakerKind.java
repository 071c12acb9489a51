package whosaid.attribution;

/** Whether a speaker is a person or an organisation (a ministry, a government, "the statement"). */
public enum SpeakerKind {
    PERSON, ORGANISATION, UNKNOWN;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
