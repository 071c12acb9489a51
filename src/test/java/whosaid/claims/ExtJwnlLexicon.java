package whosaid.claims;

import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;
import opennlp.tools.stemmer.Stemmer;
import opennlp.tools.stemmer.snowball.SnowballStemmer;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The lexicon as it was before the precomputed table: extJWNL asked at run time. The reference for WordNetTableTest. */
final class ExtJwnlLexicon implements Lexicon {

    /** Senses per part of speech taken into account; WordNet orders senses by frequency. */
    private static final int SENSES = 3;

    /** Shortest word whose stem counts as a key: short stems ("us", "war") collide across unrelated words. */
    private static final int MIN_STEMMED = 5;

    /**
     * Most hyphen-joined parts a word may have and still go through WordNet's morphology. Its tokenizer step tries
     * every way of re-joining the parts, so its cost doubles with each part (an 18-part URL slug in a quote took
     * 10 s). Nearly all of WordNet's hyphenated entries ("mother-in-law", "run-of-the-mill") have four parts at
     * most, and the few longer ones are still found by their exact spelling (see {@link #senses}).
     */
    static final int MAX_MORPHOLOGY_PARTS = 4;

    /** Null until the first question; guarded by this instance's lock like the memos. */
    private Dictionary dictionary;
    /** Snowball English: joins a word family WordNet links only in two hops ("stability", "stabilizing"). */
    private final Stemmer stemmer = new SnowballStemmer(SnowballStemmer.ALGORITHM.ENGLISH);
    private final Map<String, String> lemmas = new HashMap<>();
    private final Map<String, Set<String>> concepts = new HashMap<>();
    private final Map<String, Set<String>> antonyms = new HashMap<>();

    ExtJwnlLexicon() {
    }

    /** Whether WordNet has been read: a command that asked nothing has not paid for it. */
    synchronized boolean loaded() {
        return dictionary != null;
    }

    /** WordNet, read on first use. Callers hold this instance's lock (every public method is synchronized). */
    private Dictionary dictionary() {
        if (dictionary == null) {
            try {
                dictionary = Dictionary.getDefaultResourceInstance();
            } catch (JWNLException e) {
                throw new IllegalStateException("WordNet data could not be loaded from the classpath", e);
            }
        }
        return dictionary;
    }

    @Override
    public synchronized String lemma(String token) {
        return lemmas.computeIfAbsent(token, this::findLemma);
    }

    private String findLemma(String token) {
        if (token.indexOf('\'') >= 0 || token.length() < 3) {
            return token;
        }
        if (parts(token) > MAX_MORPHOLOGY_PARTS) {
            return token; // uninflected as written: an entry that long is looked up as it stands
        }
        Dictionary dictionary = dictionary();
        String best = null;
        try {
            for (POS pos : POS.getAllPOS()) {
                for (String base : dictionary.getMorphologicalProcessor().lookupAllBaseForms(pos, token)) {
                    if (dictionary.getIndexWord(pos, base) != null && (best == null || base.length() < best.length())) {
                        best = base;
                    }
                }
            }
        } catch (JWNLException e) {
            return token;
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
        for (Synset synset : senses(lemma)) {
            keys.add(key(synset));
            for (Pointer p : synset.getPointers()) {
                PointerType type = p.getType();
                try {
                    if (type == PointerType.SIMILAR_TO || type == PointerType.PERTAINYM) {
                        keys.add(key(p.getTargetSynset()));
                    } else if (type == PointerType.INSTANCE_HYPERNYM) {
                        // A named place or body is an instance of its kind: a named country matches "country".
                        Synset kind = p.getTargetSynset();
                        keys.add(key(kind));
                        for (Pointer up : kind.getPointers(PointerType.HYPERNYM)) {
                            keys.add(key(up.getTargetSynset()));
                        }
                    }
                } catch (JWNLException e) {
                    // a broken pointer only costs one link
                }
            }
            for (Word word : synset.getWords()) {
                if (!word.getLemma().equalsIgnoreCase(lemma)) {
                    continue;
                }
                for (Pointer p : word.getPointers()) {
                    if (p.getType() == PointerType.DERIVATION || p.getType() == PointerType.PERTAINYM) {
                        try {
                            if (p.getTarget() instanceof Word target) {
                                keys.add("w:" + target.getLemma().toLowerCase(Locale.ROOT));
                                keys.add(key(target.getSynset()));
                            }
                        } catch (JWNLException e) {
                            // skip this link
                        }
                    }
                }
            }
        }
        return Set.copyOf(keys);
    }

    @Override
    public synchronized Set<String> antonyms(String lemma) {
        return antonyms.computeIfAbsent(lemma, this::findAntonyms);
    }

    private Set<String> findAntonyms(String lemma) {
        Set<String> out = new HashSet<>();
        for (Synset synset : senses(lemma)) {
            for (Word word : synset.getWords()) {
                if (!word.getLemma().equalsIgnoreCase(lemma)) {
                    continue;
                }
                for (Pointer p : word.getPointers(PointerType.ANTONYM)) {
                    try {
                        if (p.getTarget() instanceof Word target) {
                            out.add(target.getLemma().toLowerCase(Locale.ROOT));
                        }
                    } catch (JWNLException e) {
                        // skip this link
                    }
                }
            }
        }
        return Set.copyOf(out);
    }

    private static int parts(String token) {
        int n = 1;
        for (int i = 0; i < token.length(); i++) {
            if (token.charAt(i) == '-' || token.charAt(i) == ' ') {
                n++;
            }
        }
        return n;
    }

    private List<Synset> senses(String lemma) {
        List<Synset> out = new java.util.ArrayList<>();
        Dictionary dictionary = dictionary();
        try {
            for (POS pos : POS.getAllPOS()) {
                IndexWord iw = dictionary.getIndexWord(pos, lemma);
                if (iw == null) {
                    continue;
                }
                List<Synset> senses = iw.getSenses();
                out.addAll(senses.subList(0, Math.min(SENSES, senses.size())));
            }
        } catch (JWNLException e) {
            return out;
        }
        return out;
    }

    private static String key(Synset synset) {
        return "s:" + synset.getPOS().getKey() + synset.getOffset();
    }
}
