package whosaid.attribution;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Tells when two names of an organisation name the same body. English news writes one ministry as "the Foreign
 * Ministry of Ruritania", "Ruritania’s foreign ministry" and "the Ruritanian Ministry of Foreign Affairs": the
 * same content words in another order, a country as its adjective, and the filler "affairs". So the comparison
 * is between bags of content words, where a word also matches its adjective form (a word that extends the other
 * by a short ending: Ruritania/Ruritanian, Qatar/Qatari, Afghan/Afghanistan). Every word of one name must pair
 * with a word of the other, so "the Foreign Ministry" never joins "the Defence Ministry".
 */
final class OrganisationNames {
    /** Words that carry no identity in an organisation's name. */
    private static final Set<String> FILLER = Lexicon.ORGANISATION_NAME_FILLERS;
    /** The shortest word that may match a longer form of itself: shorter stems ("us", "un") are too ambiguous. */
    private static final int MIN_STEM = 4;

    private OrganisationNames() {
    }

    /** True when some name form of one equals, as a bag of content words, some name form of the other. */
    static boolean sameBody(Collection<String> a, Collection<String> b) {
        for (String x : a) {
            List<String> wx = contentWords(x);
            if (wx.size() < 2) {
                continue; // one word ("Pakistan") is a place or a people as often as a body
            }
            for (String y : b) {
                List<String> wy = contentWords(y);
                if (wx.size() == wy.size() && pairs(wx, wy)) {
                    return true;
                }
            }
        }
        return false;
    }

    static List<String> contentWords(String name) {
        List<String> out = new ArrayList<>();
        for (String w : Names.tokens(name)) {
            if (!FILLER.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    /** Every word of {@code a} pairs with a distinct word of {@code b}; greedy is enough for names this short. */
    private static boolean pairs(List<String> a, List<String> b) {
        boolean[] used = new boolean[b.size()];
        for (String x : a) {
            int match = -1;
            for (int j = 0; j < b.size() && match < 0; j++) {
                if (!used[j] && x.equals(b.get(j))) {
                    match = j;
                }
            }
            for (int j = 0; j < b.size() && match < 0; j++) {
                if (!used[j] && sameStem(x, b.get(j))) {
                    match = j;
                }
            }
            if (match < 0) {
                return false;
            }
            used[match] = true;
        }
        return true;
    }

    /** One word is the other with an ending of at most five letters: a country and its adjective or people. */
    static boolean sameStem(String x, String y) {
        String shorter = x.length() <= y.length() ? x : y;
        String longer = shorter == x ? y : x;
        return shorter.length() >= MIN_STEM && longer.startsWith(shorter) && longer.length() - shorter.length() <= 5;
    }
}
