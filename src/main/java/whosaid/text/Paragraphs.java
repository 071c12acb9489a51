package whosaid.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits an article body into paragraphs. Where the text has blank lines, they separate paragraphs (a digest or a
 * hard-wrapped file); where it has none, every line break does (JSONL bodies with one paragraph a line). Leading
 * and trailing whitespace is left out of each span, empty paragraphs are dropped.
 */
public final class Paragraphs {
    private Paragraphs() {
    }

    public static List<Span> of(String text) {
        boolean blankLines = text.contains("\n\n") || text.contains("\r\n\r\n") || hasWhitespaceOnlyLine(text);
        List<Span> out = new ArrayList<>();
        int n = text.length();
        int lineStart = 0;
        int paraStart = -1;
        int paraEnd = -1;
        while (lineStart <= n) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? n : nl;
            boolean blank = isBlank(text, lineStart, lineEnd);
            if (blank || !blankLines) {
                if (paraStart >= 0) {
                    add(out, text, paraStart, paraEnd);
                    paraStart = -1;
                }
                if (!blank) {
                    add(out, text, lineStart, lineEnd);
                }
            } else {
                if (paraStart < 0) {
                    paraStart = lineStart;
                }
                paraEnd = lineEnd;
            }
            if (nl < 0) {
                break;
            }
            lineStart = nl + 1;
        }
        if (paraStart >= 0) {
            add(out, text, paraStart, paraEnd);
        }
        return out;
    }

    private static boolean hasWhitespaceOnlyLine(String text) {
        int i = 0;
        while (true) {
            int nl = text.indexOf('\n', i);
            if (nl < 0) {
                return false;
            }
            int next = text.indexOf('\n', nl + 1);
            if (next > 0 && isBlank(text, nl + 1, next)) {
                return true;
            }
            if (next < 0) {
                return false;
            }
            i = nl + 1;
        }
    }

    private static boolean isBlank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static void add(List<Span> out, String text, int from, int to) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        if (to > from) {
            out.add(new Span(from, to));
        }
    }
}
