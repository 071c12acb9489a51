package whosaid.text;

import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The tokens and tags of one article's sentences, worked out on first request and kept. A value may be worked out
 * twice when two threads ask at once; both get the same answer, so no lock is needed.
 */
public final class SentenceCache {
    private final PartOfSpeechTagger tagger;
    private final AtomicReferenceArray<List<Token>> tokens;
    private final AtomicReferenceArray<List<String>> tags;
    private volatile List<Token> titleTokens;
    private volatile List<String> titleTags;

    SentenceCache(PartOfSpeechTagger tagger, int sentences) {
        this.tagger = tagger;
        this.tokens = new AtomicReferenceArray<>(sentences);
        this.tags = new AtomicReferenceArray<>(sentences);
    }

    List<Token> tokens(ArticleText text, ArticleText.Sentence s) {
        List<Token> t = tokens.get(s.index());
        if (t == null) {
            t = List.copyOf(Tokenizer.tokenize(text.body(), s.span().start(), s.span().end(), List.of(), List.of()));
            tokens.set(s.index(), t);
        }
        return t;
    }

    List<String> tags(ArticleText text, ArticleText.Sentence s) {
        List<String> t = tags.get(s.index());
        if (t == null) {
            t = tagger.tag(tokens(text, s));
            tags.set(s.index(), t);
        }
        return t;
    }

    List<Token> titleTokens(ArticleText text) {
        List<Token> t = titleTokens;
        if (t == null) {
            String title = text.title();
            t = title == null ? List.of()
                    : List.copyOf(Tokenizer.tokenize(title, 0, title.length(), List.of(), List.of()));
            titleTokens = t;
        }
        return t;
    }

    List<String> titleTags(ArticleText text) {
        List<String> t = titleTags;
        if (t == null) {
            t = tagger.tag(titleTokens(text));
            titleTags = t;
        }
        return t;
    }
}
