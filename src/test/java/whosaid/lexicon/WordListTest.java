package whosaid.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class WordListTest {
    @Test
    void readsEntriesAndSkipsCommentsAndBlankLines() {
        List<String> lines = WordList.lines("speech-verbs");
        assertTrue(lines.contains("say"));
        assertFalse(lines.stream().anyMatch(l -> l.startsWith("#") || l.isBlank()));
    }

    @Test
    void aMissingListIsAClearError() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> WordList.set("no-such-list"));
        assertTrue(e.getMessage().contains("no-such-list"), e.getMessage());
    }

    /** Every list says what it is for, and no word of a one-field list is written twice in it. */
    @Test
    void everyListHasAHeaderAndNoRepeatedEntries() throws IOException, URISyntaxException {
        Path folder = Path.of(WordList.class.getResource("/whosaid/lexicon/").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
                List<String> all = Files.readAllLines(f, StandardCharsets.UTF_8);
                assertTrue(!all.isEmpty() && all.get(0).startsWith("#"), f + " starts with a # header");
                String name = f.getFileName().toString().replace(".txt", "");
                Map<String, Integer> seen = new HashMap<>();
                for (String[] row : WordList.rows(name)) {
                    String key = String.join("\t", row);
                    seen.merge(key, 1, Integer::sum);
                }
                seen.forEach((k, n) -> assertEquals(1, n, f + " repeats '" + k + "'"));
            }
        }
    }

    @Test
    void resourceFolderIsOnTheClassPath() throws IOException {
        try (InputStream in = WordList.class.getResourceAsStream("/whosaid/lexicon/speech-verbs.txt")) {
            assertTrue(in != null);
        }
    }
}
