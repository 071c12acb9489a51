package whosaid.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import whosaid.store.schema.Tables;

class SpeakerMergesTest {
    @TempDir
    Path dir;

    /** One article whose one quotation is by the given speaker (a provisional id: a new speaker, or a stored one). */
    private static ArticleWrite article(String body, SpeakerRef speaker) {
        int start = body.indexOf('“') + 1;
        int end = body.indexOf('”');
        ArticleColumns columns = new ArticleColumns(null, "Harbour dues", null, "The Island Post", null, "2031-05-06",
                null, body, "test.txt", 1);
        return new ArticleWrite(columns, List.of(new QuoteWrite(false, start, end, body.substring(start, end),
                "direct", speaker, speaker.canonicalName(), "said", "test", 0.9)));
    }

    private static Map<Long, Set<String>> aliases(Database db) {
        Map<Long, Set<String>> out = new TreeMap<>();
        db.dsl().selectFrom(Tables.SPEAKER_ALIAS).forEach(r ->
                out.computeIfAbsent(r.getSpeakerId(), k -> new TreeSet<>()).add(r.getAlias() + "/" + r.getKind()));
        return out;
    }

    @Test
    void aMergeRepointsQuotesMovesAliasesOnceAndDeletesTheSpeaker() {
        try (Database db = Database.open(dir.resolve("w.db"))) {
            SpeakerRef bare = new SpeakerRef(-1, "Velkova", "person", false, "harbour master",
                    Set.of("Velkova", "Ms. Velkova"));
            SpeakerRef full = new SpeakerRef(-2, "Irina Velkova", "person", false, null,
                    Set.of("Irina Velkova", "Velkova"));
            new ArticleWriter(db).write(List.of(
                    article("“The dues will rise,” Velkova said.", bare),
                    article("“The dues stay,” Velkova said again.", bare),
                    article("“We will see,” said Irina Velkova.", full)));
            SpeakerMerges merges = new SpeakerMerges(db);
            Map<String, Long> ids = new TreeMap<>();
            merges.speakers().forEach(s -> ids.put(s.name(), s.id()));
            long from = ids.get("Velkova");
            long to = ids.get("Irina Velkova");
            assertEquals(List.of(2, 1), merges.speakers().stream().map(SpeakerMerges.SpeakerForms::articles).toList());

            assertEquals(1, merges.apply(List.of(new SpeakerMerges.Merge(from, to))));

            assertEquals(List.of(to, to, to), db.dsl().select(Tables.QUOTE.SPEAKER_ID).from(Tables.QUOTE)
                    .fetch(Tables.QUOTE.SPEAKER_ID));
            assertEquals(Map.of(to, Set.of("Irina Velkova/name", "Ms. Velkova/name", "Velkova/name")), aliases(db));
            List<SpeakerMerges.SpeakerForms> left = merges.speakers();
            assertEquals(1, left.size());
            assertEquals(3, left.get(0).articles());
            assertEquals("harbour master",
                    db.dsl().select(Tables.SPEAKER.ROLE).from(Tables.SPEAKER).fetchOne(Tables.SPEAKER.ROLE));
            // the same merge again finds one speaker gone and does nothing
            assertEquals(0, merges.apply(List.of(new SpeakerMerges.Merge(from, to))));
        }
    }
}
