package whosaid.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Prints rows in one of the output formats. A row is an ordered map: its keys are the JSON keys of the export
 * contract; the table shows only the columns it is told to, shortening long text so a row fits a line.
 */
final class Listing {
    private static final ObjectMapper JSON = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private final List<Map<String, Object>> rows = new ArrayList<>();

    Listing add(Map<String, Object> row) {
        rows.add(row);
        return this;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    static Map<String, Object> row() {
        return new LinkedHashMap<>();
    }

    /**
     * @param tableColumns the keys the table shows, each with its widest width (0 for no limit)
     */
    void print(PrintWriter out, OutputFormat format, Map<String, Integer> tableColumns) {
        switch (format) {
            case json -> out.println(json(rows, true));
            case jsonl -> rows.forEach(r -> out.println(json(r, false)));
            case csv -> printCsv(out);
            case table -> printTable(out, tableColumns);
        }
        out.flush();
    }

    static String json(Object value, boolean pretty) {
        try {
            return pretty ? JSON.writerWithDefaultPrettyPrinter().writeValueAsString(value)
                    : JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("rows hold only plain values", e);
        }
    }

    private void printCsv(PrintWriter out) {
        if (rows.isEmpty()) {
            return;
        }
        List<String> keys = new ArrayList<>(rows.get(0).keySet());
        out.println(String.join(",", keys.stream().map(Listing::csvCell).toList()));
        for (Map<String, Object> row : rows) {
            List<String> cells = new ArrayList<>();
            for (String key : keys) {
                cells.add(csvCell(row.get(key)));
            }
            out.println(String.join(",", cells));
        }
    }

    static String csvCell(Object value) {
        String text = plain(value);
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    private static String plain(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Collection<?> list) {
            return String.join("; ", list.stream().map(Listing::plain).toList());
        }
        return value.toString();
    }

    private void printTable(PrintWriter out, Map<String, Integer> columns) {
        List<String> keys = new ArrayList<>(columns.keySet());
        List<List<String>> cells = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            List<String> line = new ArrayList<>();
            for (String key : keys) {
                line.add(shorten(plain(row.get(key)).replaceAll("\\s+", " "), columns.get(key)));
            }
            cells.add(line);
        }
        int[] widths = new int[keys.size()];
        for (int i = 0; i < keys.size(); i++) {
            widths[i] = keys.get(i).length();
            for (List<String> line : cells) {
                widths[i] = Math.max(widths[i], line.get(i).length());
            }
        }
        out.println(format(keys, widths));
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            rule.append(i == 0 ? "" : "  ").append("-".repeat(widths[i]));
        }
        out.println(rule);
        for (List<String> line : cells) {
            out.println(format(line, widths));
        }
    }

    private static String format(List<String> line, int[] widths) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < line.size(); i++) {
            if (i > 0) {
                text.append("  ");
            }
            String cell = line.get(i);
            text.append(cell);
            if (i < line.size() - 1) {
                text.append(" ".repeat(widths[i] - cell.length()));
            }
        }
        return text.toString().stripTrailing();
    }

    static String shorten(String text, Integer width) {
        if (width == null || width <= 0 || text.length() <= width) {
            return text;
        }
        return text.substring(0, Math.max(0, width - 1)) + "…";
    }
}
