package whosaid.attribution;

/**
 * Words that point at a (possible) speaker: a name, a pronoun or a descriptor. Built by the named factories below,
 * each of which says which fields its kind of mention carries.
 *
 * @param type     name, pronoun or descriptor
 * @param phrase   where the words stand and how they are written ("Pakistan’s Defence Minister Khawaja Asif", "he")
 * @param name     for a name: the name proper without titles or honorifics ("Khawaja Asif"); else null
 * @param role     the role words that came with it (a title before the name, an apposition), or null
 * @param head     lower-case head word of a descriptor ("minister", "statement") or the pronoun
 * @param gender   from honorifics and pronouns
 * @param org      true when the words name an organisation (a ministry, a radio, "the statement")
 * @param definite true for "the …" descriptors, false for "a …" (a new, unnamed source)
 */
public record Mention(Type type, Phrase phrase, String name, String role, String head, Gender gender, boolean org,
                      boolean definite) {
    public enum Type { NAME, PRONOUN, DESCRIPTOR }

    /** "he", "she", "they": a non-person pronoun ("it", "they") may stand for an organisation. */
    static Mention pronoun(Phrase p, Gender gender, boolean nonPerson) {
        return new Mention(Type.PRONOUN, p, null, null, p.text().toLowerCase(java.util.Locale.ROOT), gender,
                nonPerson, true);
    }

    /** A word that refers back like a pronoun ("the 62-year-old"): a person, gender unknown. */
    static Mention referringBack(Phrase p, String head) {
        return new Mention(Type.PRONOUN, p, null, null, head, Gender.UNKNOWN, false, true);
    }

    /** A person's name, with the title or apposition that came with it. */
    static Mention person(Phrase p, String name, String role, String head, Gender gender, boolean definite) {
        return new Mention(Type.NAME, p, name, role, head, gender, false, definite);
    }

    /** An organisation or group named as a whole ("Qatar’s Foreign Ministry", "the Taliban"). */
    static Mention organisation(Phrase p, String head, boolean definite) {
        return new Mention(Type.NAME, p, p.text(), null, head, Gender.UNKNOWN, true, definite);
    }

    /** An unnamed source: its words are its role ("the Taliban spokesman", "a resident"). */
    static Mention descriptor(Phrase p, String role, String head, Gender gender, boolean org, boolean definite) {
        return new Mention(Type.DESCRIPTOR, p, null, role, head, gender, org, definite);
    }

    int first() {
        return phrase.first();
    }

    int last() {
        return phrase.last();
    }

    int start() {
        return phrase.start();
    }

    int end() {
        return phrase.end();
    }

    public String text() {
        return phrase.text();
    }

    Mention withRole(String newRole) {
        return new Mention(type, phrase, name, newRole, head, gender, org, definite);
    }

    /** The same descriptor read further right ("a spokesman for the ministry"): its words are all its role. */
    Mention extendedTo(Phrase longer) {
        return new Mention(type, longer, null, longer.text(), head, gender, org, definite);
    }
}
