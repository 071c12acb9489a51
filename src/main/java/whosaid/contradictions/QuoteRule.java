package whosaid.contradictions;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * attribution and wording, over quotations. attribution: two reports give the same (or nearly the same) quoted
 * words to different speakers. wording: two reports quote the same speaker's same claim in different words; a
 * changed number, negation or name makes it material, other differences mean at most one wording is verbatim.
 */
final class QuoteRule {

    /** Share of the shorter quote's words the other must hold for the two to be "the same words". */
    private static final double SAME_WORDS = 0.8;
    /** Share of the smaller concept set two quotes must share to be the same claim in other words. */
    private static final double SAME_CLAIM = 0.5;

    private final CandidateIndex index;

    QuoteRule(CandidateIndex index) {
        this.index = index;
    }

    List<Contradiction> find(List<Passage> said, Map<Long, Long> claimOfStatement) {
        List<Passage> quotes = said.stream().filter(p -> p.side().speaker() != null).toList();
        List<Contradiction> out = new ArrayList<>();
        for (CandidateIndex.Pair pair : index.pairs(quotes, quotes, Passage::concepts, 2)) {
            Passage a = quotes.get(pair.a());
            Passage b = quotes.get(pair.b());
            if (a.articleId() == b.articleId()) {
                continue;
            }
            Contradiction c = compare(a, b, sameClaim(a, b, claimOfStatement));
            if (c != null) {
                out.add(c);
            }
        }
        return out;
    }

    private static boolean sameClaim(Passage a, Passage b, Map<Long, Long> claims) {
        Long ca = claims.get(a.side().statementId());
        return ca != null && ca.equals(claims.get(b.side().statementId()));
    }

    /** Fewest words the shorter of two quotations must have for its words to be one speaker's own. */
    static final int DISTINCTIVE_WORDS = 6;
    /** Most words two wordings of one quotation may differ in and still be one quotation. */
    private static final int MAX_CHANGED_WORDS = 6;

    private Contradiction compare(Passage a, Passage b, boolean grouped) {
        List<String> wa = words(a);
        List<String> wb = words(b);
        double wordShare = sharedShare(wa, wb);
        boolean contained = containsRun(wa, wb) || containsRun(wb, wa);
        String sa = a.side().speaker();
        String sb = b.side().speaker();
        int shorter = Math.min(wa.size(), wb.size());
        if (!sameSpeaker(sa, sb)) {
            // a short phrase ("spoiled child", a slogan) is anyone's; a quotation whose own sentence names the other
            // speaker is likely the one quoting the other ("X mocked Y's '...'")
            if (shorter >= DISTINCTIVE_WORDS && (contained || wordShare >= SAME_WORDS && sameRun(wa, wb))
                    && !names(a.context(), sb) && !names(b.context(), sa)) {
                return new Contradiction("attribution", a.side(), b.side(),
                        "the same words are given to " + sa + " in one report and to " + sb + " in another",
                        0.55 + 0.3 * Math.min(1, wordShare));
            }
            return null;
        }
        if (grouped && !contained && wordShare < 0.75 && wordShare >= REWORDED && shorter >= DISTINCTIVE_WORDS
                && otherOutlets(a, b) && sameDays(a, b)) {
            // one statement of one speaker, quoted in quotation marks by two outlets the same days in words that
            // differ beyond a cut or a word of style: at most one of them is the speaker's own words
            return new Contradiction("wording", a.side(), b.side(),
                    sa + " is quoted in two different wordings of one statement: at most one is verbatim",
                    0.25 + 0.2 * wordShare);
        }
        if (contained || wordShare >= 0.95 || shorter < 5 || wordShare < 0.75) {
            return null; // the same words, one cut from the other, or two different quotations
        }
        String material = materialDifference(wa, wb);
        if (material == null) {
            return null; // punctuation, a word or two of style: not a different claim
        }
        return new Contradiction("wording", a.side(), b.side(),
                sa + " is quoted in two wordings that differ in content: " + material, 0.6 + 0.3 * wordShare);
    }

    /** Least share of words two wordings of one statement keep in common (less is another statement). */
    private static final double REWORDED = 0.3;

    private static boolean otherOutlets(Passage a, Passage b) {
        String oa = a.side().outlet();
        String ob = b.side().outlet();
        return oa == null || ob == null || !oa.equalsIgnoreCase(ob);
    }

    /** Published within a day of each other (or undated): reports of one occasion, not a line repeated later. */
    private static boolean sameDays(Passage a, Passage b) {
        java.time.LocalDate da = day(a.side().published());
        java.time.LocalDate db = day(b.side().published());
        return da == null || db == null || Math.abs(da.toEpochDay() - db.toEpochDay()) <= 1;
    }

    private static java.time.LocalDate day(String iso) {
        try {
            return iso == null || iso.length() < 10 ? null : java.time.LocalDate.parse(iso.substring(0, 10));
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /** Whether a sentence names a speaker by their last name. */
    private static boolean names(String context, String speaker) {
        if (context == null || speaker == null) {
            return false;
        }
        String last = speaker.substring(speaker.lastIndexOf(' ') + 1);
        return last.length() > 1 && java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(last) + "\\b")
                .matcher(context).find();
    }

    /**
     * A changed figure or a negation in only one of two wordings that otherwise agree, said in a few words; null
     * when they differ in anything else or in too much to be one quotation.
     */
    static String materialDifference(List<String> a, List<String> b) {
        List<String> onlyA = minus(a, b);
        List<String> onlyB = minus(b, a);
        if (onlyA.size() + onlyB.size() > MAX_CHANGED_WORDS) {
            return null;
        }
        List<String> figuresA = onlyA.stream().filter(w -> Character.isDigit(w.charAt(0))).toList();
        List<String> figuresB = onlyB.stream().filter(w -> Character.isDigit(w.charAt(0))).toList();
        if (!figuresA.isEmpty() && !figuresB.isEmpty()) {
            return "figures " + figuresA + " vs " + figuresB;
        }
        // an answer's opening "No," responds to a question; it does not negate the words quoted after it
        boolean negA = onlyA.stream().anyMatch(Lexicon::isNegation) && !(Lexicon.isNegation(a.get(0)) && onlyA.size() == 1);
        boolean negB = onlyB.stream().anyMatch(Lexicon::isNegation) && !(Lexicon.isNegation(b.get(0)) && onlyB.size() == 1);
        if (negA != negB) {
            return "a negation in only one (" + String.join(" ", negA ? onlyA : onlyB) + ")";
        }
        return null;
    }

    /** The words of a (with repeats) that b does not hold. */
    private static List<String> minus(List<String> a, List<String> b) {
        Map<String, Long> counts = new java.util.HashMap<>(b.stream().collect(Collectors.groupingBy(w -> w, Collectors.counting())));
        List<String> out = new ArrayList<>();
        for (String w : a) {
            long n = counts.getOrDefault(w, 0L);
            if (n > 0) {
                counts.put(w, n - 1);
            } else {
                out.add(w);
            }
        }
        return out;
    }

    private static Set<String> numbers(Passage p) {
        return p.tokens().stream().filter(Token::numeric).map(Token::text).collect(Collectors.toSet());
    }

    private static boolean negated(Passage p) {
        return p.tokens().stream().anyMatch(t -> Lexicon.isNegation(t.lower()));
    }

    /** Same person: same name, or one name the other's last word (a bare surname). */
    static boolean sameSpeaker(String a, String b) {
        if (Objects.equals(a, b)) {
            return true;
        }
        String la = a.toLowerCase(Locale.ROOT);
        String lb = b.toLowerCase(Locale.ROOT);
        String lastA = la.substring(la.lastIndexOf(' ') + 1);
        String lastB = lb.substring(lb.lastIndexOf(' ') + 1);
        return lastA.equals(lastB) && (la.equals(lastA) || lb.equals(lastB));
    }

    private static List<String> words(Passage p) {
        return p.tokens().stream().map(t -> t.lower().replace('’', '\'')).toList();
    }

    /** Share of the shorter list's words (with repeats) found in the longer. */
    private static double sharedShare(List<String> a, List<String> b) {
        List<String> shorter = a.size() <= b.size() ? a : b;
        List<String> longer = a.size() <= b.size() ? b : a;
        if (shorter.isEmpty()) {
            return 0;
        }
        Map<String, Long> counts = longer.stream().collect(Collectors.groupingBy(w -> w, Collectors.counting()));
        int common = 0;
        for (String w : shorter) {
            Long n = counts.get(w);
            if (n != null && n > 0) {
                common++;
                counts.put(w, n - 1);
            }
        }
        return common / (double) shorter.size();
    }

    /**
     * Whether two wordings share a run of words holding at least half the shorter one: words repeated from one
     * speaker's quotation keep their order, while two people's sentences on one theme share words in other places
     * ("not a handful of wealthy donors" against "…, not just a few wealthy donors").
     */
    static boolean sameRun(List<String> a, List<String> b) {
        int shorter = Math.min(a.size(), b.size());
        int best = 0;
        int[] previous = new int[b.size() + 1];
        for (int i = 1; i <= a.size(); i++) {
            int[] row = new int[b.size() + 1];
            for (int j = 1; j <= b.size(); j++) {
                if (a.get(i - 1).equals(b.get(j - 1))) {
                    row[j] = previous[j - 1] + 1;
                    best = Math.max(best, row[j]);
                }
            }
            previous = row;
        }
        return 2 * best >= shorter;
    }

    private static boolean containsRun(List<String> outer, List<String> inner) {
        if (inner.isEmpty() || inner.size() > outer.size()) {
            return false;
        }
        return (" " + String.join(" ", outer) + " ").contains(" " + String.join(" ", inner) + " ");
    }

    private static double conceptShare(Set<String> a, Set<String> b) {
        int min = Math.min(a.size(), b.size());
        if (min == 0) {
            return 0;
        }
        Set<String> shared = new HashSet<>(a);
        shared.retainAll(b);
        return shared.size() / (double) min;
    }
}
