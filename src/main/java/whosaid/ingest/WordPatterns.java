package whosaid.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/** Turns a word list into a regular-expression alternation, so header patterns take their words from the lexicon. */
final class WordPatterns {
    private WordPatterns() {
    }

    /**
     * A non-capturing group matching any entry; a space in an entry matches any run of whitespace. Longer entries
     * are tried first, so "staff writers" wins over "staff".
     */
    static String anyOf(List<String> entries) {
        List<String> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        List<String> alternatives = new ArrayList<>(sorted.size());
        for (String entry : sorted) {
            List<String> words = new ArrayList<>();
            for (String word : entry.strip().split("\\s+")) {
                words.add(Pattern.quote(word));
            }
            alternatives.add(String.join("\\s+", words));
        }
        return "(?:" + String.join("|", alternatives) + ")";
    }
}
