package whosaid.contradictions;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Tokenising and the word sets the rules compare: content concepts and entity keys. */
final class Tokens {
    private Tokens() {
    }

    /**
     * Words (letters with inner apostrophes, hyphens and stops, so "T.T.P." and "cease-fire" stay whole) and
     * numbers (digits with thousands commas and decimals, so "2,600" stays whole). Punctuation is dropped.
     */
    static List<Token> tokenize(String s) {
        List<Token> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                int j = i + 1;
                boolean digits = Character.isDigit(c);
                while (j < n) {
                    char d = s.charAt(j);
                    if (Character.isLetterOrDigit(d)) {
                        if (digits && Character.isLetter(d)) {
                            break; // "2,600km": the number and its unit are two tokens
                        }
                        j++;
                    } else if ((d == '\'' || d == '’' || d == '-' || d == '.' || d == ',') && j + 1 < n
                            && Character.isLetterOrDigit(s.charAt(j + 1))) {
                        if (digits && (d == ',' || d == '.') && Character.isDigit(s.charAt(j + 1))) {
                            j++;
                        } else if (!digits && d != ',' && Character.isLetter(s.charAt(j + 1))) {
                            j++;
                        } else {
                            break;
                        }
                    } else {
                        break;
                    }
                }
                // keep the final stop of a dotted short form ("T.T.P.", "U.S.")
                if (!digits && j < n && s.charAt(j) == '.' && s.substring(i, j).indexOf('.') > 0) {
                    j++;
                }
                out.add(new Token(s.substring(i, j), i, j));
                i = j;
            } else {
                i++;
            }
        }
        return out;
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

    private static final Set<String> MONTHS_AND_DAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "as", "in", "on", "at", "for", "after", "when",
            "independent", "some", "another", "despite", "following", "previously", "meanwhile", "under");

    /**
     * One key for the forms of a name: dots dropped ("T.T.P." = "TTP") and cut to six letters, so a country and its
     * people ("Pakistan", "Pakistani") meet; the rare clash of two names with one stem costs little here.
     */
    static String entityKey(String name) {
        String k = name.replace(".", "").replace("’s", "").replace("'s", "").toLowerCase(Locale.ROOT);
        return "@" + (k.length() > 6 ? k.substring(0, 6) : k);
    }
}
