package whosaid.claims;

import java.text.Normalizer;
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
    private static final Set<String> STOPWORDS = Set.of(
            "a", "an", "the", "and", "or", "but", "if", "then", "so", "as", "of", "at", "by", "for", "with", "about",
            "to", "from", "in", "into", "on", "onto", "over", "under", "up", "down", "out", "off", "through", "between",
            "against", "during", "before", "after", "above", "below", "within", "upon", "via", "per",
            "is", "am", "are", "was", "were", "be", "been", "being", "has", "have", "had", "having", "do", "does",
            "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "ought",
            "i", "me", "my", "we", "us", "our", "ours", "you", "your", "yours", "he", "him", "his", "she", "her",
            "hers", "it", "its", "they", "them", "their", "theirs", "this", "that", "these", "those", "there",
            "here", "who", "whom", "whose", "which", "what", "when", "where", "why", "how", "all", "any", "both",
            "each", "other", "another", "some", "such", "own", "same", "than", "too", "very", "just", "also",
            "only", "even", "still", "yet", "again", "further", "once", "while", "because", "although", "though",
            "whether", "let", "lets", "let's", "one's", "s", "t", "more", "most", "much", "many", "few", "every");

    /** Negation cues of English; "deny" counts because a denial reverses the claim it reports. */
    private static final Set<String> NEGATORS = Set.of(
            "not", "no", "never", "neither", "nor", "without", "none", "nobody", "nothing", "nowhere", "cannot",
            "deny", "denies", "denied", "denying");

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
