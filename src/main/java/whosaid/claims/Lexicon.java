package whosaid.claims;

import java.util.Set;

/** Word knowledge the claim layers need: base forms, meaning keys for synonym matching, and antonyms. */
public interface Lexicon {

    /** The base form of a folded token ("stopped" → "stop", "countries" → "country"); the token itself if unknown. */
    String lemma(String token);

    /**
     * Keys of what a lemma can mean: the lemma itself, its senses, and the words one link away (derivations,
     * adjectives of a country, similar adjectives). Two words that share a key may stand for each other.
     */
    Set<String> concepts(String lemma);

    /** Lemmas of the word's antonyms ("increase" → "decrease"). */
    Set<String> antonyms(String lemma);

    /** A lexicon that knows nothing but the words themselves: exact matching only. */
    static Lexicon plain() {
        return new Lexicon() {
            @Override
            public String lemma(String token) {
                return token;
            }

            @Override
            public Set<String> concepts(String lemma) {
                return Set.of("w:" + lemma);
            }

            @Override
            public Set<String> antonyms(String lemma) {
                return Set.of();
            }
        };
    }
}
