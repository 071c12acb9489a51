package whosaid.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a paragraph's tokens into sentences: after . ? ! before a capital, a digit or a quotation, unless the
 * word before the stop is a known abbreviation or an initial. A quotation that ends its own sentence (“… okay.”)
 * ends the outer sentence too when a capitalised word follows and no verb of saying comes right after (“Why?”
 * Smith asked). Quotations are opaque tokens, so a sentence never ends inside one.
 */
public final class SentenceSplitter {
    private static final Set<String> ABBREVIATIONS = Set.copyOf(java.util.Arrays.asList("mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col",
            "sgt", "capt", "st", "jr", "sr", "no", "gov", "sen", "rep", "rev", "vs", "inc", "co", "corp", "ltd",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "maj", "adm",
            "cmdr", "gen", "pres", "supt", "insp", "brig", "fr", "mt", "ft", "approx", "est", "dept", "univ"));

    private SentenceSplitter() {
    }

    /** Index ranges [from, to) into tokens, one a sentence. */
    public static List<int[]> split(List<Token> tokens, java.util.function.Predicate<String> isSpeechVerb) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            boolean end = false;
            if (t.type() == Token.Type.PUNCT && (t.is(".") || t.is("?") || t.is("!"))) {
                end = nextStartsSentence(tokens, i + 1) && !(t.is(".") && abbreviationBefore(tokens, i));
            } else if (t.isQuote()) {
                String inner = t.text();
                char last = inner.length() >= 2 ? inner.charAt(inner.length() - 2) : ' ';
                if ((last == '.' || last == '?' || last == '!') && i + 1 < tokens.size()
                        && (tokens.get(i + 1).isCapitalised() || tokens.get(i + 1).isQuote())
                        && !speechVerbSoon(tokens, i + 1, isSpeechVerb)) {
                    end = true;
                }
            }
            if (end) {
                out.add(new int[]{start, i + 1});
                start = i + 1;
            }
        }
        if (start < tokens.size()) {
            out.add(new int[]{start, tokens.size()});
        }
        return out;
    }

    private static boolean nextStartsSentence(List<Token> tokens, int i) {
        if (i >= tokens.size()) {
            return false;
        }
        Token n = tokens.get(i);
        if (n.isQuote()) {
            return true;
        }
        if (n.type() == Token.Type.PUNCT) {
            return n.is("(") || n.is("[") || n.is("—");
        }
        char c = n.text().charAt(0);
        return Character.isUpperCase(c) || Character.isDigit(c);
    }

    private static boolean abbreviationBefore(List<Token> tokens, int dot) {
        if (dot == 0) {
            return false;
        }
        Token w = tokens.get(dot - 1);
        if (!w.isWord() || w.end() != tokens.get(dot).start()) {
            return false;
        }
        String s = w.lower();
        return ABBREVIATIONS.contains(s) || (s.length() == 1 && Character.isUpperCase(w.text().charAt(0)));
    }

    private static boolean speechVerbSoon(List<Token> tokens, int from, java.util.function.Predicate<String> verb) {
        for (int j = from; j < Math.min(tokens.size(), from + 5); j++) {
            Token t = tokens.get(j);
            if (t.is(".") || t.isQuote()) {
                return false;
            }
            if (t.isWord() && verb.test(t.lower())) {
                // "“Why?” Smith asked." attributes the quotation before; "“…” He added: “…”" opens a new sentence
                return !(j + 1 < tokens.size() && tokens.get(j + 1).is(":"));
            }
        }
        return false;
    }
}
