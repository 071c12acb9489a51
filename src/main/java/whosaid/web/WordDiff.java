package whosaid.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import whosaid.lexicon.WordList;

/**
 * What one wording of a claim has that another lacks, word by word (longest common subsequence of words), so the
 * claim page can mark words added, figures changed and negations added where outlets quote the same claim.
 */
public final class WordDiff {
    private static final Pattern WORD = Pattern.compile("\\S+");
    private static final Map<String, String> NEGATIONS = WordList.map("negations");

    /** How a piece of a wording compares with the other wording. */
    public enum Mark { SAME, ADDED, FIGURE, NEGATION }

    /** A piece of the wording: a word with the space before it, and how it compares. */
    public record Piece(String text, Mark mark) {
        public String css() {
            return switch (mark) {
                case SAME -> "";
                case ADDED -> "add";
                case FIGURE -> "fig";
                case NEGATION -> "neg";
            };
        }
    }

    /**
     * @param pieces  the wording, cut into words with what is between them, each marked
     * @param dropped the other wording's words that this one does not have, in order
     */
    public record Result(List<Piece> pieces, List<String> dropped) {
    }

    private WordDiff() {
    }

    /** Compares {@code wording} with {@code other}. */
    public static Result of(String wording, String other) {
        List<String> raw = new ArrayList<>();
        List<String> gaps = new ArrayList<>();
        Matcher m = WORD.matcher(wording);
        int pos = 0;
        while (m.find()) {
            gaps.add(wording.substring(pos, m.start()));
            raw.add(m.group());
            pos = m.end();
        }
        String tail = wording.substring(pos);
        List<String> a = raw.stream().map(WordDiff::fold).toList();
        List<String> otherRaw = new ArrayList<>();
        Matcher o = WORD.matcher(other);
        while (o.find()) {
            otherRaw.add(o.group());
        }
        List<String> b = otherRaw.stream().map(WordDiff::fold).toList();
        boolean[] keptA = new boolean[a.size()];
        boolean[] keptB = new boolean[b.size()];
        lcs(a, b, keptA, keptB);
        List<Piece> pieces = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            Mark mark = keptA[i] || a.get(i).isEmpty() ? Mark.SAME : kind(a.get(i));
            if (!gaps.get(i).isEmpty()) {
                pieces.add(new Piece(gaps.get(i), Mark.SAME));
            }
            pieces.add(new Piece(raw.get(i), mark));
        }
        if (!tail.isEmpty()) {
            pieces.add(new Piece(tail, Mark.SAME));
        }
        List<String> dropped = new ArrayList<>();
        for (int j = 0; j < b.size(); j++) {
            if (!keptB[j] && !b.get(j).isEmpty()) {
                dropped.add(otherRaw.get(j).replaceAll("^[\\p{Punct}“”‘’]+|[\\p{Punct}“”‘’]+$", ""));
            }
        }
        return new Result(List.copyOf(pieces), List.copyOf(dropped));
    }

    private static Mark kind(String folded) {
        if (folded.chars().anyMatch(Character::isDigit)) {
            return Mark.FIGURE;
        }
        if (NEGATIONS.containsKey(folded) || folded.endsWith("n't")) {
            return Mark.NEGATION;
        }
        return Mark.ADDED;
    }

    /** A word as compared: lower case, curly apostrophes straight, punctuation around it gone. */
    static String fold(String word) {
        return word.toLowerCase(Locale.ROOT).replace('’', '\'')
                .replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
    }

    /** Marks the words of a and b that a longest common subsequence keeps. Wordings are short: a table is fine. */
    private static void lcs(List<String> a, List<String> b, boolean[] keptA, boolean[] keptB) {
        int n = a.size();
        int k = b.size();
        if ((long) n * k > 4_000_000L) {
            return; // absurdly long wordings: mark every word rather than spend the request on them
        }
        int[][] t = new int[n + 1][k + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = k - 1; j >= 0; j--) {
                t[i][j] = a.get(i).equals(b.get(j)) ? t[i + 1][j + 1] + 1 : Math.max(t[i + 1][j], t[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n && j < k) {
            if (a.get(i).equals(b.get(j))) {
                keptA[i++] = true;
                keptB[j++] = true;
            } else if (t[i + 1][j] >= t[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
    }
}
