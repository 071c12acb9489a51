package whosaid.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads JSONL: one article a line, {@code {"id","title","outlet","published","url","byline","text"}}.
 *
 * <p>Only {@code text} is required, a non-empty string stored exactly as given so that offsets into it stay true.
 * Other fields are optional strings (a number id is taken as its text; blank values count as absent); unknown keys
 * are ignored; blank lines are skipped. {@code published} is normalised to ISO yyyy-mm-dd when it is a date form
 * {@link DateParser} knows (ISO date-times keep their date part); any other value becomes null rather than failing
 * the file, since a date we cannot read is missing information, not broken input. A malformed line is one bad
 * record with its line number; the other lines are still read (see {@link FileRecords}).
 */
final class JsonlReader {
    // Trailing tokens and repeated keys are typing mistakes in a hand-made or concatenated file: report them.
    private final ObjectMapper mapper = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private final DateParser dates;

    JsonlReader(DateParser dates) {
        this.dates = dates;
    }

    FileRecords read(List<SourceLine> lines, String source) throws BadInputException {
        List<Article> articles = new ArrayList<>();
        List<BadInputException> bad = new ArrayList<>();
        for (SourceLine line : lines) {
            if (line.isBlank()) {
                continue;
            }
            try {
                articles.add(article(line, source));
            } catch (BadInputException e) {
                bad.add(e);
            }
        }
        if (articles.isEmpty() && bad.isEmpty()) {
            throw new BadInputException(source, 0, "no articles in JSONL file");
        }
        return new FileRecords(articles, bad);
    }

    /** The article on one non-blank line, or that line's error. */
    private Article article(SourceLine line, String source) throws BadInputException {
        JsonNode node;
        try {
            node = mapper.readTree(line.text());
        } catch (JsonProcessingException e) {
            throw new BadInputException(source, line.number(), "malformed JSON: " + describe(e), e);
        }
        if (node == null || !node.isObject()) {
            throw new BadInputException(source, line.number(), "expected a JSON object on each line");
        }
        JsonNode text = node.get("text");
        if (text == null || text.isNull()) {
            throw new BadInputException(source, line.number(), "missing \"text\"");
        }
        if (!text.isTextual()) {
            throw new BadInputException(source, line.number(), "\"text\" must be a string");
        }
        if (text.textValue().isBlank()) {
            throw new BadInputException(source, line.number(), "\"text\" is empty");
        }
        String published = optional(node, "published", source, line.number());
        return new Article(
                optional(node, "id", source, line.number()),
                optional(node, "title", source, line.number()),
                null,
                optional(node, "outlet", source, line.number()),
                optional(node, "byline", source, line.number()),
                published == null ? null : dates.toIso(published).orElse(null),
                optional(node, "url", source, line.number()),
                text.textValue(),
                source,
                line.number());
    }

    /** Jackson's reason in one short line, with the column where it has one. */
    private static String describe(JsonProcessingException e) {
        String reason = e.getOriginalMessage().lines().findFirst().orElse("parse error");
        if (reason.startsWith("Trailing token")) {
            reason = "more than one JSON value on the line";
        }
        return e.getLocation() != null && e.getLocation().getColumnNr() > 0
                ? reason + " (column " + e.getLocation().getColumnNr() + ")" : reason;
    }

    /** A string or number field, stripped; null when absent, null or blank. Objects and arrays are errors. */
    private static String optional(JsonNode node, String key, String source, int line) throws BadInputException {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return null;
        }
        JsonNodeType type = value.getNodeType();
        if (type != JsonNodeType.STRING && type != JsonNodeType.NUMBER) {
            throw new BadInputException(source, line, "\"" + key + "\" must be a string");
        }
        String text = value.asText().strip();
        return text.isEmpty() ? null : text;
    }
}
