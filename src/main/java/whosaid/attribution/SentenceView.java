package whosaid.attribution;

import whosaid.text.Token;

import java.util.List;

/**
 * One sentence as the sieves see it.
 *
 * @param toks   the paragraph's tokens
 * @param start  first token of the sentence
 * @param end    token after the sentence
 * @param events the sentence's speech events, their speakers resolved
 */
record SentenceView(List<Token> toks, int start, int end, List<ResolvedEvent> events) {
}
