package whosaid.contradictions;

import java.util.List;
import java.util.Set;

/**
 * A sentence or statement the rules compare, with what they compare it by.
 *
 * @param side      what a listing shows for it
 * @param ordinal   position of the passage among its article's sentences (statements take their sentence's)
 * @param tokens    its words
 * @param concepts  content concepts and entity keys
 * @param entities  entity keys only
 * @param quantities amounts it states
 * @param context    the sentence that holds it (its own text for a sentence)
 * @param paragraph  index of its paragraph in the article, or -1 for a statement
 */
record Passage(Side side, int ordinal, int paragraph, List<Token> tokens, Set<String> concepts, Set<String> entities,
               List<Quantity> quantities, String context) {

    String text() {
        return side.text();
    }

    long articleId() {
        return side.articleId();
    }

    boolean isStatement() {
        return side.statementId() != null;
    }

    /** @param tokens its words ({@link Tokens#words}), offsets into {@code side.text()} */
    static Passage of(Side side, int ordinal, List<Token> tokens, QuantityParser parser) {
        return of(side, ordinal, -1, tokens, parser, side.text());
    }

    static Passage of(Side side, int ordinal, int paragraph, List<Token> tokens, QuantityParser parser, String context) {
        return new Passage(side, ordinal, paragraph, tokens, Tokens.concepts(tokens), Tokens.entities(tokens),
                parser.parse(side.text(), tokens), context);
    }
}
