package whosaid.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Makes an article's {@link ArticleText}: paragraphs, then the sentences of each ({@link SentenceSplitter}), once
 * per article. Thread-safe; one instance serves a whole run (it owns the OpenNLP decoders, one per thread).
 */
public final class TextLayer {
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final PartOfSpeechTagger tagger = new PartOfSpeechTagger();

    public ArticleText of(String title, String body) {
        List<Span> paragraphs = Paragraphs.of(body);
        List<ArticleText.Sentence> sentences = new ArrayList<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            for (Span s : splitter.split(body, paragraphs.get(p))) {
                sentences.add(new ArticleText.Sentence(sentences.size(), s, p));
            }
        }
        return new ArticleText(title, body, List.copyOf(paragraphs), List.copyOf(sentences),
                new SentenceCache(tagger, sentences.size()));
    }
}
