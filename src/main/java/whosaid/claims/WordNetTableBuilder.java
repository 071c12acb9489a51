package whosaid.claims;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.Exc;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * Build-time step (run by the exec plugin at process-classes, never at run time): reads WordNet 3.1 through extJWNL
 * once and writes {@link WordNetTable}'s compact file, holding for every WordNet lemma the answers the claims stage
 * asks about it (the meaning keys of its first senses and the words one link away, its antonyms) and, for the
 * morphology, which parts of speech know each lemma and the exception lists. extJWNL parses WordNet's text files
 * for seconds on every start; the table is read in one go in a fraction of that, and extJWNL stays out of the jar.
 *
 * <p>The rules are those {@link WordNetLexicon} applied to extJWNL before the table existed, kept here word for
 * word so that the answers do not change ({@code WordNetTableTest} compares the two).
 */
public final class WordNetTableBuilder {
    /** Senses per part of speech taken into account; WordNet orders senses by frequency. */
    static final int SENSES = 3;

    private final Dictionary dictionary;

    public WordNetTableBuilder(Dictionary dictionary) {
        this.dictionary = dictionary;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: WordNetTableBuilder OUTPUT_FILE");
        }
        Path out = Path.of(args[0]);
        if (upToDate(out)) {
            return; // WordNet does not change between builds; only this builder or the table's format can
        }
        long t0 = System.nanoTime();
        WordNetTableBuilder builder = new WordNetTableBuilder(Dictionary.getDefaultResourceInstance());
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream file = Files.newOutputStream(out)) {
            builder.write(file);
        }
        remember(out);
        System.out.printf(Locale.ROOT, "WordNet table: %s, %d bytes, %.1f s%n", out, Files.size(out),
                (System.nanoTime() - t0) / 1e9);
    }

    /**
     * Whether {@code out} was written by this very builder and reader: the digest of their compiled classes is kept
     * beside it. (Maven recompiles every class when any changes, so file times cannot tell.)
     */
    private static boolean upToDate(Path out) throws IOException {
        Path key = out.resolveSibling(out.getFileName() + ".key");
        String digest = codeDigest();
        if (Files.exists(out) && Files.exists(key) && Files.readString(key).equals(digest)) {
            return true;
        }
        Files.deleteIfExists(key);
        return false;
    }

    private static void remember(Path out) throws IOException {
        Files.writeString(out.resolveSibling(out.getFileName() + ".key"), codeDigest());
    }

    private static String codeDigest() throws IOException {
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            for (Class<?> code : List.of(WordNetTableBuilder.class, WordNetTable.class)) {
                try (java.io.InputStream in = code.getResourceAsStream(code.getSimpleName() + ".class")) {
                    sha.update(in.readAllBytes());
                }
            }
            return java.util.HexFormat.of().formatHex(sha.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One lemma's answers: which parts of speech index it, its sense keys, derived words and antonyms. */
    record Entry(int posMask, List<Integer> senseKeys, List<String> words, List<String> antonyms) {
    }

    void write(OutputStream target) throws JWNLException, IOException {
        List<POS> all = POS.getAllPOS();
        TreeMap<String, Integer> posMasks = new TreeMap<>();
        for (int p = 0; p < all.size(); p++) {
            for (Iterator<IndexWord> it = dictionary.getIndexWordIterator(all.get(p)); it.hasNext(); ) {
                String lemma = WordNetTable.normalise(it.next().getLemma());
                posMasks.merge(lemma, 1 << p, (a, b) -> a | b);
            }
        }
        List<Map<String, List<String>>> exceptions = new ArrayList<>();
        for (POS pos : all) {
            Map<String, List<String>> byForm = new TreeMap<>();
            for (Iterator<Exc> it = dictionary.getExceptionIterator(pos); it.hasNext(); ) {
                Exc exc = it.next();
                byForm.put(WordNetTable.normalise(exc.getLemma()), List.copyOf(exc.getExceptions()));
            }
            exceptions.add(byForm);
        }

        Map<String, Integer> pool = new HashMap<>();
        List<String> strings = new ArrayList<>();
        List<String> lemmas = new ArrayList<>(posMasks.keySet());
        List<Entry> entries = new ArrayList<>(lemmas.size());
        for (String lemma : lemmas) {
            intern(lemma, pool, strings);
        }
        for (String lemma : lemmas) {
            Entry e = entry(lemma, posMasks.get(lemma));
            e.words().forEach(w -> intern(w, pool, strings));
            e.antonyms().forEach(w -> intern(w, pool, strings));
            entries.add(e);
        }
        for (Map<String, List<String>> byForm : exceptions) {
            byForm.forEach((form, bases) -> {
                intern(form, pool, strings);
                bases.forEach(b -> intern(b, pool, strings));
            });
        }

        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(target, 1 << 16));
        out.writeInt(WordNetTable.MAGIC);
        out.writeInt(strings.size());
        for (String s : strings) {
            out.writeUTF(s);
        }
        // Lemmas are the first strings of the pool, in sorted order: the reader searches them by halving.
        out.writeInt(lemmas.size());
        for (Entry e : entries) {
            out.writeByte(e.posMask());
            out.writeShort(e.senseKeys().size());
            for (int key : e.senseKeys()) {
                out.writeInt(key);
            }
            writeStrings(out, e.words(), pool);
            writeStrings(out, e.antonyms(), pool);
        }
        out.writeByte(exceptions.size());
        for (Map<String, List<String>> byForm : exceptions) {
            out.writeInt(byForm.size());
            for (Map.Entry<String, List<String>> exc : byForm.entrySet()) {
                out.writeInt(pool.get(exc.getKey()));
                writeStrings(out, exc.getValue(), pool);
            }
        }
        out.flush();
    }

    private static void writeStrings(DataOutputStream out, List<String> values, Map<String, Integer> pool)
            throws IOException {
        out.writeShort(values.size());
        for (String v : values) {
            out.writeInt(pool.get(v));
        }
    }

    private static void intern(String s, Map<String, Integer> pool, List<String> strings) {
        if (!pool.containsKey(s)) {
            pool.put(s, strings.size());
            strings.add(s);
        }
    }

    /** What {@link WordNetLexicon} asks WordNet about a lemma, computed once. */
    Entry entry(String lemma, int posMask) throws JWNLException {
        Set<Integer> senseKeys = new LinkedHashSet<>();
        Set<String> words = new LinkedHashSet<>();
        Set<String> antonyms = new LinkedHashSet<>();
        for (Synset synset : senses(lemma)) {
            senseKeys.add(key(synset));
            for (Pointer p : synset.getPointers()) {
                PointerType type = p.getType();
                try {
                    if (type == PointerType.SIMILAR_TO || type == PointerType.PERTAINYM) {
                        senseKeys.add(key(p.getTargetSynset()));
                    } else if (type == PointerType.INSTANCE_HYPERNYM) {
                        // A named place or body is an instance of its kind: a named country matches "country".
                        Synset kind = p.getTargetSynset();
                        senseKeys.add(key(kind));
                        for (Pointer up : kind.getPointers(PointerType.HYPERNYM)) {
                            senseKeys.add(key(up.getTargetSynset()));
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
                    try {
                        if (p.getType() == PointerType.DERIVATION || p.getType() == PointerType.PERTAINYM) {
                            if (p.getTarget() instanceof Word target) {
                                words.add(target.getLemma().toLowerCase(Locale.ROOT));
                                senseKeys.add(key(target.getSynset()));
                            }
                        } else if (p.getType() == PointerType.ANTONYM) {
                            if (p.getTarget() instanceof Word target) {
                                antonyms.add(target.getLemma().toLowerCase(Locale.ROOT));
                            }
                        }
                    } catch (JWNLException e) {
                        // skip this link
                    }
                }
            }
        }
        return new Entry(posMask, List.copyOf(senseKeys), List.copyOf(words), List.copyOf(antonyms));
    }

    private List<Synset> senses(String lemma) throws JWNLException {
        List<Synset> out = new ArrayList<>();
        for (POS pos : POS.getAllPOS()) {
            IndexWord iw = dictionary.getIndexWord(pos, lemma);
            if (iw == null) {
                continue;
            }
            List<Synset> senses = iw.getSenses();
            out.addAll(senses.subList(0, Math.min(SENSES, senses.size())));
        }
        return out;
    }

    /** A synset as one int: its part of speech's place in {@link WordNetTable#POS_KEYS}, then its offset. */
    private static int key(Synset synset) {
        int pos = WordNetTable.POS_KEYS.indexOf(synset.getPOS().getKey().charAt(0));
        long offset = synset.getOffset();
        if (pos < 0 || offset >= (1L << WordNetTable.OFFSET_BITS)) {
            throw new IllegalStateException("synset key out of range: " + synset.getPOS() + " " + offset);
        }
        return (pos << WordNetTable.OFFSET_BITS) | (int) offset;
    }
}
