package whosaid.claims;

import whosaid.lexicon.WordList;
import whosaid.quotes.QuoteKind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Finds statements that continue the statement just before them: a quote that opens with a pronoun standing for what
 * the speaker just said ("“It does not …”", "“And that is because …”", "It is “…”, he said") says nothing on its
 * own; it finishes the speaker's previous claim. Only the nearest earlier statement of the same article counts, and
 * only when the same named speaker said it a few lines before: another voice in between takes the pronoun away.
 */
public final class Continuations {

    /** Most characters between the previous statement's end and this one's start (about two short paragraphs). */
    static final int MAX_GAP = 300;

    /** The cues by role (see continuation-cues.txt): referring, linking, verb, dummy-tail, auxiliary. */
    private static final Map<String, Set<String>> CUES = cues();
    /** Pronouns that can stand for a whole statement. "They", "he", "we" point at people, not at what was said. */
    private static final Set<String> REFERRING = CUES.get("referring");
    /** Openers that only link on ("and that is because"); contrast ("but") starts a claim of its own. */
    private static final Set<String> LINKING = CUES.get("linking");
    /** The verb right after the pronoun: makes "this" a pronoun ("this is") rather than a determiner ("this plan"). */
    private static final Set<String> VERBS = CUES.get("verb");
    /** Words that follow the predicate of a dummy "it" ("it is clear that", "it has been decided to"). */
    private static final Set<String> DUMMY_TAIL = CUES.get("dummy-tail");
    /** Words between a dummy "it"'s verb and its predicate ("it has been", "it is not"). */
    private static final Set<String> AUXILIARY = CUES.get("auxiliary");
    /** The one pronoun that can point forward, at the clause to come. */
    private static final String IT = "it";

    private static Map<String, Set<String>> cues() {
        Map<String, Set<String>> out = new HashMap<>();
        WordList.map("continuation-cues").forEach((role, words) -> out.put(role, Set.of(words.split(" "))));
        return Map.copyOf(out);
    }

    private Continuations() {
    }

    /** For each statement of the batch that continues an earlier one of the batch: its id → the earlier one's id. */
    public static Map<Long, Long> predecessors(List<Statement> batch) {
        List<Statement> order = new ArrayList<>(batch);
        order.removeIf(Statement::inTitle);
        order.sort(Comparator.comparingLong(Statement::articleId).thenComparingInt(Statement::start)
                .thenComparingLong(Statement::id));
        Map<Long, Long> out = new HashMap<>();
        for (int i = 1; i < order.size(); i++) {
            Statement prev = order.get(i - 1);
            Statement s = order.get(i);
            if (prev.articleId() == s.articleId() && s.speaker() != null && !s.speaker().isBlank()
                    && Objects.equals(s.speaker(), prev.speaker()) && s.start() - prev.end() <= MAX_GAP
                    && s.start() >= prev.end() && opensWithReference(s)) {
                out.put(s.id(), prev.id());
            }
        }
        return out;
    }

    /**
     * True when the statement's clause opens with a pronoun that stands for something said before. A partial quote
     * is read through the sentence that frames it (It is “the usual stance”, he said); a full quote by its own words.
     */
    static boolean opensWithReference(Statement s) {
        String opening = s.kind() == QuoteKind.PARTIAL && s.context() != null ? s.context() : s.text();
        List<String> t = TextFolding.tokens(opening);
        int i = 0;
        if (i < t.size() && LINKING.contains(t.get(i))) {
            i++;
        }
        if (i + 1 >= t.size() || !REFERRING.contains(t.get(i)) || !VERBS.contains(t.get(i + 1))) {
            return false;
        }
        return !(t.get(i).equals(IT) && dummySubject(t, i + 1));
    }

    /** "it is clear that …", "it has been decided that …": an "it" that points forward, at the clause to come. */
    private static boolean dummySubject(List<String> t, int verb) {
        int j = verb + 1;
        while (j < t.size() && AUXILIARY.contains(t.get(j))) {
            j++;
        }
        // one predicate word (an adjective or participle), then the clause it points to
        return j + 1 < t.size() && DUMMY_TAIL.contains(t.get(j + 1));
    }
}
