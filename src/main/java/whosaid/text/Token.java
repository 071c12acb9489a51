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
 * @param lower the characters in lower case, made once: the attribution rules ask for it many times a token
 */
public record Token(int start, int end, String text, Type type, int quote, String lower) {
    public enum Type { WORD, PUNCT, QUOTE }

    public Token(int start, int end, String text, Type type, int quote) {
        this(start, end, text, type, quote, text.toLowerCase(java.util.Locale.ROOT));
    }

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
}
