package whosaid.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class JsonlReaderTest {
    private final ArticleReader reader = new ArticleReader();

    @Test
    void readsEveryFieldAndKeepsTextExactly() throws BadInputException {
        List<Article> articles = reader.read("articles.jsonl", Fixtures.bytes("articles.jsonl"));
        assertEquals(3, articles.size());

        Article first = articles.get(0);
        assertEquals("a-1", first.externalId());
        assertEquals("Bridge reopens", first.title());
        assertEquals("Delta Post", first.outlet());
        assertEquals("Nora Vik", first.byline());
        assertEquals("2025-10-18", first.published());
        assertEquals("https://example.org/a-1", first.url());
        assertEquals("The Tolle bridge reopened on Saturday.\n\n\u201cIt is safe again,\u201d said engineer Arvid Moe.",
                first.body());
        assertEquals(1, first.line());

        Article second = articles.get(1);
        assertEquals("42", second.externalId());
        assertNull(second.title());
        assertEquals(3, second.line(), "the blank line 2 is skipped but still counted");

        Article third = articles.get(2);
        assertNull(third.title(), "a blank title is no title");
        assertNull(third.published(), "an unreadable date is dropped, not an error");
        assertEquals("  Text kept exactly, leading spaces included.  ", third.body());
        assertEquals("articles.jsonl", third.source());
    }

    @Test
    void contentStartingWithABraceIsJsonlWhateverTheName() throws BadInputException {
        byte[] bytes = "\n  {\"text\": \"Only text.\", \"published\": \"Oct. 3, 2024\"}\n".getBytes(StandardCharsets.UTF_8);
        Article a = reader.read("-", bytes).get(0);
        assertEquals("Only text.", a.body());
        assertEquals("2024-10-03", a.published());
        assertEquals(2, a.line());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"text\": \"fine\"}\\n{\"text\": \"cut off |2|malformed JSON",
            "{\"text\": \"fine\"}\\n{\"title\": \"no text\"}|2|missing \"text\"",
            "{\"text\": 12}|1|\"text\" must be a string",
            "{\"text\": \"\"}|1|\"text\" is empty",
            "[\"text\"]|1|expected a JSON object",
            "{\"text\": \"a\"} {\"text\": \"b\"}|1|malformed JSON",
            "{\"text\": \"a\", \"title\": {\"x\": 1}}|1|\"title\" must be a string",
    })
    void aMalformedLineFailsTheFileWithItsLineNumber(String content, int line, String reason) {
        BadInputException e = assertThrows(BadInputException.class,
                () -> reader.read("bad.jsonl", content.replace("\\n", "\n").getBytes(StandardCharsets.UTF_8)));
        assertEquals("bad.jsonl", e.file());
        assertEquals(line, e.line());
        assertTrue(e.getMessage().startsWith("bad.jsonl:" + line + ": " + reason), e.getMessage());
        assertEquals(1, e.getMessage().lines().count(), "one line");
    }

    @Test
    void aBadRecordIsKeptApartAndTheOtherLinesAreRead() throws BadInputException {
        String content = String.join("\n",
                "{\"id\": \"g1\", \"text\": \"The pier opened.\"}",
                "{\"id\": \"b1\", \"text\": \"\"}",
                "{\"id\": \"b2\", \"text\": \"cut off",
                "",
                "{\"id\": \"g2\", \"text\": \"The pier closed.\"}",
                "{\"id\": \"b3\", \"text\": [\"not\", \"a string\"]}",
                "{\"id\": \"g3\", \"text\": \"The pier reopened.\"}") + "\n";
        FileRecords records = reader.records("mixed.jsonl", content.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("g1", "g2", "g3"), records.articles().stream().map(Article::externalId).toList());
        assertEquals(List.of(1, 5, 7), records.articles().stream().map(Article::line).toList());
        assertEquals(List.of("mixed.jsonl:2: \"text\" is empty", "mixed.jsonl:3: malformed JSON",
                        "mixed.jsonl:6: \"text\" must be a string"),
                records.badRecords().stream().map(e -> e.getMessage().startsWith("mixed.jsonl:3: malformed JSON")
                        ? "mixed.jsonl:3: malformed JSON" : e.getMessage()).toList());
        BadInputException whole = assertThrows(BadInputException.class, records::allOrNothing);
        assertEquals(2, whole.line(), "all or nothing fails at the first bad record");
    }

    @Test
    void aFileOfOnlyBadRecordsHasNoArticlesAndEveryLineNamed() throws BadInputException {
        FileRecords records = reader.records("bad.jsonl",
                "{\"text\": 7}\nnot json\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), records.articles());
        assertEquals(List.of(1, 2), records.badRecords().stream().map(BadInputException::line).toList());
    }
}
