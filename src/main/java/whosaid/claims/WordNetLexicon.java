package whosaid.claims;

import opennlp.tools.stemmer.Stemmer;
import opennlp.tools.stemmer.snowball.SnowballStemmer;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * {@link Lexicon} over WordNet 3.1. Only a word's first few senses count: the rare senses of common words ("soil" as
 * dirt, "action" as a lawsuit) would link everything with everything. Answers are memoised per instance because the
 * same words recur in every article.
 *
 * <p>WordNet comes as a table precomputed when the jar is built ({@link WordNetTable}, made by
 * {@link WordNetTableBuilder} with extJWNL), read on the first question, not at construction, and shared by every
 * instance: most commands that hold a claim stage (a check that finds no candidate, an ingest with nothing new) never
 * ask one.
 */
public final class WordNetLexicon implements Lexicon {

    /** Shortest word whose stem counts as a key: short stems ("us", "war") collide across unrelated words. */
    private static final int MIN_STEMMED = 5;

    /**
     * Most parts a word may have and still go through WordNet's morphology. Its last rule tries every way of
     * re-joining the parts, so its cost doubles with each part (an 18-part URL slug in a quote took 10 s). Nearly
     * all of WordNet's hyphenated entries ("mother-in-law", "run-of-the-mill") have four parts at most, and the few
     * longer ones are still found by their exact spelling (see {@link #concepts}).
     */
    static final int MAX_MORPHOLOGY_PARTS = 4;

    /** Null until the first question; guarded by this instance's lock like the memos. */
    private WordNetTable table;
    private WordNetMorphology morphology;
    /** Snowball English: joins a word family WordNet links only in two hops ("stability", "stabilizing"). */
    private final Stemmer stemmer = new SnowballStemmer(SnowballStemmer.ALGORITHM.ENGLISH);
    private final Map<String, String> lemmas = new HashMap<>();
    private final Map<String, Set<String>> concepts = new HashMap<>();
    private final Map<String, Set<String>> antonyms = new HashMap<>();

    public WordNetLexicon() {
    }

    /** Whether WordNet has been read: a command that asked nothing has not paid for it. */
    synchronized boolean loaded() {
        return table != null;
    }

    /** WordNet, read on first use. Callers hold this instance's lock (every public method is synchronized). */
    private WordNetTable table() {
        if (table == null) {
            table = Shared.TABLE;
            morphology = new WordNetMorphology(table);
        }
        return table;
    }

    /** The table, read once a JVM: it is immutable, and grouping builds many lexicons. */
    private static final class Shared {
        static final WordNetTable TABLE = WordNetTable.read();
    }

    /**
     * Starts reading WordNet on a thread of its own, for a caller that will ask soon and reads the store first: in a
     * fresh process the read is a good part of a one-article ingest's claims stage. A lexicon that asks meanwhile
     * waits for that read.
     */
    public static void loadInBackground() {
        Thread t = new Thread(() -> {
            try {
                Objects.requireNonNull(Shared.TABLE);
            } catch (RuntimeException | Error e) {
                // the first question reads it again and reports what fails
            }
        }, "wordnet-load");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public synchronized String lemma(String token) {
        return lemmas.computeIfAbsent(token, this::findLemma);
    }

    private String findLemma(String token) {
        if (token.indexOf('\'') >= 0 || token.length() < 3) {
            return token;
        }
        List<String> parts = WordNetMorphology.parts(token);
        if (parts.size() > MAX_MORPHOLOGY_PARTS) {
            return token; // uninflected as written: an entry that long is looked up as it stands
        }
        WordNetTable table = table();
        String best = null;
        for (int pos = 0; pos < WordNetTable.POS_KEYS.length(); pos++) {
            for (String base : morphology.baseForms(pos, token, parts)) {
                if (table.indexes(pos, base) && (best == null || base.length() < best.length())) {
                    best = base;
                }
            }
        }
        return best == null ? token : best.toLowerCase(Locale.ROOT);
    }

    @Override
    public synchronized Set<String> concepts(String lemma) {
        return concepts.computeIfAbsent(lemma, this::findConcepts);
    }

    private Set<String> findConcepts(String lemma) {
        Set<String> keys = new HashSet<>();
        keys.add("w:" + lemma);
        if (lemma.length() >= MIN_STEMMED) {
            keys.add("s:" + stemmer.stem(lemma));
        }
        WordNetTable table = table();
        int row = table.find(lemma);
        if (row >= 0) {
            table.senseKeys(row, keys);
            List<String> words = new java.util.ArrayList<>();
            table.derivedWords(row, words);
            words.forEach(w -> keys.add("w:" + w));
        }
        return Set.copyOf(keys);
    }

    @Override
    public synchronized Set<String> antonyms(String lemma) {
        return antonyms.computeIfAbsent(lemma, this::findAntonyms);
    }

    private Set<String> findAntonyms(String lemma) {
        WordNetTable table = table();
        int row = table.find(lemma);
        if (row < 0) {
            return Set.of();
        }
        Set<String> out = new HashSet<>();
        table.antonyms(row, out);
        return Set.copyOf(out);
    }
}
