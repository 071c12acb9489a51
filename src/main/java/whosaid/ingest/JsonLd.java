package whosaid.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The schema.org objects a page declares in its {@code application/ld+json} blocks, flattened: top-level objects,
 * arrays, {@code @graph} members and nested objects ({@code mainEntity}, {@code hasPart}) alike. A block that is not
 * JSON (pages ship some with comments, trailing commas or raw line breaks; those are tolerated) is passed over.
 */
final class JsonLd {
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .build();
    /** Deep enough for WebPage → mainEntity → NewsArticle → author; a page's data is never meaningfully deeper. */
    private static final int MAX_DEPTH = 6;
    private static final Evaluator LD_JSON = QueryParser.parse("script[type~=(?i)application/ld\\+json]");

    private final List<JsonNode> objects;

    private JsonLd(List<JsonNode> objects) {
        this.objects = objects;
    }

    static JsonLd of(Document page) {
        List<JsonNode> objects = new ArrayList<>();
        for (Element script : page.getElementsByTag("script")) {
            if (!script.is(LD_JSON)) {
                continue;
            }
            try {
                collect(JSON.readTree(script.data()), objects, 0);
            } catch (Exception e) {
                // a broken block says nothing; the page's other sources still may
            }
        }
        return new JsonLd(objects);
    }

    private static void collect(JsonNode node, List<JsonNode> out, int depth) {
        if (node == null || depth > MAX_DEPTH) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> collect(n, out, depth + 1));
        } else if (node.isObject()) {
            if (node.has("@type")) {
                out.add(node);
            }
            node.fields().forEachRemaining(e -> {
                if (!e.getKey().equals("author") && !e.getKey().equals("publisher")) {
                    collect(e.getValue(), out, depth + 1);
                }
            });
        }
    }

    /** The first object declared as an article or blog post (NewsArticle, ReportageNewsArticle, BlogPosting, …). */
    JsonNode article() {
        for (JsonNode o : objects) {
            for (String type : types(o)) {
                if (isArticleType(type)) {
                    return o;
                }
            }
        }
        return null;
    }

    /** The first object of one of these types, or null. */
    JsonNode first(String... wanted) {
        for (JsonNode o : objects) {
            for (String type : types(o)) {
                for (String w : wanted) {
                    if (type.equalsIgnoreCase(w)) {
                        return o;
                    }
                }
            }
        }
        return null;
    }

    static boolean isArticleType(String type) {
        String t = type.toLowerCase(Locale.ROOT);
        return t.endsWith("article") || t.endsWith("posting");
    }

    static List<String> types(JsonNode o) {
        JsonNode t = o.get("@type");
        List<String> out = new ArrayList<>();
        if (t == null) {
            return out;
        }
        if (t.isArray()) {
            t.forEach(x -> out.add(x.asText()));
        } else {
            out.add(t.asText());
        }
        return out;
    }

    /** A field's text: a string as it is, an object's name (or @id for addresses), the first of an array. */
    static String text(JsonNode o, String field) {
        if (o == null) {
            return null;
        }
        JsonNode v = o.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isArray()) {
            v = v.size() == 0 ? null : v.get(0);
            if (v == null) {
                return null;
            }
        }
        if (v.isObject()) {
            JsonNode name = v.has("name") ? v.get("name") : v.get("@id");
            return name == null || !name.isValueNode() ? null : blankToNull(name.asText());
        }
        return v.isValueNode() ? blankToNull(v.asText()) : null;
    }

    /** Every name a field holds: one string, an object with a name, or an array of either. */
    static List<String> names(JsonNode o, String field) {
        List<String> out = new ArrayList<>();
        if (o == null || o.get(field) == null) {
            return out;
        }
        JsonNode v = o.get(field);
        List<JsonNode> items = new ArrayList<>();
        if (v.isArray()) {
            v.forEach(items::add);
        } else {
            items.add(v);
        }
        for (JsonNode item : items) {
            JsonNode name = item.isObject() ? item.get("name") : item;
            if (name != null && name.isValueNode() && !name.asText().isBlank()) {
                out.add(name.asText().strip());
            }
        }
        return out;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
