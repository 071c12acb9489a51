package whosaid.claims;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WordNetLexiconTest {

    private static WordNetLexicon lexicon;

    @BeforeAll
    static void load() {
        lexicon = new WordNetLexicon();
    }

    private static boolean share(String a, String b) {
        Set<String> keys = new HashSet<>(lexicon.concepts(lexicon.lemma(a)));
        keys.retainAll(lexicon.concepts(lexicon.lemma(b)));
        return !keys.isEmpty();
    }

    @Test
    void wordNetIsReadOnTheFirstQuestionOnly() {
        WordNetLexicon fresh = new WordNetLexicon();
        assertFalse(fresh.loaded(), "constructing a lexicon reads nothing");
        assertEquals("it's", fresh.lemma("it's"));
        assertFalse(fresh.loaded(), "a word WordNet cannot know is answered without it");
        assertEquals("stop", fresh.lemma("stopped"));
        assertTrue(fresh.loaded());
    }

    @Test
    void aWordOfManyHyphenJoinedPartsIsKeptAsWritten() {
        assertEquals("a-b-c-d-e-f-g-h-i-j-k-l-m-n-o-p-q-r-s-t", lexicon.lemma("a-b-c-d-e-f-g-h-i-j-k-l-m-n-o-p-q-r-s-t"));
    }

    @Test
    void lemmasFoldInflection() {
        assertEquals("stop", lexicon.lemma("stopped"));
        assertEquals("country", lexicon.lemma("countries"));
    }

    @Test
    void synonymsAndWordFamiliesShareAKey() {
        assertTrue(share("cease", "stop"));
        assertTrue(share("stability", "stabilizing"), "one word family, two WordNet hops apart");
        assertTrue(share("negotiation", "negotiate"));
    }

    @Test
    void unrelatedAndShortWordsDoNot() {
        assertFalse(share("bridge", "harbour"));
        assertFalse(share("war", "ware"), "stems of short words are not keys");
    }

    @Test
    void antonymsAreKnown() {
        assertTrue(lexicon.antonyms("increase").contains("decrease"));
    }
}
