package whosaid.claims;

import whosaid.lexicon.WordList;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * Decides whether two wordings of one speaker state the same claim, from several sides at once: the cosine of their
 * sentence vectors (meaning in other words), the share of their content words that match ({@link SoftOverlap}), and
 * the guards that similarity measures miss (a sentence and its negation, or with another figure, another modality,
 * or one word swapped for an unrelated one, is close by every similarity and still another claim).
 *
 * <p>The thresholds were calibrated on invented pairs (src/test/resources/whosaid/claims/pairs.tsv, see
 * {@code ClaimJudgeTest}): precision first, as a wrong merge hides a claim while a missed one only repeats it.
 */
public final class ClaimJudge {

    /** Cosine at which two longer wordings are one claim whatever their words. */
    static final double SAME_MEANING = 0.80;
    /** Cosine at which they are one claim when their words agree too ({@link #WORDS_AGREE}). */
    static final double CLOSE_MEANING = 0.70;
    static final double WORDS_AGREE = 0.60;
    /** At most this many content words makes a short statement: it joins only a near-identical wording. */
    static final int SHORT = 2;
    /** Or at most this many words in all ("We'll see", "It was a mistake"). */
    static final int SHORT_TOKENS = 4;
    static final double SHORT_SAME_MEANING = 0.90;
    /** Share of tokens aligned above which a lone swapped word makes another claim ("Thank you, Ohio" / "… Iowa"). */
    static final double ALIGNED_FOR_SWAP = 0.5;

    private static final Set<String> FUTURE = WordList.set("future-markers");
    private static final Set<String> HEDGES = WordList.set("hedging-modals");
    private static final Set<String> PAST = WordList.set("past-auxiliaries");
    private static final java.util.Map<String, String> PERSONS = WordList.map("personal-pronouns");
    private static final java.util.Map<String, String> OPPOSITES = WordList.map("opposite-particles");

    /** One side of a comparison: the wording, its content lemmas with their concepts, its unit vector (may be null). */
    public record Side(Wording wording, SoftOverlap.Bag bag, float[] vector) {
    }

    /**
     * @param same    one claim
     * @param cosine  the vectors' cosine (0 when a vector is missing)
     * @param overlap the soft word overlap
     * @param veto    why they may not be one claim, or null
     */
    public record Verdict(boolean same, double cosine, double overlap, String veto) {
    }

    private final Lexicon lexicon;
    private final MergeGuard guard;

    public ClaimJudge(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.guard = new MergeGuard(lexicon);
    }

    public Side side(Wording w, float[] vector) {
        return new Side(w, SoftOverlap.bag(w.content(), lexicon), vector);
    }

    public Verdict judge(Side a, Side b, ToDoubleFunction<String> idf) {
        double cosine = Vectors.cosine(a.vector(), b.vector());
        SoftOverlap.Score words = SoftOverlap.score(a.bag(), b.bag(), idf);
        String veto = veto(a, b);
        if (veto != null) {
            return new Verdict(false, cosine, words.value(), veto);
        }
        boolean same;
        if (isShort(a.wording()) || isShort(b.wording())) {
            same = sameWords(a.bag(), b.bag()) && cosine >= SHORT_SAME_MEANING;
        } else {
            same = cosine >= SAME_MEANING || (cosine >= CLOSE_MEANING && words.value() >= WORDS_AGREE);
        }
        return new Verdict(same, cosine, words.value(), null);
    }

    /** A short statement ("We'll see", "It was a mistake"): it joins only a wording of its own words. */
    public static boolean isShort(Wording w) {
        return w.content().size() <= SHORT || w.tokens().size() <= SHORT_TOKENS;
    }

    /** Why two wordings cannot be one claim whatever their similarity, or null. */
    public String veto(Side a, Side b) {
        String v = guard.veto(a.wording(), a.bag().lemmas(), b.wording(), b.bag().lemmas(), false);
        if (v != null) {
            return v;
        }
        // "Forty" and "40" are one figure; "a million" and "two million" are not, nor a figure and none
        if (!a.wording().numbers().equals(b.wording().numbers())) {
            return "numbers";
        }
        if (!compatible(modality(a.wording()), modality(b.wording()))) {
            return "modality";
        }
        return swappedWord(a.wording(), b.wording());
    }

    /**
     * The same content lemmas on both sides, as a set: a short statement joins only its own words. Contractions of a
     * pronoun and an auxiliary ("we'll", "we're") and markers of the future ("going") are no content of their own.
     */
    private static boolean sameWords(SoftOverlap.Bag a, SoftOverlap.Bag b) {
        return claimWords(a).equals(claimWords(b));
    }

    private static Set<String> claimWords(SoftOverlap.Bag bag) {
        Set<String> out = new HashSet<>();
        for (String l : bag.lemmas()) {
            if (l.indexOf('\'') < 0 && !FUTURE.contains(l)) {
                out.add(l);
            }
        }
        return out;
    }

    enum Modality { PLAIN, PAST, FUTURE, HEDGED }

    /**
     * What a statement says of time and certainty: hedged (a possibility), future, past, or plain. A hedge wins
     * over a future ("will possibly"): the claim is only a possibility.
     */
    Modality modality(Wording w) {
        boolean future = false;
        boolean past = false;
        for (String t : w.tokens()) {
            if (HEDGES.contains(t)) {
                return Modality.HEDGED;
            }
            future |= FUTURE.contains(t) || t.endsWith("'ll") || t.startsWith("won'");
            past |= PAST.contains(t) || (t.length() > 4 && t.endsWith("ed") && !lexicon.lemma(t).equals(t));
        }
        return future ? Modality.FUTURE : past ? Modality.PAST : Modality.PLAIN;
    }

    /**
     * A plain statement reads with any but a hedged one ("the plant is shutting" / "the plant will close"); a past,
     * a future and a hedged statement are three different claims.
     */
    static boolean compatible(Modality a, Modality b) {
        if (a == b) {
            return true;
        }
        if (a == Modality.PLAIN || b == Modality.PLAIN) {
            return a != Modality.HEDGED && b != Modality.HEDGED;
        }
        return false;
    }

    /**
     * Two wordings aligned word for word except where one content word stands for an unrelated one ("the governor
     * will run" / "the mayor will run", "in March" / "in October", "Ohio" / "Iowa") say different things. Aligns the
     * tokens (longest common subsequence) and looks at each stretch that differs: one with content words on both
     * sides none of which shares a concept with the other side is a swap. Only a mostly aligned pair is judged so:
     * a paraphrase in other words differs everywhere.
     */
    String swappedWord(Wording a, Wording b) {
        List<String> x = a.tokens();
        List<String> y = b.tokens();
        if (x.isEmpty() || y.isEmpty() || (long) x.size() * y.size() > 40_000) {
            return null; // quadratic alignment: only for sentences of ordinary length
        }
        int[][] lcs = new int[x.size() + 1][y.size() + 1];
        for (int i = x.size() - 1; i >= 0; i--) {
            for (int j = y.size() - 1; j >= 0; j--) {
                lcs[i][j] = x.get(i).equals(y.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        if (lcs[0][0] < ALIGNED_FOR_SWAP * Math.max(x.size(), y.size())) {
            return null;
        }
        int i = 0;
        int j = 0;
        String swap = null;
        int changed = 0;
        while (i < x.size() || j < y.size()) {
            if (i < x.size() && j < y.size() && x.get(i).equals(y.get(j))) {
                i++;
                j++;
                continue;
            }
            int i0 = i;
            int j0 = j;
            // walk the stretch that differs: step the side whose skip keeps the longer common rest
            while ((i < x.size() || j < y.size()) && !(i < x.size() && j < y.size() && x.get(i).equals(y.get(j)))) {
                if (j >= y.size() || (i < x.size() && lcs[i + 1][j] >= lcs[i][j + 1])) {
                    i++;
                } else {
                    j++;
                }
            }
            List<String> left = x.subList(i0, i);
            List<String> right = y.subList(j0, j);
            String person = otherPerson(left, right);
            if (person != null) {
                return person;
            }
            for (String t : left) {
                if (OPPOSITES.containsKey(t) && right.contains(OPPOSITES.get(t)) && !left.contains(OPPOSITES.get(t))) {
                    return "opposite " + t + "/" + OPPOSITES.get(t);
                }
            }
            if (left.stream().anyMatch(TextFolding::isContent) || right.stream().anyMatch(TextFolding::isContent)) {
                changed++;
                String s = swap(left, a.text(), right, b.text());
                swap = swap == null ? s : swap;
            }
        }
        // one slot changed, and to an unrelated word: another subject, object, place or date
        return changed == 1 ? swap : null;
    }

    /**
     * True when the folded token is written capitalised in the text: a name, or a word opening the sentence, which in
     * a one-slot swap ("Russia will pay" / "Iran will pay") is the subject named.
     */
    static boolean named(String token, String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}])"
                + java.util.regex.Pattern.quote(token) + "(?![\\p{L}\\p{N}])",
                java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE).matcher(text);
        while (m.find()) {
            if (Character.isUpperCase(text.charAt(m.start()))) {
                return true;
            }
        }
        return false;
    }

    /** A stretch where one person acts on one side and another on the other ("we"/"they", "me"/"him"). */
    private static String otherPerson(List<String> left, List<String> right) {
        Set<String> a = new HashSet<>();
        Set<String> b = new HashSet<>();
        left.forEach(t -> {
            if (PERSONS.containsKey(t)) {
                a.add(PERSONS.get(t));
            }
        });
        right.forEach(t -> {
            if (PERSONS.containsKey(t)) {
                b.add(PERSONS.get(t));
            }
        });
        return !a.isEmpty() && !b.isEmpty() && !a.equals(b) ? "person " + a + "/" + b : null;
    }

    /**
     * A swap: content words on both sides, none sharing a concept with the other side. A name (a word capitalised
     * inside its sentence) stands only for itself: two named states share the concept "state", not the claim.
     */
    private String swap(List<String> left, String leftText, List<String> right, String rightText) {
        Set<String> keysLeft = new HashSet<>();
        boolean contentLeft = false;
        for (String t : left) {
            if (TextFolding.isContent(t)) {
                contentLeft = true;
                keysLeft.addAll(named(t, leftText) ? Set.of("w:" + t) : lexicon.concepts(lexicon.lemma(t)));
            }
        }
        if (!contentLeft) {
            return null;
        }
        boolean contentRight = false;
        for (String t : right) {
            if (TextFolding.isContent(t)) {
                contentRight = true;
                for (String k : named(t, rightText) ? Set.of("w:" + t) : lexicon.concepts(lexicon.lemma(t))) {
                    if (keysLeft.contains(k)) {
                        return null;
                    }
                }
            }
        }
        return contentRight ? "swapped " + String.join(" ", left) + "/" + String.join(" ", right) : null;
    }
}
