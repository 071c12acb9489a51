package whosaid.contradictions;

import whosaid.lexicon.WordList;

import java.util.HashMap;
import java.util.HashSet;
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

    /**
     * Words that say nothing about a passage's topic: the function words every stage shares, and the words news
     * repeats whatever the story (reporting words, honorifics, small counts) with the plain negations.
     */
    static final Set<String> STOPWORDS = union(WordList.set("stop-words"), WordList.set("topic-neutral-words"));

    /** Verbs and nouns by which a party disputes a proposition. */
    static final Set<String> DENIAL = WordList.set("denial-words");

    /** Verbs and nouns by which a party puts a proposition forward. */
    static final Set<String> ASSERTION = WordList.set("assertion-words");

    /** The lemmas of accusing: the words of a claim that are not what it claims. */
    static final Set<String> ACCUSATION = WordList.set("accusation-words");

    /** Objects of a denial that point back at the proposition just stated ("He denied the charges"). */
    static final Set<String> ANAPHORIC_OBJECTS = WordList.set("anaphoric-objects");

    /** Nouns that open a clause naming what was just stated ("..., an allegation Kabul has rejected"). */
    static final Set<String> ALLEGATION_NOUNS = WordList.set("allegation-nouns");

    /** What a party disputes when it disputes a proposition (disputed-objects.txt). */
    static final Set<String> DISPUTED_OBJECTS = WordList.set("disputed-objects");

    /** The forms of "deny", which take a proposition without "that" (denial-verbs-of-clauses.txt). */
    static final Set<String> DENY = WordList.set("denial-verbs-of-clauses");

    /** Words that make a sentence's percentages a survey's shares (survey-words.txt). */
    static final Set<String> SURVEY = WordList.set("survey-words");

    /** Words opening a sentence that sets evidence against what came before. */
    static final Set<String> CONTRAST_OPENERS = WordList.set("contrast-openers");

    /** Concepts of the casualty counts: the words of death and injury the numeric rule reads as a toll's status. */
    static final String KILL = "kill";
    static final String INJURE = "injure";

    /** Words that negate their clause, with their kind (see negations.txt). */
    private static final Map<String, String> NEGATIONS = WordList.map("negations");
    /** The kind of negation that stands before the verb it negates ("did not deny", "neither confirmed nor denied"). */
    private static final String VERB_NEGATION = "verb";
    /** The kind of negation only the claim layers read (see negations.txt). */
    private static final String CLAIMS_ONLY = "claims";

    /** Words news uses for the same act or thing, mapped to one concept. */
    private static final Map<String, String> CONCEPTS = concepts();

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new HashSet<>(a);
        out.addAll(b);
        return Set.copyOf(out);
    }

    /** Whether a lower-case word negates its clause ("not", "none", "won't"). */
    static boolean isNegation(String lower) {
        String kind = NEGATIONS.get(lower);
        return kind != null && !kind.equals(CLAIMS_ONLY);
    }

    /** Whether a lower-case word negates the verb after it ("not", "never", "neither", "nor"). */
    static boolean negatesVerb(String lower) {
        return VERB_NEGATION.equals(NEGATIONS.get(lower));
    }

    private static Map<String, String> concepts() {
        Map<String, String> out = new HashMap<>();
        WordList.map("concept-groups").forEach((concept, words) -> {
            for (String w : words.split(" ")) {
                out.put(w, concept);
            }
        });
        return Map.copyOf(out);
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
