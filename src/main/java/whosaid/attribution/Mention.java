package whosaid.attribution;

/**
 * Words that point at a (possible) speaker: a name, a pronoun or a descriptor.
 *
 * @param type       name, pronoun or descriptor
 * @param first      index of the first token
 * @param last       index of the last token (inclusive)
 * @param start      text offset of the first character
 * @param end        text offset after the last character
 * @param text       the words as written ("Pakistan’s Defence Minister Khawaja Asif", "he", "the minister")
 * @param name       for a name: the name proper without titles or honorifics ("Khawaja Asif"); else null
 * @param role       the role words that came with it (a title before the name, an apposition), or null
 * @param head       lower-case head word of a descriptor ("minister", "statement") or the pronoun
 * @param gender     'm', 'f' or 'u' (unknown), from honorifics and pronouns
 * @param org        true when the words name an organisation (a ministry, a radio, "the statement")
 * @param definite   true for "the …" descriptors, false for "a …" (a new, unnamed source)
 */
public record Mention(Type type, int first, int last, int start, int end, String text, String name, String role,
                      String head, char gender, boolean org, boolean definite) {
    public enum Type { NAME, PRONOUN, DESCRIPTOR }

    Mention withRole(String newRole) {
        return new Mention(type, first, last, start, end, text, name, newRole, head, gender, org, definite);
    }
}
