package whosaid.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import whosaid.lexicon.WordList;

/**
 * Reads the dates news pages print ("19 Oct 2025", "October 18, 2025", "Oct. 18, 2025", "Sunday, 19 October 2025",
 * "2025-10-18", "18/10/2025", with an optional trailing time such as "14.30 BST") and gives them as ISO yyyy-mm-dd.
 *
 * <p>Only unambiguous forms become dates: "10/11/2025" could be either month first, so it is recognised as a date
 * line (it is header, not body) but yields no date.
 */
final class DateParser {
    /** What may stand before the date itself: a label ("Published on:") and a weekday ("Mon.,"). */
    private static final Pattern PREFIX = Pattern.compile(
            "^(?:" + WordPatterns.anyOf(WordList.lines("dateline-labels")) + "(?: on)?:?\\s+)?"
                    + "(?:" + WordPatterns.anyOf(WordList.lines("weekday-names")) + "\\.?,?\\s+)?");
    private static final Pattern TIME_SUFFIX = Pattern.compile(
            "(?:,?\\s+|\\s+at\\s+|\\s*[-–—|]\\s*)\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2})?\\s*(?:[ap]\\.?m\\.?)?"
                    + "(?:\\s+\\(?[a-z]{2,5}(?:[+-]\\d{1,2})?\\)?)?$");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("^(\\d{1,2})\\s+([a-z]+)\\.?,?\\s+(\\d{4})$");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("^([a-z]+)\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})$");
    private static final Pattern ISO = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})(?:[t ]\\S*)?$");
    private static final Pattern NUMERIC = Pattern.compile("^(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})$");
    private static final Pattern ORDINAL = Pattern.compile("(\\d)(?:st|nd|rd|th)\\b");

    /** The date as ISO yyyy-mm-dd, or empty when the text is no date or an ambiguous one. */
    Optional<String> toIso(String text) {
        Parsed p = parse(text);
        return p == null || p.date == null ? Optional.empty() : Optional.of(p.date.toString());
    }

    /** True when the whole line is a date (possibly an ambiguous one), so it belongs to the header. */
    boolean isDateLine(String text) {
        return parse(text) != null;
    }

    private record Parsed(LocalDate date) {
    }

    /** null: not a date; Parsed(null): shaped like a date but ambiguous or impossible. */
    private Parsed parse(String text) {
        if (text == null || text.length() > 60) {
            return null;
        }
        String s = text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        s = PREFIX.matcher(s).replaceFirst("");
        s = TIME_SUFFIX.matcher(s).replaceFirst("");
        s = ORDINAL.matcher(s).replaceAll("$1");
        Matcher m;
        if ((m = DAY_MONTH_YEAR.matcher(s)).matches()) {
            Month month = month(m.group(2));
            return month == null ? null : date(m.group(3), month.getValue(), m.group(1));
        }
        if ((m = MONTH_DAY_YEAR.matcher(s)).matches()) {
            Month month = month(m.group(1));
            return month == null ? null : date(m.group(3), month.getValue(), m.group(2));
        }
        if ((m = ISO.matcher(s)).matches()) {
            return date(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
        }
        if ((m = NUMERIC.matcher(s)).matches()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            if (a > 12 || a == b) {
                return date(m.group(3), b, m.group(1));
            }
            if (b > 12) {
                return date(m.group(3), a, m.group(2));
            }
            return new Parsed(null);
        }
        return null;
    }

    private static Parsed date(String year, int month, String day) {
        try {
            return new Parsed(LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return new Parsed(null);
        }
    }

    /** A month from its English name or abbreviation ("oct", "october", "sept"). */
    private static Month month(String word) {
        for (Month month : Month.values()) {
            String full = month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
            if (word.equals(full) || (word.length() >= 3 && full.startsWith(word) && word.length() <= 4)) {
                return month;
            }
        }
        return null;
    }
}
