package whosaid.text;

import java.util.ArrayList;
import java.util.List;

/**
 * An article's text layer, made once by {@link TextLayer} and handed to every stage that reads the article:
 * paragraphs, sentences with their offsets into the body, and on demand each sentence's tokens and parts of
 * speech. Tokens and tags are worked out the first time a stage asks for a sentence's and kept, so no stage
 * re-derives them and sentences nobody asks about cost nothing.
 *
 * @param title      the headline, or null
 * @param body       the text all offsets point into
 * @param paragraphs the body's paragraphs ({@link Paragraphs})
 * @param sentences  every sentence of the body in reading order, none across a paragraph end
 * @param cache      the tokens and tags worked out so far
 */
public record ArticleText(String title, String body, List<Span> paragraphs, List<Sentence> sentences,
                          SentenceCache cache) {

    /**
     * @param index     position among the article's sentences
     * @param span      its offsets in the body, trimmed
     * @param paragraph the index of its paragraph
     */
    public record Sentence(int index, Span span, int paragraph) {
        public String text(String body) {
            return span.of(body);
        }
    }

    /** The words and marks of a sentence ({@link Tokenizer}, no quotation made opaque), offsets into the body. */
    public List<Token> tokens(Sentence s) {
        return cache.tokens(this, s);
    }

    /** The parts of speech of {@link #tokens(Sentence)}, one a token. */
    public List<String> tags(Sentence s) {
        return cache.tags(this, s);
    }

    /** The headline's tokens (offsets into the title); empty without a title. */
    public List<Token> titleTokens() {
        return cache.titleTokens(this);
    }

    /** The parts of speech of {@link #titleTokens()}: the words of a title-case headline are all capitalised. */
    public List<String> titleTags() {
        return cache.titleTags(this);
    }

    /** The sentence that holds the body offset, or null (a dateline, the space between sentences). */
    public Sentence sentenceAt(int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Span s = sentences.get(mid).span();
            if (offset < s.start()) {
                hi = mid - 1;
            } else if (offset >= s.end()) {
                lo = mid + 1;
            } else {
                return sentences.get(mid);
            }
        }
        return null;
    }

    /**
     * The sentences that [start, end) touches, as one span from the first one's start to the last one's end, so a
     * quotation whose own sentences end inside it ("“A. B,” she said.") gets its whole sentence; null when the
     * range is in no sentence.
     */
    public Span sentencesAround(int start, int end) {
        Sentence first = null;
        Sentence last = null;
        for (Sentence s : sentences) {
            if (s.span().start() < Math.max(end, start + 1) && start < s.span().end()) {
                if (first == null) {
                    first = s;
                }
                last = s;
            }
        }
        return first == null ? null : new Span(first.span().start(), last.span().end());
    }

    /** The sentences of one paragraph, in order. */
    public List<Sentence> sentencesOf(int paragraph) {
        List<Sentence> out = new ArrayList<>();
        for (Sentence s : sentences) {
            if (s.paragraph() == paragraph) {
                out.add(s);
            }
        }
        return out;
    }

    /** The tokens of the body that lie inside [from, to), from the sentences that hold them. */
    public List<Token> tokens(int from, int to) {
        List<Token> out = new ArrayList<>();
        for (Sentence s : sentences) {
            if (s.span().end() <= from || s.span().start() >= to) {
                continue;
            }
            for (Token t : tokens(s)) {
                if (t.start() >= from && t.end() <= to) {
                    out.add(t);
                }
            }
        }
        return out;
    }
}
