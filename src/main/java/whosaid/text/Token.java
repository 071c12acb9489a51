package whosaid.text;

/**
 * A word, a punctuation mark, or a whole quotation (marks included) treated as one opaque token, so that patterns
 * around quotations ("“…,” said X") read the attribution frame without the quoted words.
 *
 * @param start offset of the first character in the text
 * @param end   offset after the last character
 * @param text  the characters (for a quotation: the quoted words with their marks)
 * @param type  word, punctuation or quotation
 * @param quote for a quotation token, the index of the quotation in the caller's list; otherwise -1
 */
public record Token(int start, int end, String text, Type type, int quote) {
    public enum Type { WORD, PUNCT, QUOTE }

    public boolean isWord() {
        return type == Type.WORD;
    }

    public boolean isQuote() {
        return type == Type.QUOTE;
    }

    public boolean is(String s) {
        return text.equals(s);
    }

    public boolean isCapitalised() {
        return type == Type.WORD && Character.isUpperCase(text.charAt(0));
    }

    public String lower() {
        return text.toLowerCase(java.util.Locale.ROOT);
    }
}
