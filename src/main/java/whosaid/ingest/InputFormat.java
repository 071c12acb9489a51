package whosaid.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * What kind of input a file is, from its name where the name says and from its first bytes where it does not (a
 * folder of saved pages with odd names, a page piped to standard input). Text formats (JSONL, digest, plain text)
 * are told apart later, on the decoded text.
 */
enum InputFormat {
    WARC, HTML, TEXT;

    /** How far into a file the signs of HTML are looked for: a doctype or an html/head tag comes first. */
    private static final int SNIFF_BYTES = 2048;

    static InputFormat of(String name, byte[] head) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".gz")) {
            lower = lower.substring(0, lower.length() - 3);
        }
        if (lower.endsWith(".warc") || startsWith(head, "WARC/")) {
            return WARC;
        }
        if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml") || looksLikeHtml(head)) {
            return HTML;
        }
        return TEXT;
    }

    static boolean isGzip(byte[] head) {
        return head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b;
    }

    /** A document that opens with markup and declares itself HTML near the top. */
    static boolean looksLikeHtml(byte[] content) {
        String head = new String(content, 0, Math.min(content.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        int k = 0;
        // a byte-order mark and whitespace may come before the first tag
        while (k < head.length() && (Character.isWhitespace(head.charAt(k)) || head.charAt(k) > 0x7f)) {
            k++;
        }
        if (k >= head.length() || head.charAt(k) != '<') {
            return false;
        }
        return head.contains("<!doctype html") || head.contains("<html") || head.contains("<head")
                || head.contains("<body");
    }

    private static boolean startsWith(byte[] head, String prefix) {
        if (head.length < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (head[i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
