package whosaid.attribution;

import whosaid.text.Token;

import java.util.List;

/**
 * Where a mention's words stand: token indices in the paragraph and character offsets in the text.
 *
 * @param first index of the first token
 * @param last  index of the last token (inclusive)
 * @param start text offset of the first character
 * @param end   text offset after the last character
 * @param text  the words as written
 */
record Phrase(int first, int last, int start, int end, String text) {
    /** Tokens a..b as the text writes them. */
    static Phrase of(String text, List<Token> toks, int a, int b) {
        return written(toks, a, b, text.substring(toks.get(a).start(), toks.get(b).end()));
    }

    /** Tokens a..b written otherwise than the text has them ("the Prime Minister of Pakistan" from "Prime …"). */
    static Phrase written(List<Token> toks, int a, int b, String words) {
        return new Phrase(a, b, toks.get(a).start(), toks.get(b).end(), words);
    }
}
