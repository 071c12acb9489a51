package whosaid.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of an input file with its 1-based number, trailing whitespace (and any carriage return) removed.
 *
 * @param number 1-based line number in the file
 * @param text   the line without its end-of-line characters and trailing whitespace
 */
record SourceLine(int number, String text) {

    boolean isBlank() {
        return text.isBlank();
    }

    /** Splits decoded file text into numbered lines. */
    static List<SourceLine> split(String text) {
        List<SourceLine> lines = new ArrayList<>();
        String[] parts = text.split("\n", -1);
        int count = parts.length;
        // A final newline ends the last line; it does not start an empty one.
        if (count > 0 && parts[count - 1].isEmpty()) {
            count--;
        }
        for (int i = 0; i < count; i++) {
            lines.add(new SourceLine(i + 1, parts[i].stripTrailing()));
        }
        return lines;
    }
}
