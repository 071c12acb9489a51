package whosaid.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import whosaid.lexicon.SpeechVerbs;
import whosaid.lexicon.WordList;
import whosaid.text.Span;

/**
 * Tells quoted words that nobody says here from speech: the title of a work (a book, film, show, song, column) and
 * scare quotes (a label, nickname, slogan, chant, sign, a word used as a word). Such a quotation must not get a
 * speaker or join a claim, so the two kinds are told apart at detection, from cues next to the marks.
 *
 * <p>Conservative by design: a scare quote left as speech costs a stray quotation, a partial quote taken for a scare
 * quote loses someone's words. So a verb of saying near the marks ("what he called “…”", "described it as “…”")
 * keeps a quotation speech unless an explicit cue says otherwise ("the so-called “…”", "the film “…”").
 */
final class NotSpeech {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}’'\\-.&]*");
    private static final Pattern INITIALS = Pattern.compile("(\\p{L}\\.)+");
    private static final Set<String> TITLE_NOUNS = WordList.set("title-nouns");
    private static final Set<String> TITLE_LEAD_INS = WordList.set("title-lead-ins");
    private static final Set<String> TITLE_NAMING = WordList.set("title-naming-words");
    private static final Set<String> PROGRAMME_CUES = WordList.set("programme-cues");
    private static final Set<String> SCARE_LEAD_INS = WordList.set("scare-lead-ins");
    private static final Set<String> SMALL_WORDS = WordList.set("title-case-small-words");
    private static final Set<String> DETERMINERS = WordList.set("noun-determiners");
    /** Words of the sentence around the marks that are looked at for a verb of saying. */
    private static final int NEAR_WORDS = 15;
    /** Chants, signs and slogans are short; a longer quotation after such a cue is someone's words. */
    private static final int MAX_SLOGAN_WORDS = 8;
    private static final int MAX_NICKNAME_WORDS = 3;
    private static final int MAX_TITLE_WORDS = 12;

    private NotSpeech() {
    }

    /**
     * TITLE or SCARE when the quoted words in paragraph [paraStart, paraEnd) are not speech, else null. A verb of
     * saying in the sentence keeps any quotation speech ("Ann said the so-called “reform” …" quotes Ann's words as
     * often as not). A quotation that reads as a sentence ({@code sentence}: a title can, "“Why the Ferry Must
     * Stay”") is taken for a title or a scare quote only on an explicit cue before or after the marks.
     */
    static QuoteKind classify(String text, Span inner, int paraStart, int paraEnd, boolean sentence) {
        String quoted = inner.of(text);
        List<String> words = words(quoted);
        // too long for any title or scare quote: most speech ends here, before the words around it are read
        if (words.isEmpty() || words.size() > MAX_TITLE_WORDS) {
            return null;
        }
        int open = inner.start() - 1;
        String left = text.substring(paraStart, Math.max(paraStart, open)).stripTrailing();
        String right = text.substring(Math.min(paraEnd, closeAfter(text, inner.end(), paraEnd)), paraEnd);
        List<String> before = words(clauseBefore(left));
        List<String> after = words(clauseAfter(right));
        char first = firstLetterOrDigit(quoted);
        boolean capitalised = Character.isUpperCase(first) || Character.isDigit(first);

        // "told “Valley Week”": the verb of saying is the programme's guest speaking to it, not these words
        if (capitalised && !before.isEmpty() && PROGRAMME_CUES.contains(lower(before.get(before.size() - 1)))
                && words.size() >= 2 && isTitleCase(quoted, words)) {
            return QuoteKind.TITLE;
        }
        if (speechNear(before, after)) {
            return null;
        }
        if ((sentence || words.size() <= MAX_SLOGAN_WORDS) && endsWithPhrase(before, SCARE_LEAD_INS)) {
            return QuoteKind.SCARE;
        }
        if (capitalised && namesAWork(quoted, before, after)) {
            return QuoteKind.TITLE;
        }
        if (sentence || titleCaseLine(text, paraStart, paraEnd)) {
            return null;
        }
        if (words.size() <= MAX_NICKNAME_WORDS && isNickname(quoted, words, left, right)) {
            return QuoteKind.SCARE;
        }
        // A Title-Case phrase with no cue around it is not taken for a title: on real news it is as often a
        // capitalised phrase someone said (a gold-annotated quotation) as a show's name, so it stays speech.
        return null;
    }

    /**
     * "the film “…”", "his memoir, “…”", "a show called “…”", "an op-ed titled “…”", "the “…” podcast",
     * "appeared on “…”" (a programme), "NBC’s “…”" (a broadcaster's programme).
     */
    private static boolean namesAWork(String quoted, List<String> before, List<String> after) {
        int n = before.size();
        boolean nounAfter = !after.isEmpty() && TITLE_NOUNS.contains(lower(after.get(0))) && !endsWithClauseMark(quoted);
        if (n == 0) {
            return nounAfter;
        }
        String last = lower(before.get(n - 1));
        if (TITLE_NOUNS.contains(last) || TITLE_LEAD_INS.contains(last)) {
            return true;
        }
        if (TITLE_NAMING.contains(last) && n >= 2 && TITLE_NOUNS.contains(lower(before.get(n - 2)))) {
            return true;
        }
        // "on", "told", "with" and a possessive are weak cues: only a quotation in title case after them is a
        // programme's name ("told “Valley Week”"); words said after "told" are introduced by whom they were told to
        List<String> words = words(quoted);
        return nounAfter || ((PROGRAMME_CUES.contains(last) || isAcronymPossessive(before.get(n - 1))) && words.size() >= 2
                && isTitleCase(quoted, words));
    }

    /** NBC’s, CNN's: a broadcaster's or publisher's initials in the possessive. */
    private static boolean isAcronymPossessive(String word) {
        String w = word.replace('’', '\'');
        if (!w.endsWith("'s")) {
            return false;
        }
        String stem = w.substring(0, w.length() - 2);
        return stem.length() >= 2 && stem.length() <= 6 && stem.chars().allMatch(Character::isUpperCase);
    }

    /** Earvin “Magic” Johnson: capitalised words in marks between a capitalised word and the name it belongs to. */
    private static boolean isNickname(String quoted, List<String> words, String left, String right) {
        if (!quoted.chars().allMatch(c -> Character.isLetter(c) || c == ' ' || c == '-' || c == '\'' || c == '’'
                || c == '.')) {
            return false;
        }
        for (String w : words) {
            if (!Character.isUpperCase(w.charAt(0))) {
                return false;
            }
        }
        boolean nameBefore = !left.isEmpty() && Character.isLetter(left.charAt(left.length() - 1))
                && Character.isUpperCase(lastWordStart(left));
        boolean nameAfter = right.length() >= 2 && right.charAt(0) == ' ' && Character.isUpperCase(right.charAt(1));
        return nameBefore && nameAfter;
    }

    /** Every word capitalised but the small ones title case leaves lower: the shape of a title, not a phrase. */
    private static boolean isTitleCase(String quoted, List<String> words) {
        int capitalised = 0;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            char c = w.charAt(0);
            if (Character.isUpperCase(c)) {
                capitalised++;
            } else if (Character.isDigit(c) || (i > 0 && SMALL_WORDS.contains(w))) {
                continue;
            } else {
                return false;
            }
        }
        return capitalised >= 2 && Character.isUpperCase(words.get(0).charAt(0));
    }

    /** A trailing comma or stop inside the marks ends a clause of speech ("“Big Plans,” she said"). */
    private static boolean endsWithClauseMark(String quoted) {
        char last = quoted.charAt(quoted.length() - 1);
        return last == ',' || last == '.' || last == '?' || last == '!' || last == ':' || last == ';';
    }

    /**
     * A lower-case verb of saying (or "according to") in the sentence around the marks. A noun of the same form
     * after a determiner ("the report", "a call") is no verb, nor is the naming word of a work ("a show called").
     */
    private static boolean speechNear(List<String> before, List<String> after) {
        for (List<String> side : List.of(before, after)) {
            for (int i = 0; i < side.size(); i++) {
                String w = side.get(i);
                if (!Character.isLowerCase(w.charAt(0)) || !(SpeechVerbs.isSpeechVerb(w) || w.equals("according"))) {
                    continue;
                }
                String prev = i > 0 ? lower(side.get(i - 1)) : "";
                if (DETERMINERS.contains(prev) || (TITLE_NAMING.contains(w) && TITLE_NOUNS.contains(prev))) {
                    continue;
                }
                return true;
            }
        }
        return false;
    }

    /**
     * A headline set in title case and repeated as a body line: every word there is capitalised, so the title-case
     * shape says nothing about its quotations.
     */
    private static boolean titleCaseLine(String text, int paraStart, int paraEnd) {
        List<String> words = words(text.substring(paraStart, paraEnd));
        if (words.size() > 30) {
            return false;
        }
        int capitalised = 0;
        for (String w : words) {
            if (Character.isUpperCase(w.charAt(0))) {
                capitalised++;
            } else if (!Character.isDigit(w.charAt(0)) && !SMALL_WORDS.contains(w)) {
                return false;
            }
        }
        return capitalised >= 3;
    }

    private static boolean endsWithPhrase(List<String> before, Set<String> phrases) {
        StringBuilder tail = new StringBuilder();
        for (int i = before.size() - 1; i >= Math.max(0, before.size() - 3); i--) {
            tail.insert(0, tail.length() == 0 ? lower(before.get(i)) : lower(before.get(i)) + " ");
            if (phrases.contains(tail.toString())) {
                return true;
            }
        }
        return false;
    }

    /** The words before the marks back to the sentence's start, at most NEAR_WORDS of them. */
    private static String clauseBefore(String left) {
        int cut = -1;
        for (int i = left.length() - 1; i >= 0; i--) {
            char c = left.charAt(i);
            if (endsSentence(left, i)) {
                cut = i;
                break;
            }
        }
        List<String> w = words(left.substring(cut + 1));
        return String.join(" ", w.subList(Math.max(0, w.size() - NEAR_WORDS), w.size()));
    }

    /** The words after the marks up to the sentence's end, at most NEAR_WORDS of them. */
    private static String clauseAfter(String right) {
        int cut = right.length();
        for (int i = 0; i < right.length(); i++) {
            char c = right.charAt(i);
            if (endsSentence(right, i)) {
                cut = i;
                break;
            }
        }
        List<String> w = words(right.substring(0, cut));
        return String.join(" ", w.subList(0, Math.min(NEAR_WORDS, w.size())));
    }

    /** A stop, question or exclamation mark followed by a space: other quotations' marks do not end a sentence. */
    private static boolean endsSentence(String s, int i) {
        char c = s.charAt(i);
        return (c == '.' || c == '?' || c == '!') && (i + 1 >= s.length() || Character.isWhitespace(s.charAt(i + 1))
                || s.charAt(i + 1) == '”' || s.charAt(i + 1) == '"');
    }

    /** The offset after the closing mark of a quotation whose words end at end. */
    private static int closeAfter(String text, int end, int paraEnd) {
        int i = end;
        while (i < paraEnd && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return Math.min(paraEnd, i + 1);
    }

    private static char lastWordStart(String left) {
        int i = left.length() - 1;
        while (i > 0 && !Character.isWhitespace(left.charAt(i - 1))) {
            i--;
        }
        return left.charAt(i);
    }

    private static char firstLetterOrDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                return s.charAt(i);
            }
        }
        return ' ';
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(s);
        while (m.find()) {
            String w = m.group();
            while (w.endsWith(".") && w.length() > 1 && !INITIALS.matcher(w).matches()) {
                w = w.substring(0, w.length() - 1);
            }
            out.add(w);
        }
        return out;
    }

    private static String lower(String w) {
        return w.toLowerCase(Locale.ROOT);
    }
}
