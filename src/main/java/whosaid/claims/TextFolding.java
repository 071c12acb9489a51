package whosaid.claims;

import whosaid.lexicon.SpeechVerbs;
import whosaid.lexicon.WordList;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Folds a wording to the tokens the grouping layers compare: lower case, typographic quotes, apostrophes and dashes
 * unified, punctuation dropped. Outlets re-punctuate and re-case the same words, so these differences never count.
 */
public final class TextFolding {

    /** Words joined by an apostrophe, hyphen, or a number's inner comma/point ("2,600", "don't", "cross-border"). */
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:['\\-.,][\\p{L}\\p{N}]+)*");

    /** General English function words: they carry no claim of their own, so content comparisons skip them. */
    private static final Set<String> STOPWORDS = stopwords();

    private static Set<String> stopwords() {
        Set<String> out = new HashSet<>(WordList.set("stop-words"));
        out.addAll(WordList.set("claim-stop-words"));
        return Set.copyOf(out);
    }

    /** Negation cues of English; the forms of "deny" count because a denial reverses the claim it reports. */
    private static final Set<String> NEGATORS = negators();

    private static Set<String> negators() {
        Set<String> out = new HashSet<>(WordList.set("negations"));
        SpeechVerbs.forms().forEach((form, base) -> {
            if (base.equals(DENY)) {
                out.add(form);
            }
        });
        return Set.copyOf(out);
    }

    /** The verb of saying that reverses what it reports. */
    private static final String DENY = "deny";

    private TextFolding() {
    }

    /** The folded tokens of a text, in order. */
    public static List<String> tokens(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'').replace('\u2018', '\'').replace('\u02bc', '\'').replace('`', '\'')
                .replace('\u2010', '-').replace('\u2011', '-');
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(s);
        while (m.find()) {
            String t = m.group();
            // A trailing possessive adds nothing to the claim: "each other's" and "each other" say the same.
            if (t.endsWith("'s")) {
                t = t.substring(0, t.length() - 2);
            }
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    public static boolean isStopword(String token) {
        return STOPWORDS.contains(token);
    }

    public static boolean isNegator(String token) {
        return NEGATORS.contains(token) || token.endsWith("n't");
    }

    /** True for digits and written numbers ({@link Figures}): they are what a claim's figures are made of. */
    public static boolean isNumber(String token) {
        return Figures.isNumberWord(token);
    }

    /** A token that says something: not a function word, not a negator, not a number. */
    public static boolean isContent(String token) {
        return !isStopword(token) && !isNegator(token) && !isNumber(token) && token.length() > 1;
    }
}
