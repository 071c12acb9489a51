package whosaid.claims;

import java.util.ArrayList;
import java.util.List;

/**
 * WordNet's base forms of a word ("stopped" → "stop", "went" → "go", "ice-creams" → "ice cream"), the way extJWNL's
 * default morphological processor for WordNet 3.1 finds them, over the precomputed {@link WordNetTable}: the
 * exception list, then the suffix rules, then the word cut at every non-letter and joined again with a space, a
 * hyphen or nothing. Each rule keeps only forms WordNet indexes. The order of the forms is extJWNL's, so that the
 * shortest-form choice in {@link WordNetLexicon} breaks ties as before.
 */
final class WordNetMorphology {
    /** Suffix rules per part of speech (noun, verb, adjective, adverb): {suffix, replacement}, in extJWNL's order. */
    private static final String[][][] SUFFIXES = {
            {{"s", ""}, {"ses", "s"}, {"xes", "x"}, {"zes", "z"}, {"ches", "ch"}, {"shes", "sh"}, {"men", "man"},
                    {"ies", "y"}},
            {{"s", ""}, {"ies", "y"}, {"es", "e"}, {"es", ""}, {"ed", "e"}, {"ed", ""}, {"ing", "e"}, {"ing", ""}},
            {{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}},
            {}};
    /** Joints tried between the parts of a word, in extJWNL's order; a part may also join the next with none. */
    private static final String[] DELIMITERS = {" ", "-"};

    private final WordNetTable table;

    WordNetMorphology(WordNetTable table) {
        this.table = table;
    }

    /** The parts extJWNL cuts a word into: runs of a-z and apostrophes (digits, capitals and the rest cut). */
    static List<String> parts(String word) {
        List<String> parts = new ArrayList<>();
        int from = -1;
        for (int i = 0; i <= word.length(); i++) {
            char c = i < word.length() ? word.charAt(i) : '.';
            boolean letter = (c >= 'a' && c <= 'z') || c == '\'';
            if (letter && from < 0) {
                from = i;
            } else if (!letter && from >= 0) {
                parts.add(word.substring(from, i));
                from = -1;
            }
        }
        return parts;
    }

    /** Every base form of {@code word} as part of speech {@code pos}, in the order extJWNL finds them. */
    List<String> baseForms(int pos, String word, List<String> parts) {
        List<String> forms = new ArrayList<>();
        exceptions(pos, word, forms);
        detachSuffixes(pos, word, forms);
        List<List<String>> partForms = new ArrayList<>(parts.size());
        for (String part : parts) {
            List<String> own = new ArrayList<>();
            own.add(part);
            indexed(pos, part, own);
            exceptions(pos, part, own);
            detachSuffixes(pos, part, own);
            partForms.add(own);
        }
        for (int i = 0; i < partForms.size(); i++) {
            for (int j = partForms.size() - 1; j >= i; j--) {
                joinings(pos, partForms, i, j, forms);
            }
        }
        return forms;
    }

    private void indexed(int pos, String lemma, List<String> forms) {
        if (table.indexes(pos, lemma)) {
            add(forms, lemma);
        }
    }

    private void exceptions(int pos, String word, List<String> forms) {
        for (String base : table.exceptions(pos, word)) {
            add(forms, base);
        }
    }

    private void detachSuffixes(int pos, String word, List<String> forms) {
        for (String[] rule : SUFFIXES[pos]) {
            if (word.endsWith(rule[0])) {
                String stem = word.substring(0, word.length() - rule[0].length()) + rule[1];
                indexed(pos, stem, forms);
                exceptions(pos, stem, forms);
            }
        }
    }

    /** Parts i..j, each in every form found for it, joined in every way; the indexed joinings are kept. */
    private void joinings(int pos, List<List<String>> partForms, int i, int j, List<String> forms) {
        int length = j - i + 1;
        int[] choice = new int[length];
        String[] chosen = new String[length];
        while (true) {
            for (int k = 0; k < length; k++) {
                chosen[k] = partForms.get(i + k).get(choice[k]);
            }
            for (String delimiter : DELIMITERS) {
                // bit k set: part k joins part k+1 with no delimiter; counted up with the last joint lowest
                for (int bits = 0; bits < (1 << (length - 1)); bits++) {
                    StringBuilder lemma = new StringBuilder();
                    for (int k = 0; k < length; k++) {
                        if (k > 0 && (bits & (1 << (length - 1 - k))) == 0) {
                            lemma.append(delimiter);
                        }
                        lemma.append(chosen[k]);
                    }
                    indexed(pos, lemma.toString(), forms);
                }
            }
            int k = length - 1;
            while (k >= 0 && choice[k] == partForms.get(i + k).size() - 1) {
                choice[k--] = 0;
            }
            if (k < 0) {
                return;
            }
            choice[k]++;
        }
    }

    private static void add(List<String> forms, String form) {
        if (!forms.contains(form)) {
            forms.add(form);
        }
    }
}
