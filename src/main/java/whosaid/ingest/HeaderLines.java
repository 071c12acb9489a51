package whosaid.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import whosaid.lexicon.WordList;

/**
 * Tells the header lines of an article (byline, outlet, date) from its text by their shape alone.
 *
 * <p>No list of outlets or names: an outlet line is short, has no sentence punctuation and is made of
 * capitalised or brand-like words ("The Daily Courier", "KTVnews"); a byline starts with "By" and then names.
 * The same shape fits a bare personal name; {@link ArticleLayout} tells the two apart by their order.
 */
final class HeaderLines {
    private static final int MAX_SHORT_CHARS = 60;
    private static final int MAX_SHORT_WORDS = 6;
    /** Small words that may stand lowercase inside a name or a brand ("Voice of the People", "Ali bin Omar"). */
    private static final Set<String> CONNECTORS = WordList.set("header-name-connectors");
    private static final Pattern BYLINE = Pattern.compile("^(?i:by)(?:\\s*,\\s*|\\s+)(.+)$");
    /** A word of a name: capitalised, possibly hyphenated or with an apostrophe, or an initial ("J."). */
    private static final Pattern NAME_WORD = Pattern.compile("^(?:\\p{Lu}[\\p{L}'’.\\-]*|\\p{Lu}\\.)$");
    private static final Pattern STAFF_SUFFIX = Pattern.compile(
            "^(.+?)\\s+" + WordPatterns.anyOf(WordList.lines("staff-byline-endings"))
                    + "(?:\\s+(?:and|with)\\s+agencies)?$", Pattern.CASE_INSENSITIVE);
    private static final String JOBS = WordPatterns.anyOf(WordList.lines("journalist-jobs"));

    /**
     * A signature without "By": the author's name, then their desk and job ("Ana Ruiz Health correspondent",
     * "Tom Bell Chief political editor"), as some sites print it. The desk is the last capitalised word.
     */
    private static final Pattern SIGNED = Pattern.compile(
            "^(\\p{Lu}[\\p{L}'’.\\-]*(?:\\s+\\p{Lu}[\\p{L}'’.\\-]*){1,3})\\s+\\p{Lu}\\p{L}*(?:\\s+\\p{Ll}+){0,2}?\\s+"
                    + JOBS + "s?$");
    private static final Pattern JOB = Pattern.compile("^(?:\\p{L}+\\s+){0,3}(?i:" + JOBS + ")s?$");
    private static final Set<String> NOT_IN_SIGNATURES = WordList.set("signature-breaking-words");
    private static final Pattern TEXT_PUNCTUATION = Pattern.compile("[,;:!?\"“”«»()\\[\\]]");
    private static final Pattern ENDS_WITH_INITIAL = Pattern.compile("\\b\\p{Lu}\\.$");
    private static final Pattern SENTENCE_END = Pattern.compile("[!?:;]$");

    private final DateParser dates;

    HeaderLines(DateParser dates) {
        this.dates = dates;
    }

    boolean isDate(String line) {
        return dates.isDateLine(line);
    }

    /** A "By …" line whose rest is a list of names ("By Ana Ruiz and Tom Bell", "By , Ana Ruiz"). */
    boolean isByline(String line) {
        if (isSignature(line)) {
            return true;
        }
        Matcher m = BYLINE.matcher(line.strip());
        if (!m.matches() || line.length() > 160) {
            return false;
        }
        List<String> words = nameWords(m.group(1));
        if (words.isEmpty() || words.size() > 16) {
            return false;
        }
        for (String word : words) {
            if (!NAME_WORD.matcher(word).matches() && !CONNECTORS.contains(word.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        // A sentence that starts with "By" ends with a full stop after a lowercase word; names end in a letter
        // or an initial.
        return !SENTENCE_END.matcher(line.strip()).find();
    }

    /** "Ana Ruiz Health correspondent": a signature, not a headline that ends on a job ("X names Y as new editor"). */
    private static boolean isSignature(String line) {
        String s = line.strip();
        if (s.length() > MAX_SHORT_CHARS + 20 || !SIGNED.matcher(s).matches()) {
            return false;
        }
        for (String w : s.split("\\s+")) {
            if (NOT_IN_SIGNATURES.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** The names of a byline line, cleaned: "By , Ana Ruiz and Tom Bell" gives "Ana Ruiz and Tom Bell". */
    String cleanByline(String line) {
        Matcher signed = SIGNED.matcher(line.strip());
        if (signed.matches()) {
            return signed.group(1); // the name; the desk and job are not part of it
        }
        Matcher m = BYLINE.matcher(line.strip());
        String names = m.matches() ? m.group(1) : line.strip();
        List<String> parts = new ArrayList<>();
        for (String part : names.split(",")) {
            String p = part.strip();
            // "Tom Bell, Chief Reporter": a job after the name is not another author
            if (!p.isEmpty() && !JOB.matcher(p).matches()) {
                parts.add(p);
            }
        }
        // Empty list items are what a missing author leaves behind ("By , Ana Ruiz"); drop them.
        String joined = String.join(", ", parts).replace(", and ", parts.size() == 2 ? " and " : ", and ");
        return joined.isEmpty() ? null : joined;
    }

    /**
     * A short line of capitalised or brand-like words with no sentence punctuation and no date: the shape of an
     * outlet ("The Daily Courier") and of a bare author name ("Ana Ruiz").
     */
    boolean isShortNameLike(String line) {
        String s = line.strip();
        if (s.isEmpty() || s.length() > MAX_SHORT_CHARS || isDate(s) || isByline(s)) {
            return false;
        }
        if (!Character.isUpperCase(s.codePointAt(0)) && !Character.isDigit(s.codePointAt(0))) {
            return false;
        }
        // Sentence punctuation, quotation marks and brackets belong to text, not to a name.
        if (TEXT_PUNCTUATION.matcher(s).find() || s.endsWith(".") && !ENDS_WITH_INITIAL.matcher(s).find()) {
            return false;
        }
        String[] words = s.split("\\s+");
        if (words.length > MAX_SHORT_WORDS) {
            return false;
        }
        int capitalised = 0;
        for (String word : words) {
            if (hasUpperOrDigit(word)) {
                capitalised++;
            } else if (!CONNECTORS.contains(word.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        // Brands and names may hold small lowercase words ("Voice of the Valley") but end on a capitalised one.
        return capitalised * 2 >= words.length && hasUpperOrDigit(words[words.length - 1]);
    }

    /**
     * The outlet a staff byline names ("Courier Staff", "Courier News Desk" give "Courier"), or null. News sites
     * sign unsigned copy this way, so it is the outlet saying its own name.
     */
    String outletOfStaffByline(String byline) {
        if (byline == null) {
            return null;
        }
        Matcher m = STAFF_SUFFIX.matcher(byline.strip());
        if (!m.matches()) {
            return null;
        }
        String outlet = m.group(1).strip();
        return isShortNameLike(outlet) && !outlet.contains(",") ? outlet : null;
    }

    private static List<String> nameWords(String names) {
        List<String> words = new ArrayList<>();
        for (String w : names.split("[\\s,]+")) {
            if (!w.isEmpty() && !w.equalsIgnoreCase("and") && !w.equals("&")) {
                words.add(w);
            }
        }
        return words;
    }

    private static boolean hasUpperOrDigit(String word) {
        return word.codePoints().anyMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
    }
}
