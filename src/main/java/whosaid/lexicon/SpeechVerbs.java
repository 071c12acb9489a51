package whosaid.lexicon;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The verbs of saying in every form news writes them ("says", "said", "warning", "tweeted"), each mapped to its base.
 * The bases are {@code speech-verbs.txt}; regular inflections are derived here so the list stays one word a verb,
 * and the forms that rule cannot make are {@code speech-verb-forms.txt}. Every stage that needs to know "is this a
 * verb of saying" asks here, so they cannot disagree.
 */
public final class SpeechVerbs {
    private static final Map<String, String> FORMS = forms();

    private SpeechVerbs() {
    }

    /** The base form when {@code lower} (a lower-case word) is a verb of saying, else null. */
    public static String base(String lower) {
        return FORMS.get(lower);
    }

    public static boolean isSpeechVerb(String lower) {
        return FORMS.containsKey(lower);
    }

    /** Every form, with its base. */
    public static Map<String, String> forms() {
        Map<String, String> out = new HashMap<>();
        for (String b : WordList.lines("speech-verbs")) {
            for (String f : inflect(b)) {
                out.putIfAbsent(f, b);
            }
        }
        out.putAll(WordList.map("speech-verb-forms"));
        return Map.copyOf(out);
    }

    /** Regular English inflections of a verb: -s, -ed, -ing, with the spelling changes of e, y, sibilants, doubling. */
    static Set<String> inflect(String b) {
        Set<String> out = new LinkedHashSet<>();
        out.add(b);
        if (b.endsWith("e")) {
            out.add(b + "s");
            out.add(b + "d");
            out.add(b.substring(0, b.length() - 1) + "ing");
        } else if (b.endsWith("y") && !b.endsWith("ay") && !b.endsWith("ey")) {
            String stem = b.substring(0, b.length() - 1);
            out.add(stem + "ies");
            out.add(stem + "ied");
            out.add(b + "ing");
        } else if (b.endsWith("s") || b.endsWith("sh") || b.endsWith("ch") || b.endsWith("x")) {
            out.add(b + "es");
            out.add(b + "ed");
            out.add(b + "ing");
        } else {
            out.add(b + "s");
            out.add(b + "ed");
            out.add(b + "ing");
            char last = b.charAt(b.length() - 1);
            // Short verbs ending vowel + consonant double it: stop -> stopped, quip -> quipped.
            if (b.length() <= 4 && "ptgmn".indexOf(last) >= 0 && "aeiou".indexOf(b.charAt(b.length() - 2)) >= 0) {
                out.add(b + last + "ed");
                out.add(b + last + "ing");
            }
        }
        return out;
    }
}
