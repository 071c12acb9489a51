package whosaid.text;

import java.util.List;

import opennlp.tools.postag.ThreadSafePOSTaggerME;

/**
 * Parts of speech (Universal Dependencies tags: VERB, PROPN, NOUN, AUX …) from OpenNLP's English model, for the
 * few sentences a stage asks about: about 0.4 ms a sentence warm on real news, so tagging every sentence would
 * cost more than the rest of an article's analysis (README). Thread-safe; the model is read on the first call.
 */
public final class PartOfSpeechTagger {
    private volatile ThreadSafePOSTaggerME tagger;

    /** One tag a token, in order; a quotation token is tagged as the words it holds would be, as one. */
    public List<String> tag(List<Token> tokens) {
        if (tokens.isEmpty()) {
            return List.of();
        }
        String[] words = new String[tokens.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = tokens.get(i).text();
        }
        return List.of(tagger().tag(words));
    }

    private ThreadSafePOSTaggerME tagger() {
        ThreadSafePOSTaggerME t = tagger;
        if (t == null) {
            synchronized (this) {
                t = tagger;
                if (t == null) {
                    t = new ThreadSafePOSTaggerME(Models.partsOfSpeech());
                    tagger = t;
                }
            }
        }
        return t;
    }
}
