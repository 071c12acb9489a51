package whosaid.contradictions;

/** A word or number in a passage, with its offsets in the passage text. */
record Token(String text, int start, int end) {
    String lower() {
        return text.toLowerCase(java.util.Locale.ROOT);
    }

    boolean capitalised() {
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }

    boolean numeric() {
        return !text.isEmpty() && Character.isDigit(text.charAt(0));
    }
}
