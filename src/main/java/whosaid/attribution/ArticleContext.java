package whosaid.attribution;

import whosaid.text.Span;

import java.util.List;

/**
 * What the whole article offers a sieve beyond the quotation's own sentence: its paragraphs, the decisions taken
 * so far, and the speaker its headline names (null when it names none).
 */
record ArticleContext(List<Span> paragraphs, Decisions decisions, HeadlineSpeaker headline) {
}
