package whosaid.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * The precomputed table answers as extJWNL did at run time: the same base form, meaning keys and antonyms for the
 * words of this project's invented test articles, for a sample of WordNet's own lemmas and for their inflected,
 * hyphen-joined and capitalised forms.
 */
class WordNetTableTest {

    @Test
    void answersAsExtJwnlDid() throws Exception {
        Set<String> words = new LinkedHashSet<>(List.of("stopped", "countries", "went", "leaves", "saw", "axes",
                "ice-creams", "mother-in-law", "kabul-based", "u.s.", "u.s.-led", "well-known", "cease-fire",
                "self-determination", "ran", "better", "best", "children", "stabilizing", "negotiations",
                "Stopped", "covid-19", "12,000", "re-elected", "anti-government", "x-rays", "runs-up"));
        for (String file : List.of("dev/dev-digest.txt", "heldout/heldout-digest.txt")) {
            words.addAll(tokens(Path.of("src/test/resources/whosaid", file)));
        }
        Dictionary dictionary = Dictionary.getDefaultResourceInstance();
        int n = 0;
        for (POS pos : POS.getAllPOS()) {
            for (Iterator<IndexWord> it = dictionary.getIndexWordIterator(pos); it.hasNext(); n++) {
                String lemma = it.next().getLemma();
                if (n % 300 == 0) {
                    words.add(lemma);
                    for (String suffix : List.of("s", "es", "ed", "ing", "er", "est")) {
                        words.add(lemma + suffix);
                    }
                    words.add(lemma.replace(' ', '-'));
                }
            }
        }
        ExtJwnlLexicon before = new ExtJwnlLexicon();
        WordNetLexicon after = new WordNetLexicon();
        int compared = 0;
        List<String> differences = new ArrayList<>();
        for (String word : words) {
            if (WordNetMorphology.parts(word).size() > WordNetLexicon.MAX_MORPHOLOGY_PARTS) {
                continue; // bounded differently on purpose: see WordNetLexicon.MAX_MORPHOLOGY_PARTS
            }
            compared++;
            String lemma = before.lemma(word);
            if (!lemma.equals(after.lemma(word))) {
                differences.add(word + ": lemma " + lemma + " / " + after.lemma(word));
                continue;
            }
            if (!before.concepts(lemma).equals(after.concepts(lemma))) {
                differences.add(word + ": concepts " + before.concepts(lemma) + " / " + after.concepts(lemma));
            }
            if (!before.antonyms(lemma).equals(after.antonyms(lemma))) {
                differences.add(word + ": antonyms " + before.antonyms(lemma) + " / " + after.antonyms(lemma));
            }
        }
        assertTrue(compared > 5_000, "compared " + compared);
        assertEquals(List.of(), differences.subList(0, Math.min(20, differences.size())),
                differences.size() + " of " + compared + " words differ");
    }

    private static List<String> tokens(Path file) throws IOException {
        List<String> out = new ArrayList<>();
        for (String raw : Files.readString(file).split("\\s+")) {
            String word = raw.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
            if (!word.isEmpty()) {
                out.add(word.toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }
}
