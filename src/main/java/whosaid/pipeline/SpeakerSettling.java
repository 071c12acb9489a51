package whosaid.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import whosaid.attribution.CorpusSpeaker;
import whosaid.attribution.SpeakerMerge;
import whosaid.attribution.SpeakerSettler;
import whosaid.store.Database;
import whosaid.store.SpeakerMerges;

/**
 * The corpus-level pass over the stored speakers at the end of an ingest ({@link SpeakerSettler}): it reads every
 * stored speaker, so it also settles the entities of earlier ingests, and running it twice merges nothing more.
 */
final class SpeakerSettling {
    private final SpeakerMerges store;

    SpeakerSettling(Database database) {
        this.store = new SpeakerMerges(database);
    }

    /** @return how many speakers were merged into others */
    int run() {
        List<CorpusSpeaker> speakers = new ArrayList<>();
        for (SpeakerMerges.SpeakerForms s : store.speakers()) {
            speakers.add(new CorpusSpeaker(s.id(), s.name(), QuotePipeline.kind(s.kind()), s.anonymous(),
                    new LinkedHashSet<>(s.nameForms()), s.articles()));
        }
        List<SpeakerMerges.Merge> merges = new ArrayList<>();
        for (SpeakerMerge m : new SpeakerSettler().settle(speakers)) {
            merges.add(new SpeakerMerges.Merge(m.fromId(), m.toId()));
        }
        return store.apply(merges);
    }
}
