package whosaid.attribution;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Compares names: folds case, width and the various spaces (a narrow no-break space inside a name equals a
 * space), drops honorifics and punctuation. The text of a name is never changed, only its comparison key.
 */
public final class Names {
    private Names() {
    }

    /** Lower-case word tokens of a name without honorifics ("Mr. Ana  Ruiz" → [ana, ruiz]). */
    public static List<String> tokens(String name) {
        List<String> out = new ArrayList<>();
        if (name == null) {
            return out;
        }
        String s = Normalizer.normalize(name, Normalizer.Form.NFKC).replace('’', '\'').toLowerCase(Locale.ROOT);
        for (String w : words(s)) {
            // generational suffixes are not the surname: "Robert Hale Jr." is Hale
            // "s" is what is left of a possessive ("Ruiz's") once the apostrophe splits it off
            if (!w.isEmpty() && !Lexicon.HONORIFICS.containsKey(w) && !w.equals("s")
                    && !Lexicon.NAME_SUFFIXES.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    /**
     * The runs of letters and numbers, as splitting at {@code [^\p{L}\p{N}]+} gives them (empty pieces aside);
     * read by hand, since names are compared very often and the regular expression was most of the cost.
     */
    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            int j = i;
            while (j < s.length() && isWordChar(s.codePointAt(j))) {
                j += Character.charCount(s.codePointAt(j));
            }
            if (j > i) {
                out.add(s.substring(i, j));
                i = j;
            } else {
                i += Character.charCount(s.codePointAt(i));
            }
        }
        return out;
    }

    /** {@code \p{L}} or {@code \p{N}}. */
    private static boolean isWordChar(int c) {
        int type = Character.getType(c);
        return Character.isLetter(c) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    public static String key(String name) {
        return String.join(" ", tokens(name));
    }

    /** The last token (surname for most naming customs), or "" for an empty name. */
    public static String last(List<String> tokens) {
        return tokens.isEmpty() ? "" : tokens.get(tokens.size() - 1);
    }

    /**
     * Two full names of the same length and surname whose given names differ only by a small edit: spellings of
     * one transliterated name (Zabiullah / Zabihullah), not two people (Aisha / Bilal).
     */
    public static boolean spellingVariants(List<String> a, List<String> b) {
        if (a.size() != b.size() || a.size() < 2 || !last(a).equals(last(b))) {
            return false;
        }
        for (int i = 0; i < a.size() - 1; i++) {
            String x = a.get(i);
            String y = b.get(i);
            int shorter = Math.min(x.length(), y.length());
            int allowed = shorter >= 6 ? 2 : shorter >= 4 ? 1 : 0;
            if (editDistance(x, y) > allowed) {
                return false;
            }
        }
        return true;
    }

    /** Levenshtein distance, for spelling variants of transliterated names. */
    public static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int c = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + c);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
