package whosaid.contradictions;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

import whosaid.lexicon.WordList;

/**
 * denial by plea: "Lindqvist has pleaded not guilty" denies the case stated against Lindqvist ("Prosecutors say
 * Lindqvist took ..."). A plea names no proposition, so it is matched with the passages of its story that name the
 * one who pleads and state a case against them (a word of prosecution or accusation, reported by someone), and not
 * with passages that plead or deny too. One plea answers one case: its best match stands.
 */
final class PleaRule {
    private static final Map<String, String> PLEA = WordList.map("plea-words");
    private static final Set<String> PROSECUTION = WordList.set("prosecution-words");
    private static final Set<String> HONORIFICS = WordList.set("honorifics");
    /** How many tokens may stand between the verb and what is pleaded ("pleaded not guilty", "has pleaded innocent"). */
    private static final int REACH = 3;

    private final BiPredicate<Passage, Passage> wanted;

    PleaRule(BiPredicate<Passage, Passage> wanted) {
        this.wanted = wanted;
    }

    private record Plea(Passage passage, Set<String> pleader, String pleaderText) {
    }

    List<Contradiction> find(List<Passage> sentences) {
        List<Plea> pleas = new ArrayList<>();
        for (Passage p : sentences) {
            Plea plea = read(p);
            if (plea != null) {
                pleas.add(plea);
            }
        }
        List<Contradiction> out = new ArrayList<>();
        for (Plea plea : pleas) {
            Passage best = null;
            double bestScore = 0;
            for (Passage a : sentences) {
                if (a == plea.passage() || !wanted.test(a, plea.passage())) {
                    continue;
                }
                double score = caseAgainst(a, plea);
                // a passage that pleads or denies too is the same side, not the case against it
                if (score > bestScore && read(a) == null && DenialRule.read(a) == null) {
                    best = a;
                    bestScore = score;
                }
            }
            if (best != null) {
                out.add(new Contradiction("denial", best.side(), plea.passage().side(),
                        plea.pleaderText() + " pleaded not guilty; the other passage states the case against them",
                        Math.min(0.9, bestScore)));
            }
        }
        return out;
    }

    /** 0 when the passage states no case against the one who pleads, else how strongly it does. */
    private static double caseAgainst(Passage a, Plea plea) {
        boolean named = false;
        for (String e : a.entities()) {
            named |= plea.pleader().contains(e);
        }
        if (!named) {
            return 0;
        }
        int prosecution = 0;
        boolean reported = false;
        for (Token t : a.tokens()) {
            prosecution += PROSECUTION.contains(t.lower()) ? 1 : 0;
            reported |= Lexicon.ASSERTION.contains(t.lower());
        }
        if (prosecution == 0 || !reported && prosecution < 2) {
            return 0;
        }
        // the case itself is what someone asserts against them ("Prosecutors say X paid $80,000"), best with its facts;
        // a sentence that only mentions the charges ("refused to dismiss the charges against X") states less
        double score = 0.5 + 0.05 * Math.min(prosecution, 2) + (reported ? 0.15 : 0)
                + (a.quantities().isEmpty() ? 0 : 0.1);
        if (a.articleId() == plea.passage().articleId()) {
            score += 0.1; // the report that gives the plea usually states the case it answers
        }
        return score;
    }

    /** Reads a sentence as a plea of not guilty by someone it names before the verb, or null. */
    static Plea read(Passage p) {
        List<Token> t = p.tokens();
        for (int i = 0; i < t.size(); i++) {
            if (!"verb".equals(PLEA.get(t.get(i).lower()))) {
                continue;
            }
            boolean denies = false;
            for (int k = i + 1; k < Math.min(t.size(), i + 1 + REACH); k++) {
                String w = t.get(k).lower();
                if (w.equals("guilty")) {
                    denies = k > i + 1 && Lexicon.isNegation(t.get(k - 1).lower());
                    break;
                }
                if ("plea".equals(PLEA.get(w))) {
                    denies = true;
                    break;
                }
            }
            if (!denies) {
                continue;
            }
            Set<String> pleader = new LinkedHashSet<>();
            StringBuilder text = new StringBuilder();
            for (int k = 0; k < i; k++) {
                Token tk = t.get(k);
                String bare = tk.lower().replace(".", "");
                if (tk.capitalised() && Tokens.isEntityLike(tk) && !HONORIFICS.contains(bare)
                        && !Lexicon.ANAPHORIC_OBJECTS.contains(tk.lower())) {
                    pleader.add(Tokens.entityKey(tk.text()));
                    text.append(text.length() == 0 ? "" : " ").append(tk.text());
                }
            }
            return pleader.isEmpty() ? null : new Plea(p, pleader, text.toString());
        }
        return null;
    }
}
