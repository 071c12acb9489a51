package whosaid.attribution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One person or organisation as an article refers to it, built up while reading the article: every name form,
 * the role words the article ties to it, and a gender where an honorific or pronoun settles it. Mutable, but only
 * inside one attribution run.
 */
final class ArticleEntity {
    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");

    final int id;
    final List<String> names = new ArrayList<>();
    final Set<String> roleWords = new LinkedHashSet<>();
    String role;
    String descriptor;
    boolean anonymous;
    boolean org;
    /** Set when a person descriptor ("the spokesperson") or a personal pronoun has been resolved to it. */
    boolean person;
    Gender gender = Gender.UNKNOWN;
    /** Set when a mention read as a person's, not an organisation's, gave it a name of two or more words. */
    boolean fullPersonName;
    int lastSeen = -1;

    ArticleEntity(int id) {
        this.id = id;
    }

    /** The fullest name form: most words, then longest; organisations without a leading "the". */
    String canonical() {
        if (names.isEmpty()) {
            return descriptor;
        }
        String best = null;
        int bestWords = -1;
        for (String n : names) {
            int w = Names.tokens(n).size();
            if (w > bestWords || w == bestWords && n.length() > best.length()) {
                best = n;
                bestWords = w;
            }
        }
        return best;
    }

    Set<String> aliases() {
        Set<String> out = new LinkedHashSet<>(names);
        if (descriptor != null) {
            out.add(descriptor);
        }
        return out;
    }

    SpeakerKind kind() {
        if (org) {
            return SpeakerKind.ORGANISATION;
        }
        if (person || gender.known() || anonymous || names.stream().anyMatch(n -> Names.tokens(n).size() >= 2)) {
            return SpeakerKind.PERSON;
        }
        return SpeakerKind.UNKNOWN;
    }

    /** True when the article has shown it to be a person: a role noun, a gender, a person's full name. */
    boolean personShaped() {
        return person || gender.known() || fullPersonName;
    }

    /** True when a title or role noun the article tied to it names an office ("the chief executive"). */
    boolean holdsOffice() {
        for (String w : roleWords) {
            if (Lexicon.TITLES.contains(w) || Lexicon.PERSON_ROLES.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** True when this entity is an unnamed mention whose own words hold the word ("a statement"). */
    boolean descriptorHas(String word) {
        return Arrays.asList(descriptorWords()).contains(word);
    }

    /** An unnamed group ("Prosecutors", "some residents"), which "he" or "she" cannot refer to. */
    boolean plural() {
        String[] words = descriptorWords();
        if (words.length == 0) {
            return false;
        }
        String first = words[0];
        String head = words[words.length - 1];
        boolean pluralHead = head.endsWith("s") && !head.endsWith("ss")
                && Lexicon.isPersonNoun(head.substring(0, head.length() - 1));
        return pluralHead || Lexicon.GROUP_QUANTIFIERS.contains(first);
    }

    /** The lower-case words of an unnamed mention's descriptor; none for a named entity. */
    private String[] descriptorWords() {
        return anonymous && descriptor != null ? NON_LETTERS.split(descriptor.toLowerCase(Locale.ROOT))
                : new String[0];
    }
}
