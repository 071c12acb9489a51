package whosaid.attribution;

import whosaid.text.Token;

import java.util.List;

/**
 * "Now the county wants to replace his ferry": a possessive his/her before a noun refers back to the person in
 * view, which settles that person's gender for later pronouns. Only when no other name stands before it in the
 * sentence, and only for a person whose gender is still unknown.
 */
final class PossessiveGender {
    private PossessiveGender() {
    }

    /** Learns from the first possessive of the sentence toks[start, end), if any. */
    static void learn(List<Token> toks, int start, int end, DiscourseState state) {
        for (int i = start; i < end - 1; i++) {
            Token t = toks.get(i);
            Gender said = Lexicon.POSSESSIVE_PRONOUNS.get(t.lower());
            if (said == null || i > start && t.isCapitalised()) {
                continue;
            }
            Token next = toks.get(i + 1);
            if (!next.isWord() || next.isCapitalised() || Lexicon.DETERMINERS.contains(next.lower())
                    || Lexicon.isNotName(next.text())) {
                return; // "told her the news": an object, not a possessive
            }
            for (int k = start + 1; k < i; k++) {
                if (MentionReader.isNamePart(toks.get(k))) {
                    return;
                }
            }
            for (ArticleEntity e : state.mostRecentFirst()) {
                if (e.org || e.kind() != SpeakerKind.PERSON) {
                    continue;
                }
                if (!e.gender.known() && !e.anonymous) {
                    e.gender = said;
                }
                return;
            }
            return;
        }
    }
}
