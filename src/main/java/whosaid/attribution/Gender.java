package whosaid.attribution;

/** A person's grammatical gender as the article settles it (an honorific, a pronoun, a family noun), or unknown. */
public enum Gender {
    MALE, FEMALE, UNKNOWN;

    public boolean known() {
        return this != UNKNOWN;
    }

    /** Two genders that cannot be the same person's: both known and different. */
    boolean conflicts(Gender other) {
        return known() && other.known() && this != other;
    }

    /** The gender written in a lexicon list: "m", "f", or anything else for unknown. */
    static Gender ofCode(String code) {
        return switch (code) {
            case "m" -> MALE;
            case "f" -> FEMALE;
            default -> UNKNOWN;
        };
    }
}
