package whosaid.attribution;

/**
 * A verb of saying in a sentence with the words that name who speaks.
 *
 * @param verb     token index of the cue verb (or of "according")
 * @param cue      the cue as written ("said", "according to", "told")
 * @param subject  the speaker mention
 * @param from     first token index covered by subject and verb together
 * @param to       last token index covered (inclusive)
 * @param inverted true for "said X" (the speaker after the verb)
 * @param tie      a noun that the sentence ties to the speaker ("statement" in "said in a statement"), or null
 */
record SpeechEvent(int verb, String cue, Mention subject, int from, int to, boolean inverted, String tie) {
}
