package whosaid.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads the word lists under {@code src/main/resources/whosaid/lexicon/}: everything the program knows about
 * English news (speech verbs, titles, roles, stop words, abbreviations …) lives there as data, one plain text file
 * per list, so a reader finds it in one folder and a list exists once.
 *
 * <p>File format: UTF-8, one entry a line; blank lines and lines starting with {@code #} are ignored (each file
 * starts with a {@code #} header that says what the list is for). A line may hold several fields separated by a
 * tab or by {@code " = "} (for maps: an irregular form and its base, an honorific and its gender). Entries are
 * kept as written; callers that compare lower-case words write them lower-case.
 *
 * <p>Each call reads the resource afresh and returns an unmodifiable collection: callers keep what they load in
 * a {@code static final} field, so a list is read once per class and nothing here holds mutable state.
 */
public final class WordList {
    private static final String FOLDER = "/whosaid/lexicon/";

    private WordList() {
    }

    /** The entries of {@code name}.txt, in file order, as written. */
    public static List<String> lines(String name) {
        List<String> out = new ArrayList<>();
        for (String[] fields : rows(name)) {
            out.add(String.join("\t", fields));
        }
        return List.copyOf(out);
    }

    /** The first field of every entry of {@code name}.txt, as a set (repeats tolerated). */
    public static Set<String> set(String name) {
        Set<String> out = new LinkedHashSet<>();
        for (String[] fields : rows(name)) {
            out.add(fields[0]);
        }
        return Set.copyOf(out);
    }

    /**
     * The entries of {@code name}.txt as a map from the first field to the second. A line with one field maps the
     * word to the empty string; a key given twice is an error in the list, reported with its line.
     */
    public static Map<String, String> map(String name) {
        Map<String, String> out = new LinkedHashMap<>();
        int i = 0;
        for (String[] fields : rows(name)) {
            i++;
            String value = fields.length > 1 ? fields[1] : "";
            if (out.putIfAbsent(fields[0], value) != null) {
                throw new IllegalStateException("lexicon " + name + ".txt: entry " + i + " repeats the key '"
                        + fields[0] + "'");
            }
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    /** Every entry of {@code name}.txt split into its fields, in file order. */
    public static List<String[]> rows(String name) {
        String path = FOLDER + name + ".txt";
        try (InputStream in = WordList.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("no lexicon list " + path + " on the class path");
            }
            List<String[]> out = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                String[] fields = t.contains("\t") ? t.split("\t") : t.split(" = ");
                for (int k = 0; k < fields.length; k++) {
                    fields[k] = fields[k].strip();
                }
                out.add(fields);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon list " + path, e);
        }
    }
}
