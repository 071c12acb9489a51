package whosaid.quotes;

import whosaid.text.ArticleText;
import whosaid.text.Paragraphs;
import whosaid.text.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds every quotation in a headline and a body by scanning characters, paragraph by paragraph.
 *
 * <p>Rules: a quotation never crosses a paragraph end (the news convention of reopening the mark at each new
 * paragraph of a long quotation yields one quotation a paragraph, the first one unclosed); marks nested inside an
 * outer pair belong to it (only the outer quotation is reported); single marks count as quotation marks only when
 * they open before a word and a matching closing mark follows in the paragraph, so apostrophes (don’t, Afghans’,
 * ’90s) never open a quotation. Offsets exclude the marks, and a trailing comma inside the marks stays in the text.
 */
public final class QuoteDetector {
    private final QuoteKindClassifier kinds = new QuoteKindClassifier();

    public List<Quote> detect(String title, String body) {
        return detect(title, body, Paragraphs.of(body));
    }

    /** The quotations of an article, read paragraph by paragraph from its text layer. */
    public List<Quote> detect(ArticleText text) {
        return detect(text.title(), text.body(), text.paragraphs());
    }

    private List<Quote> detect(String title, String body, List<Span> paragraphs) {
        List<Quote> out = new ArrayList<>();
        if (title != null && !title.isEmpty()) {
            for (Found f : spans(title, 0, title.length())) {
                out.add(make(true, title, f, new Span(0, title.length())));
            }
        }
        for (Span p : paragraphs) {
            for (Found f : spans(body, p.start(), p.end())) {
                out.add(make(false, body, f, p));
            }
        }
        return out;
    }

    private Quote make(boolean inTitle, String text, Found f, Span paragraph) {
        Span inner = f.span();
        QuoteKind kind = kinds.classify(text, inner, paragraph.start(), inTitle);
        if (!inTitle && !f.unclosed()) {
            // A headline's quotation is the story's claim, and an unclosed one runs on: both stay speech.
            QuoteKind notSpeech = NotSpeech.classify(text, inner, paragraph.start(), paragraph.end(),
                    kind == QuoteKind.DIRECT);
            kind = notSpeech == null ? kind : notSpeech;
        }
        return new Quote(inTitle, inner.start(), inner.end(), inner.of(text), kind, f.unclosed());
    }

    /** Inner spans of the quotations in text[from, to), which is one paragraph. */
    List<Found> spans(String text, int from, int to) {
        List<Found> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            boolean doubleOpen = QuoteMarks.isDoubleOpen(c) || (c == '"' && QuoteMarks.straightOpens(text, i, from));
            if (doubleOpen) {
                int close = findDoubleClose(text, i + 1, to);
                if (close < 0) {
                    addTrimmed(out, text, i + 1, to, true);
                    return out;
                }
                addTrimmed(out, text, i + 1, close, false);
                i = close + 1;
                continue;
            }
            if (QuoteMarks.singleOpens(text, i, from, to)) {
                int close = findSingleClose(text, i + 1, to);
                if (close > 0) {
                    addTrimmed(out, text, i + 1, close, false);
                    i = close + 1;
                    continue;
                }
            }
            i++;
        }
        return out;
    }

    /** The closing double mark of a quotation opened before from, skipping nested pairs; -1 if none. */
    private static int findDoubleClose(String text, int from, int to) {
        int depth = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (QuoteMarks.isDoubleOpen(c)) {
                depth++;
            } else if (QuoteMarks.isDoubleClose(c)) {
                if (depth == 0) {
                    return i;
                }
                depth--;
            } else if (c == '"') {
                // a straight mark inside a quotation closes it, unless it plainly opens a nested one
                if (depth == 0 && !(QuoteMarks.straightOpens(text, i, from) && i + 1 < to
                        && Character.isLetter(text.charAt(i + 1)) && text.indexOf('"', i + 1) > 0
                        && text.indexOf('"', i + 1) < to)) {
                    return i;
                }
                if (depth > 0) {
                    depth--;
                } else {
                    depth++;
                }
            }
        }
        return -1;
    }

    private static int findSingleClose(String text, int from, int to) {
        int first = -1;
        for (int i = from; i < to; i++) {
            if (QuoteMarks.isDoubleOpen(text.charAt(i)) && first >= 0) {
                break;
            }
            if (QuoteMarks.singleCloses(text, i, to)) {
                if (!QuoteMarks.looksPossessive(text, i, to)) {
                    return i;
                }
                first = i; // when every candidate looks possessive, the last one ends the quotation
            }
        }
        return first;
    }

    private static void addTrimmed(List<Found> out, String text, int start, int end, boolean unclosed) {
        int e = end;
        while (e > start && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        int s = start;
        if (unclosed) {
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
        }
        if (e <= s || !hasWord(text, s, e)) {
            // Marks around no word (a stray mark, a lone symbol, invisible characters) quote nothing.
            return;
        }
        out.add(new Found(new Span(s, e), unclosed));
    }

    private static boolean hasWord(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** A quotation's inner span, and whether it ran to its paragraph's end without a closing mark. */
    record Found(Span span, boolean unclosed) {
    }
}
