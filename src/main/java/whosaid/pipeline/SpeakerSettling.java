package whosaid.pipeline;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import whosaid.attribution.CorpusSpeaker;
import whosaid.attribution.Names;
import whosaid.attribution.SpeakerMerge;
import whosaid.attribution.SpeakerSettler;
import whosaid.store.Database;
import whosaid.store.SpeakerMerges;

/**
 * The corpus-level pass over the stored speakers at the end of an ingest ({@link SpeakerSettler}). Every merge it
 * can make joins speakers that share a surname (the last word of a name form), and a group no speaker of this run
 * belongs to is as it was when the run that last touched it settled it. So only the surname groups of this run's
 * speakers are settled, closed over every surname their members carry: the article counts, which mean reading the
 * quotes, are read for those speakers alone. Running it twice merges nothing more.
 */
final class SpeakerSettling {
    private final SpeakerMerges store;

    SpeakerSettling(Database database) {
        this.store = new SpeakerMerges(database);
    }

    /**
     * @param articleRowIds the articles this run stored
     * @return how many speakers were merged into others
     */
    int run(Collection<Long> articleRowIds) {
        if (articleRowIds.isEmpty()) {
            return 0;
        }
        Set<Long> seeds = store.speakersOfArticles(articleRowIds);
        if (seeds.isEmpty()) {
            return 0;
        }
        List<SpeakerMerges.SpeakerForms> all = store.speakerForms();
        Map<Long, Set<String>> surnamesOf = new HashMap<>();
        Map<String, List<Long>> bySurname = new HashMap<>();
        for (SpeakerMerges.SpeakerForms s : all) {
            Set<String> surnames = new LinkedHashSet<>();
            List<String> names = new ArrayList<>(s.nameForms());
            names.add(s.name());
            for (String name : names) {
                String last = Names.last(Names.tokens(name));
                if (!last.isEmpty()) {
                    surnames.add(last);
                }
            }
            surnamesOf.put(s.id(), surnames);
            surnames.forEach(n -> bySurname.computeIfAbsent(n, k -> new ArrayList<>()).add(s.id()));
        }
        Set<Long> wanted = new HashSet<>();
        Set<String> seen = new HashSet<>();
        Deque<String> open = new ArrayDeque<>();
        for (long id : seeds) {
            wanted.add(id);
            open.addAll(surnamesOf.getOrDefault(id, Set.of()));
        }
        while (!open.isEmpty()) {
            String surname = open.pop();
            if (!seen.add(surname)) {
                continue;
            }
            for (long id : bySurname.getOrDefault(surname, List.of())) {
                if (wanted.add(id)) {
                    open.addAll(surnamesOf.get(id));
                }
            }
        }
        Map<Long, Integer> articles = store.articleCounts(wanted);
        List<CorpusSpeaker> speakers = new ArrayList<>();
        for (SpeakerMerges.SpeakerForms s : all) {
            if (wanted.contains(s.id())) {
                speakers.add(new CorpusSpeaker(s.id(), s.name(), QuotePipeline.kind(s.kind()), s.anonymous(),
                        new LinkedHashSet<>(s.nameForms()), articles.getOrDefault(s.id(), 0)));
            }
        }
        List<SpeakerMerges.Merge> merges = new ArrayList<>();
        for (SpeakerMerge m : new SpeakerSettler().settle(speakers)) {
            merges.add(new SpeakerMerges.Merge(m.fromId(), m.toId()));
        }
        return store.apply(merges);
    }
}
