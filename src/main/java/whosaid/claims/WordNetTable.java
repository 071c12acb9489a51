package whosaid.claims;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * WordNet 3.1 as the claims stage uses it, precomputed at build time by {@link WordNetTableBuilder} into one
 * resource and read in one go: every lemma with the parts of speech that index it, the meaning keys of its first
 * senses, the words one derivation away and its antonyms, and each part of speech's exception list ("went" →
 * "go") for the morphology. Immutable once read.
 */
final class WordNetTable {
    static final String RESOURCE = "/whosaid/claims/wordnet.bin";
    static final int MAGIC = 0x574e5431; // "WNT1"
    /** Synset keys' parts of speech, in extJWNL's order (noun, verb, adjective, adverb), as its keys spell them. */
    static final String POS_KEYS = "nvar";
    static final int OFFSET_BITS = 28;

    /** Sorted lemmas; {@code data[start[i]..]} holds lemma i's answers. */
    private final String[] lemmas;
    private final String[] strings;
    private final int[] start;
    private final int[] data;
    private final List<Map<String, String[]>> exceptions;

    private WordNetTable(String[] strings, String[] lemmas, int[] start, int[] data,
                         List<Map<String, String[]>> exceptions) {
        this.strings = strings;
        this.lemmas = lemmas;
        this.start = start;
        this.data = data;
        this.exceptions = exceptions;
    }

    /** The table in the jar. */
    static WordNetTable read() {
        try (InputStream in = WordNetTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("WordNet table " + RESOURCE + " is not on the class path"
                        + " (it is built at process-classes: run mvn package)");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read WordNet table " + RESOURCE, e);
        }
    }

    static WordNetTable read(InputStream source) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(source, 1 << 16));
        if (in.readInt() != MAGIC) {
            throw new IOException("not a whosaid WordNet table");
        }
        String[] strings = new String[in.readInt()];
        for (int i = 0; i < strings.length; i++) {
            strings[i] = in.readUTF();
        }
        int count = in.readInt();
        String[] lemmas = Arrays.copyOf(strings, count);
        int[] start = new int[count + 1];
        int[] data = new int[count * 8];
        int at = 0;
        for (int i = 0; i < count; i++) {
            start[i] = at;
            int posMask = in.readUnsignedByte();
            int senses = in.readUnsignedShort();
            int need = at + 4 + senses;
            data = grow(data, need);
            data[at++] = posMask;
            data[at++] = senses;
            for (int k = 0; k < senses; k++) {
                data[at++] = in.readInt();
            }
            for (int list = 0; list < 2; list++) {
                int n = in.readUnsignedShort();
                data = grow(data, at + 1 + n + 1);
                data[at++] = n;
                for (int k = 0; k < n; k++) {
                    data[at++] = in.readInt();
                }
            }
        }
        start[count] = at;
        int posCount = in.readUnsignedByte();
        List<Map<String, String[]>> exceptions = new java.util.ArrayList<>(posCount);
        for (int p = 0; p < posCount; p++) {
            int n = in.readInt();
            Map<String, String[]> byForm = new HashMap<>(n * 2);
            for (int k = 0; k < n; k++) {
                String form = strings[in.readInt()];
                String[] bases = new String[in.readUnsignedShort()];
                for (int b = 0; b < bases.length; b++) {
                    bases[b] = strings[in.readInt()];
                }
                byForm.put(form, bases);
            }
            exceptions.add(byForm);
        }
        return new WordNetTable(strings, lemmas, start, Arrays.copyOf(data, at), List.copyOf(exceptions));
    }

    private static int[] grow(int[] data, int need) {
        return need <= data.length ? data : Arrays.copyOf(data, Math.max(need, data.length + (data.length >> 1)));
    }

    /**
     * A query as WordNet's index spells it: extJWNL trims and lower-cases every query and looks spaces up as
     * underscores, so "ice cream", "ice_cream" and " Ice Cream" are one entry.
     */
    static String normalise(String lemma) {
        return lemma.trim().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** The lemma's row, or -1 when no part of speech indexes it. */
    int find(String lemma) {
        if (lemma == null) {
            return -1;
        }
        String key = normalise(lemma);
        if (key.isEmpty()) {
            return -1;
        }
        int i = Arrays.binarySearch(lemmas, key);
        return i < 0 ? -1 : i;
    }

    /** Whether part of speech {@code pos} (an index into {@link #POS_KEYS}) has an entry for the lemma. */
    boolean indexes(int pos, String lemma) {
        int row = find(lemma);
        return row >= 0 && (data[start[row]] & (1 << pos)) != 0;
    }

    /** The exception list's base forms of an irregular form ("went" → "go"), or none. */
    String[] exceptions(int pos, String form) {
        if (form == null || pos >= exceptions.size()) {
            return NONE;
        }
        String[] bases = exceptions.get(pos).get(normalise(form));
        return bases == null ? NONE : bases;
    }

    private static final String[] NONE = new String[0];

    /** The meaning keys of a row's first senses and of the synsets one link away, as "s:" strings. */
    void senseKeys(int row, java.util.Collection<String> out) {
        int at = start[row] + 1;
        int n = data[at++];
        for (int k = 0; k < n; k++) {
            int key = data[at++];
            out.add("s:" + POS_KEYS.charAt(key >>> OFFSET_BITS) + (key & ((1 << OFFSET_BITS) - 1)));
        }
    }

    /** The lemmas one derivation or pertainym away from the row's lemma. */
    void derivedWords(int row, java.util.Collection<String> out) {
        int at = start[row] + 1;
        at += 1 + data[at];
        int n = data[at++];
        for (int k = 0; k < n; k++) {
            out.add(strings[data[at++]]);
        }
    }

    /** The lemmas of the row's antonyms. */
    void antonyms(int row, java.util.Collection<String> out) {
        int at = start[row] + 1;
        at += 1 + data[at];
        at += 1 + data[at];
        int n = data[at++];
        for (int k = 0; k < n; k++) {
            out.add(strings[data[at++]]);
        }
    }
}
