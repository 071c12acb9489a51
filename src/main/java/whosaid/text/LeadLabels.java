package whosaid.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the label a news paragraph may open with before its first sentence: a live blog's time stamp
 * ("08.40", "14:05 GMT") or a dateline ("HARWICH —", "OSLO, Norway (AP) —"). Neither is part of the sentence: a
 * dateline in capitals is not a name, and a time stamp is not a subject. The label is skipped, never removed: the
 * offsets of the text stay those of the article.
 */
public final class LeadLabels {
    private static final Pattern TIME_STAMP = Pattern.compile(
            "\\A(?:[01]?\\d|2[0-3])[.:][0-5]\\d(?:\\s?[ap]\\.?m\\.?)?(?:\\s+[A-Z]{2,4})?\\s+(?=[\\p{Lu}“\"‘'])");
    private static final Pattern DATELINE = Pattern.compile(
            "\\A\\p{Lu}{2,}[\\p{Lu} .'’-]*(?:,\\s*[\\p{L} .]{2,30})?(?:\\s*\\([^)]{1,40}\\))?\\s*[—–]\\s*");

    private LeadLabels() {
    }

    /** Where the paragraph's first sentence starts: after a time stamp or dateline, else at {@code p.start()}. */
    public static int sentenceStart(String text, Span p) {
        CharSequence paragraph = text.subSequence(p.start(), p.end());
        Matcher time = TIME_STAMP.matcher(paragraph);
        if (time.find()) {
            return p.start() + time.end();
        }
        Matcher date = DATELINE.matcher(paragraph);
        if (date.find() && date.end() < paragraph.length()) {
            return p.start() + date.end();
        }
        return p.start();
    }
}
