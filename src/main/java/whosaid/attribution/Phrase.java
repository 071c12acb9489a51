package whosaid.attribution;

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
}
