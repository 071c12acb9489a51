package whosaid.contradictions;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Word lists of general English news that the contradiction rules read: function words, verbs of denial and of
 * assertion, and small groups of words that news uses for the same act (shelter/harbour/host). Nothing here is
 * about one story.
 */
final class Lexicon {
    private Lexicon() {
    }

    static final Set<String> STOPWORDS = Set.of(
            "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "from", "by", "with",
            "as", "into", "onto", "over", "under", "about", "after", "before", "since", "during", "between",
            "against", "within", "without", "through", "across", "along", "than", "that", "this", "these", "those",
            "it", "its", "they", "them", "their", "he", "him", "his", "she", "her", "we", "our", "us", "i", "me",
            "my", "you", "your", "who", "whom", "whose", "which", "what", "when", "where", "why", "how", "is", "are",
            "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "will", "would",
            "could", "should", "can", "may", "might", "must", "shall", "not", "no", "so", "if", "then", "also",
            "too", "very", "more", "most", "any", "all", "some", "such", "other", "both", "each", "there", "here",
            "said", "say", "says", "saying", "told", "tell", "added", "according", "while", "even", "just", "only",
            "still", "yet", "now", "long", "once", "up", "out", "down", "off", "again", "further", "later", "last",
            "next", "new", "own", "same", "one", "two", "three", "many", "much", "several", "made", "make",
            "mr", "mrs", "ms", "dr", "however", "because", "although", "though", "whether", "per", "including");

    /** Verbs and nouns by which a party disputes a proposition. */
    static final Set<String> DENIAL = Set.of(
            "deny", "denies", "denied", "denying", "denial", "denials", "reject", "rejects", "rejected",
            "rejecting", "dismiss", "dismisses", "dismissed", "dismissing", "refute", "refutes", "refuted",
            "refuting", "rebuff", "rebuffed", "disputed", "contested");

    /** Verbs and nouns by which a party puts a proposition forward. */
    static final Set<String> ASSERTION = Set.of(
            "accuse", "accuses", "accused", "accusing", "accusation", "accusations", "blame", "blames", "blamed",
            "blaming", "claim", "claims", "claimed", "claiming", "allege", "alleges", "alleged", "allegedly",
            "allegation", "allegations", "insist", "insists", "insisted", "complain", "complains", "complained",
            "charge", "charged", "say", "says", "said", "confirm", "confirms", "confirmed", "report", "reported",
            "according", "told", "announced", "maintain", "maintains", "argue", "argues", "argued");

    /** Objects of a denial that point back at the proposition just stated ("He denied the charges"). */
    static final Set<String> ANAPHORIC_OBJECTS = Set.of(
            "charge", "charges", "allegation", "allegations", "accusation", "accusations", "claim", "claims",
            "report", "reports", "it", "this", "that", "them", "wrongdoing", "account", "accounts");

    /** Nouns that open a clause naming what was just stated ("..., an allegation Kabul has rejected"). */
    static final Set<String> ALLEGATION_NOUNS = Set.of("allegation", "allegations", "claim", "claims", "charge",
            "charges", "accusation", "accusations", "assertion", "report", "reports", "which");

    /** Words opening a sentence that sets evidence against what came before. */
    static final Set<String> CONTRAST_OPENERS = Set.of("but", "however", "yet", "still", "nevertheless", "nonetheless");

    static final Set<String> NEGATIONS = Set.of("not", "no", "never", "neither", "nor", "none", "nothing", "cannot",
            "won't", "won’t", "don't", "don’t", "doesn't", "doesn’t", "didn't", "didn’t", "isn't", "isn’t",
            "aren't", "aren’t", "wasn't", "wasn’t", "without");

    /** Words that news uses for the same act or thing, mapped to one concept. */
    private static final Map<String, String> CONCEPTS = new HashMap<>();

    private static void group(String concept, String... words) {
        for (String w : words) {
            CONCEPTS.put(w, concept);
        }
    }

    static {
        group("harbour", "shelter", "harbor", "harbour", "host", "haven", "sanctuary", "hideout", "safe",
                "support", "back", "backing", "fund", "finance", "financial", "sponsor", "arm", "present", "presence");
        group("kill", "kill", "dead", "death", "die", "died", "fatality", "fatalities", "toll", "slain");
        group("injure", "injure", "injured", "wound", "wounded", "hurt", "injury", "injuries");
        group("fight", "clash", "fighting", "fight", "attack", "violence", "hostility", "hostilities", "strike",
                "airstrike", "raid", "bombing", "bomb", "war", "conflict", "shelling", "offensive", "assault",
                "air");
        group("alive", "alive", "survive", "survived", "living");
        group("control", "control", "rein", "curb", "restrain", "contain", "disarm");
        group("stop", "stop", "cease", "halt", "end", "stopped", "ceased");
        group("truce", "ceasefire", "cease-fire", "truce", "armistice");
        group("militant", "militant", "fighter", "insurgent", "rebel", "gunman", "gunmen", "operative");
        group("give", "give", "giving", "provide", "providing", "offer", "grant");
        group("civilian", "civilian", "people", "resident", "villager");
    }

    /** The concept a lower-case lemma stands for (itself when it is in no group). */
    static String concept(String lemma) {
        return CONCEPTS.getOrDefault(lemma, lemma);
    }

    /** A crude English lemma: enough to make "sheltering", "shelters" and "sheltered" meet. */
    static String lemma(String lower) {
        String w = lower.toLowerCase(Locale.ROOT).replace('’', '\'');
        if (w.endsWith("'s")) {
            w = w.substring(0, w.length() - 2);
        }
        if (CONCEPTS.containsKey(w) || w.length() <= 4) {
            return w;
        }
        if (w.endsWith("ies") && w.length() > 5) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("ing") && w.length() > 6) {
            String s = w.substring(0, w.length() - 3);
            return undouble(s);
        }
        if (w.endsWith("ed") && w.length() > 5) {
            String s = w.substring(0, w.length() - 2);
            if (CONCEPTS.containsKey(s + "e")) {
                return s + "e";
            }
            return undouble(s);
        }
        if (w.endsWith("es") && (w.endsWith("shes") || w.endsWith("ches") || w.endsWith("sses") || w.endsWith("xes"))) {
            return w.substring(0, w.length() - 2);
        }
        if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    private static String undouble(String s) {
        int n = s.length();
        if (n > 3 && s.charAt(n - 1) == s.charAt(n - 2) && "lsz".indexOf(s.charAt(n - 1)) < 0) {
            return s.substring(0, n - 1);
        }
        if (CONCEPTS.containsKey(s + "e")) {
            return s + "e";
        }
        return s;
    }
}
