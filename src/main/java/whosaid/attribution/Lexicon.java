package whosaid.attribution;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import whosaid.lexicon.SpeechVerbs;
import whosaid.lexicon.WordList;

/**
 * The word lists of general English that attribution reads (titles and role nouns, organisation words, pronouns,
 * the capitalised words that are never names …), each loaded once from its file under
 * {@code src/main/resources/whosaid/lexicon/}, whose header says what it is for; and the few word tests built on
 * them (agent nouns, age nouns). No list is written here: the words are data.
 */
final class Lexicon {
    private Lexicon() {
    }

    /** The base form when word (lower case) is a verb of saying, else null. */
    static String speechVerb(String lower) {
        return SpeechVerbs.base(lower);
    }

    /** A list of words with a gender code (m, f, u) in the second field. */
    private static Map<String, Gender> genders(String list) {
        Map<String, Gender> out = new HashMap<>();
        WordList.map(list).forEach((word, code) -> out.put(word, Gender.ofCode(code)));
        return Map.copyOf(out);
    }

    static boolean isSpeechVerb(String lower) {
        return SpeechVerbs.isSpeechVerb(lower);
    }

    /**
     * Words a news site puts before a headline's colon to say what kind of piece it is ("Analysis: …",
     * "Live: …"); they look like the "Name: words" of an interview headline but name nobody.
     */
    static final Set<String> HEADLINE_LABELS = WordList.set("headline-labels");

    /** Verbs of saying that, without a quotation or "that" after them, are too weak to attribute anything. */
    static final Set<String> WEAK_VERBS = WordList.set("weak-speech-verbs");

    /** Honorifics: they mark a person (and sometimes a gender), never part of the name proper. */
    static final Map<String, Gender> HONORIFICS = genders("honorifics");

    /** Title and role words that stand before a name (Minister Ana Ruiz, spokesman Li Wei, Sheikh …). */
    static final Set<String> TITLES = WordList.set("titles");

    /** Words that, standing alone before a name, are titles rather than given names. Narrower than TITLES. */
    static boolean isTitleWord(String lower) {
        return TITLES.contains(lower) || HONORIFICS.containsKey(lower);
    }

    /** Head nouns that make a phrase an organisation. */
    static final Set<String> ORG_WORDS = WordList.set("organisation-words");

    /** Modifiers that go with a title (Defence Minister, former ambassador, Deputy Prime Minister). */
    static final Set<String> ROLE_MODIFIERS = WordList.set("role-modifiers");

    /** Role nouns naming a person (heads of descriptors such as "the Kabul-based analyst"). */
    static final Set<String> PERSON_ROLES = WordList.set("person-roles");

    /** Nouns ending like agent nouns that are things, not people ("letter", "paper", "order"). */
    private static final Set<String> NOT_AGENT_NOUNS = WordList.set("not-agent-nouns");

    /**
     * A noun naming a person: a listed role, or an agent noun by its ending (fisherman, firefighter, economist,
     * historian, engineer, negotiator), minus the common things that end the same way. Why: news names many
     * trades, and an unlisted one ("a local fisherman said") must still read as a person.
     */
    static boolean isPersonNoun(String lower) {
        if (PERSON_ROLES.contains(lower) || isAgeNoun(lower)) {
            return true;
        }
        if (lower.length() < 5 || NOT_AGENT_NOUNS.contains(lower) || ORG_WORDS.contains(lower) || lower.contains("'")
                || lower.contains("’")) {
            return false;
        }
        for (String end : AGENT_NOUN_ENDINGS) {
            if (lower.endsWith(end)) {
                String stem = lower.substring(0, lower.length() - end.length());
                if (stem.length() < 3) {
                    return false;
                }
                if (end.startsWith("m") || end.startsWith("w")) {
                    // fisherman, chairwoman, but not "human", "german", "roman", "ottoman"
                    return NOT_AGENT_STEMS.stream().noneMatch(stem::endsWith);
                }
                return true;
            }
        }
        return false;
    }

    /** "62-year-old", "the year-old": news refers back to a person by age alone. */
    static boolean isAgeNoun(String lower) {
        return lower.endsWith("-year-old") || lower.equals("year-old");
    }

    /** Role nouns that say a person's gender ("His wife, Ana Ruiz"), for the pronouns and honorifics that follow. */
    static final Map<String, Gender> GENDERED_NOUNS = genders("gendered-nouns");
    static final Map<String, Gender> GENDERED_PRONOUNS = genders("gendered-pronouns");
    static final Set<String> NON_PERSON_PRONOUNS = WordList.set("non-person-pronouns");
    static final Map<String, Gender> POSSESSIVE_PRONOUNS = genders("possessive-pronouns");
    static final Set<String> NON_PERSON_POSSESSIVES = WordList.set("non-person-possessives");
    static final Set<String> SUBJECT_PRONOUNS = WordList.set("subject-pronouns");

    /** Capitalised words that are never (the start of) a name: function words, months, weekdays and the like. */
    static final Set<String> NOT_NAMES = WordList.set("not-names");

    /** Lower-case particles inside names (Atiq ullah, Osama bin Laden, Ahmad al-Sharaa, Ludwig van Beethoven). */
    static final Set<String> NAME_PARTICLES = WordList.set("name-particles");

    /** Adverbs and auxiliaries that may stand between a subject and its verb of saying. */
    static final Set<String> BETWEEN_SUBJECT_AND_VERB = WordList.set("between-subject-and-verb");

    static final Set<String> DETERMINERS = WordList.set("determiners");

    static final Set<String> INDEFINITE_DETERMINERS = WordList.set("indefinite-determiners");
    static final Set<String> PREPOSITIONS = WordList.set("prepositions");
    static final Set<String> NAME_SUFFIXES = WordList.set("name-suffixes");
    static final Set<String> CLAUSE_BREAKS = WordList.set("clause-breaks");
    static final Set<String> STATEMENT_NOUNS = WordList.set("statement-nouns");
    static final Set<String> FRONTED_OPENERS = WordList.set("fronted-openers");
    static final Set<String> GENERIC_ORGANISATION_NOUNS = WordList.set("generic-organisation-nouns");
    static final Set<String> GROUP_QUANTIFIERS = WordList.set("group-quantifiers");
    static final Set<String> KNIGHTHOOD_TITLES = WordList.set("knighthood-titles");
    static final Set<String> ORGANISATION_NAME_FILLERS = WordList.set("organisation-name-fillers");
    static final Set<String> QUOTING_VERBS = WordList.set("quoting-verbs");
    /** "is", "were": before an -ing verb of saying they make it the clause's verb ("she is calling it …"). */
    static final Set<String> PROGRESSIVE_AUXILIARIES = WordList.set("progressive-auxiliaries");
    static final Set<String> RELATIVE_PRONOUNS = WordList.set("relative-pronouns");
    static final Set<String> COORDINATORS = WordList.set("coordinators");
    static final Set<String> SENTENCE_CONNECTORS = WordList.set("sentence-connectors");
    static final Set<String> ASIDE_OPENERS = WordList.set("aside-openers");
    static final Set<String> CONTINUING_PARTICIPLES = WordList.set("continuing-participles");
    static final Set<String> OBJECT_PREPOSITIONS = WordList.set("object-prepositions");
    static final Set<String> ACQUAINTANCE_ADJECTIVES = WordList.set("acquaintance-adjectives");
    static final Set<String> PLACE_PREPOSITIONS = WordList.set("place-prepositions");
    static final Set<String> NAME_LIKE_ROLES = WordList.set("name-like-roles");
    static final Set<String> ROLE_PREPOSITIONS = WordList.set("role-prepositions");
    /** In file order: the first ending that fits decides. */
    private static final List<String> AGENT_NOUN_ENDINGS = WordList.lines("agent-noun-endings");
    private static final List<String> NOT_AGENT_STEMS = WordList.lines("not-agent-stems");

    /** The word that makes a descriptor a statement ("the statement said"), which speaks for whoever issued it. */
    static final String STATEMENT = "statement";

    static boolean isNotName(String word) {
        return NOT_NAMES.contains(word.toLowerCase(Locale.ROOT));
    }
}
