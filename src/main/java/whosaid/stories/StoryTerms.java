package whosaid.stories;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import opennlp.tools.stemmer.Stemmer;
import opennlp.tools.stemmer.snowball.SnowballStemmer;
import whosaid.lexicon.WordList;
import whosaid.text.ArticleText;
import whosaid.text.Token;

/**
 * The terms an article is matched to a story by: the names it uses (capitalised words inside sentences, marked
 * {@code @}), the people it quotes ({@code #} and the canonical name), and its content words (stemmed). A word of
 * the headline counts three times: the headline says what the story is.
 */
public final class StoryTerms {
    /** Prefix of a name term. */
    public static final String NAME = "@";
    /** Prefix of a speaker term. */
    public static final String SPEAKER = "#";

    private static final Set<String> STOP = union(WordList.set("stop-words"), WordList.set("topic-neutral-words"),
            WordList.set("capitalised-non-entities"), WordList.set("speech-verb-forms"));
    private static final int HEADLINE_WEIGHT = 3;
    private static final int MIN_WORD = 4;

    private final Stemmer stemmer = new SnowballStemmer(SnowballStemmer.ALGORITHM.ENGLISH);

    private static Set<String> union(Set<String>... sets) {
        java.util.HashSet<String> out = new java.util.HashSet<>();
        for (Set<String> s : sets) {
            s.forEach(w -> out.add(w.toLowerCase(Locale.ROOT)));
        }
        return Set.copyOf(out);
    }

    /** @param speakers the canonical names of the people the article quotes */
    public Map<String, Integer> of(ArticleText text, List<String> speakers) {
        Map<String, Integer> counts = new HashMap<>();
        List<Token> title = text.titleTokens();
        for (int i = 0; i < title.size(); i++) {
            // every word of a title-case headline is capitalised: only its words, not its capitals, are telling
            add(counts, title.get(i), false, HEADLINE_WEIGHT);
        }
        for (ArticleText.Sentence s : text.sentences()) {
            List<Token> tokens = text.tokens(s);
            boolean first = true;
            for (Token t : tokens) {
                if (!t.isWord()) {
                    continue;
                }
                add(counts, t, !first, 1);
                first = false;
            }
        }
        for (String speaker : speakers) {
            if (speaker != null && !speaker.isBlank()) {
                counts.merge(SPEAKER + speaker.toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
        }
        return counts;
    }

    private void add(Map<String, Integer> counts, Token t, boolean nameable, int weight) {
        String w = t.text().replace("’s", "").replace("'s", "");
        if (w.isEmpty() || !Character.isLetter(w.charAt(0))) {
            return;
        }
        String low = w.toLowerCase(Locale.ROOT);
        if (STOP.contains(low) || low.length() < 2) {
            return;
        }
        if (nameable && Character.isUpperCase(w.charAt(0))) {
            counts.merge(NAME + low.replace(".", ""), weight, Integer::sum);
            return;
        }
        if (low.length() < MIN_WORD || !low.chars().allMatch(Character::isLetter)) {
            return;
        }
        counts.merge(stemmer.stem(low).toString(), weight, Integer::sum);
    }
}
