package whosaid.contradictions;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import whosaid.lexicon.WordList;
import whosaid.text.Tokenizer;

/** The words the rules compare (from the text layer's tokens) and their sets: content concepts and entity keys. */
final class Tokens {
    private Tokens() {
    }

    /** The words and numbers of a text, by the one tokenizer of {@link whosaid.text.Tokenizer}. */
    static List<Token> tokenize(String s) {
        return words(Tokenizer.tokenize(s, 0, s.length(), List.of(), List.of()), 0);
    }

    /**
     * The words and numbers among tokens of the text layer, offsets made relative to {@code base}. The rules read
     * a number apart from its unit ("746-mile" is 746 and mile, "1990s" 1990 and s), and a possessive as its word,
     * so marks and possessive endings are left out and a number is cut where its letters start.
     */
    static List<Token> words(List<whosaid.text.Token> tokens, int base) {
        List<Token> out = new ArrayList<>(tokens.size());
        for (whosaid.text.Token t : tokens) {
            String w = t.text();
            if (!Character.isLetterOrDigit(w.charAt(0))) {
                continue;
            }
            int s = t.start() - base;
            int cut = Character.isDigit(w.charAt(0)) ? unitStart(w) : -1;
            if (cut < 0) {
                out.add(new Token(w, s, s + w.length()));
                continue;
            }
            int numberEnd = w.charAt(cut - 1) == '-' ? cut - 1 : cut;
            out.add(new Token(w.substring(0, numberEnd), s, s + numberEnd));
            out.add(new Token(w.substring(cut), s + cut, s + w.length()));
        }
        return out;
    }

    /** Where the letters of a token that starts with a number begin, or -1. */
    private static int unitStart(String w) {
        for (int i = 1; i < w.length(); i++) {
            if (Character.isLetter(w.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** Lower-case lemmas of the content words, mapped to their concept. */
    static Set<String> concepts(List<Token> tokens) {
        Set<String> out = new LinkedHashSet<>();
        for (Token t : tokens) {
            String c = conceptOf(t);
            if (c != null) {
                out.add(c);
            }
        }
        if (!tokens.isEmpty() && tokens.get(0).capitalised() && tokens.get(0).start() == 0) {
            // a sentence's first word is capitalised whatever it is: "Union officials say" is about the union too
            String low = tokens.get(0).lower();
            String lemma = Lexicon.lemma(low);
            if (!tokens.get(0).numeric() && low.length() > 1 && !Lexicon.STOPWORDS.contains(low)
                    && !Lexicon.STOPWORDS.contains(lemma)) {
                out.add(Lexicon.concept(lemma));
            }
        }
        return out;
    }

    /** The concept of a content word, or null for a function word, a number or a single letter. */
    static String conceptOf(Token t) {
        String low = t.lower();
        if (t.numeric() || low.length() < 2 || Lexicon.STOPWORDS.contains(low)) {
            return null;
        }
        if (t.capitalised() && isEntityLike(t)) {
            return entityKey(t.text());
        }
        String lemma = Lexicon.lemma(low);
        if (Lexicon.STOPWORDS.contains(lemma)) {
            return null;
        }
        return Lexicon.concept(lemma);
    }

    /** Entity keys: capitalised words that are not function words (a sentence's first word counts too). */
    static Set<String> entities(List<Token> tokens) {
        Set<String> out = new LinkedHashSet<>();
        for (Token t : tokens) {
            if (t.capitalised() && isEntityLike(t)) {
                out.add(entityKey(t.text()));
            }
        }
        return out;
    }

    static boolean isEntityLike(Token t) {
        String low = t.lower();
        return !Lexicon.STOPWORDS.contains(low) && !Lexicon.CONTRAST_OPENERS.contains(low) && !t.numeric()
                && !MONTHS_AND_DAYS.contains(low);
    }

    private static final Set<String> MONTHS_AND_DAYS = WordList.set("capitalised-non-entities");

    /**
     * One key for the forms of a name: dots dropped ("T.T.P." = "TTP") and cut to six letters, so a country and its
     * people ("Pakistan", "Pakistani") meet; the rare clash of two names with one stem costs little here.
     */
    static String entityKey(String name) {
        String k = name.replace(".", "").replace("’s", "").replace("'s", "").toLowerCase(Locale.ROOT);
        return "@" + (k.length() > 6 ? k.substring(0, 6) : k);
    }
}
