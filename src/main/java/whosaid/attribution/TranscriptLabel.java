package whosaid.attribution;

import whosaid.lexicon.WordList;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "HARLAND: We never said that.", "SEN. OKAFOR: …": a turn of a printed interview transcript opens with its
 * speaker's name in capitals and a colon. One to three name-like words, a title allowed before them; the words
 * as a name in title case ("Harland", "Okafor"), or null when the turn is not a person's ("VIDEO:", "Q:").
 *
 * @param name    the speaker's name in title case, without title; null for a label that names nobody
 * @param label   the label as written, without its colon
 */
record TranscriptLabel(String name, String label) {
    private static final Set<String> NON_SPEAKERS = WordList.set("transcript-non-speakers");
    /** A capitals word of the label: letters, with inner apostrophes, hyphens and a final full stop. */
    private static final String WORD = "\\p{Lu}[\\p{Lu}'’-]*\\.?";
    private static final Pattern LABEL = Pattern.compile("\\A\\s*(" + WORD + "(?:\\s+" + WORD + "){0,3})\\s*:\\s+\\S");

    /** The label opening the text, or null when the text opens with none. */
    static TranscriptLabel opening(CharSequence text) {
        Matcher m = LABEL.matcher(text);
        if (!m.find()) {
            return null;
        }
        String label = m.group(1);
        List<String> words = new ArrayList<>(List.of(label.split("\\s+")));
        if (NON_SPEAKERS.contains(bare(words.get(0)))) {
            return new TranscriptLabel(null, label);
        }
        while (words.size() > 1 && (Lexicon.isTitleWord(bare(words.get(0)))
                || Lexicon.HONORIFICS.containsKey(bare(words.get(0))))) {
            words.remove(0); // "SEN. OKAFOR": the title is no part of the name
        }
        if (words.size() > 3 || words.stream().noneMatch(w -> w.replaceAll("[^\\p{L}]", "").length() >= 2)) {
            return null;
        }
        StringBuilder name = new StringBuilder();
        for (String w : words) {
            if (Lexicon.isNotName(bare(w))) {
                return null; // "THE END:", "BUT:" are no names
            }
            name.append(name.length() == 0 ? "" : " ").append(titleCase(w.endsWith(".") ? w.substring(0, w.length() - 1) : w));
        }
        return new TranscriptLabel(name.toString(), label);
    }

    private static String bare(String w) {
        return w.toLowerCase(Locale.ROOT).replaceAll("[.]$", "");
    }

    /** "HARLAND" → "Harland", "O'BRIEN-SMITH" → "O'Brien-Smith". */
    private static String titleCase(String w) {
        StringBuilder b = new StringBuilder(w.length());
        boolean start = true;
        for (char c : w.toCharArray()) {
            b.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = !Character.isLetter(c);
        }
        return b.toString();
    }
}
