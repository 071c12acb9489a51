package whosaid.pipeline;

import java.util.Locale;

/** The stages of an ingest, in the order they run; the benchmark reports each one's time under its label. */
public enum Stage {
    PARSE, DETECT, ATTRIBUTE, LINK, STORE, EMBED, GROUP, STORIES, CONTRADICTIONS;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
