package whosaid.attribution;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import whosaid.lexicon.SpeechVerbs;
import whosaid.lexicon.WordList;

/**
 * Word lists of general English that attribution needs: verbs of saying with their inflections, titles and role
 * nouns, organisation words, pronouns, and the capitalised words that are never names. Nothing here comes from
 * any one corpus.
 */
final class Lexicon {
    private Lexicon() {
    }

    /** An unmodifiable set that tolerates repeated words in the lists below. */
    private static Set<String> set(String... words) {
        return Set.copyOf(new HashSet<>(java.util.Arrays.asList(words)));
    }

    /** The base form when word (lower case) is a verb of saying, else null. */
    static String speechVerb(String lower) {
        return SpeechVerbs.base(lower);
    }

    static boolean isSpeechVerb(String lower) {
        return SpeechVerbs.isSpeechVerb(lower);
    }

    /**
     * Words a news site puts before a headline's colon to say what kind of piece it is ("Analysis: …",
     * "Live: …"); they look like the "Name: words" of an interview headline but name nobody.
     */
    static final Set<String> HEADLINE_LABELS = set("analysis", "opinion", "comment", "commentary", "editorial",
            "explainer", "explained", "live", "update", "updated", "breaking", "exclusive", "interview", "review",
            "factbox", "fact", "timeline", "watch", "video", "photos", "pictures", "podcast", "profile", "obituary",
            "letters", "letter", "feature", "insight", "q&a", "poll", "quiz", "recap", "preview", "correction");

    /** Verbs of saying that, without a quotation or "that" after them, are too weak to attribute anything. */
    static final Set<String> WEAK_VERBS = set("think", "believe", "call", "describe", "applaud", "praise", "urge", "point", "question",
            "wonder", "welcome", "continue", "object", "reason", "appeal", "charge", "brief", "counter", "echo",
            "signal", "reflect", "estimate", "dismiss");

    /** Honorifics: they mark a person (and sometimes a gender), never part of the name proper. */
    static final Map<String, Character> HONORIFICS = Map.ofEntries(Map.entry("mr", 'm'), Map.entry("mrs", 'f'),
            Map.entry("ms", 'f'), Map.entry("miss", 'f'), Map.entry("dr", 'u'), Map.entry("prof", 'u'),
            Map.entry("sir", 'm'), Map.entry("dame", 'f'), Map.entry("lord", 'm'), Map.entry("lady", 'f'),
            Map.entry("madam", 'f'), Map.entry("mx", 'u'));

    /** Title and role words that stand before a name (Minister Ana Ruiz, spokesman Li Wei, Sheikh …). */
    static final Set<String> TITLES = set("minister", "president", "vice", "deputy", "prime", "secretary",
            "spokesman", "spokeswoman", "spokesperson", "general", "gen", "colonel", "col", "major", "captain",
            "capt", "lieutenant", "lt", "sergeant", "sgt", "admiral", "commander", "chief", "governor", "gov",
            "senator", "sen", "representative", "rep", "mayor", "judge", "justice", "ambassador", "envoy",
            "chairman", "chairwoman", "chair", "director", "king", "queen", "prince", "princess", "emir", "sheikh",
            "shaikh", "mullah", "maulana", "mufti", "imam", "pope", "bishop", "archbishop", "cardinal", "rabbi",
            "father", "reverend", "rev", "chancellor", "premier", "leader", "head", "superintendent", "inspector",
            "officer", "commissioner", "advisor", "adviser", "analyst", "expert", "professor", "coach", "manager",
            "ceo", "founder", "president-elect", "attorney", "haji", "hajji", "qari", "sayed", "syed", "mawlawi", "mawlawi", "sardar", "nawab", "pir", "khawaja-e",
            "dr", "mr", "mrs", "ms", "prof", "sir", "lord", "lady", "dame",
            "councillor", "councilor", "councilman", "councilwoman", "alderman", "rector", "dean", "provost",
            "consul", "marshal", "sheriff", "magistrate", "constable", "detective", "corporal", "brigadier",
            "assemblyman", "assemblywoman", "congressman", "congresswoman", "speaker", "sultan",
            "ayatollah", "patriarch", "cllr", "supt", "det", "insp", "cpl", "pte", "brig");

    /** Words that, standing alone before a name, are titles rather than given names. Narrower than TITLES. */
    static boolean isTitleWord(String lower) {
        return TITLES.contains(lower) || HONORIFICS.containsKey(lower);
    }

    /** Head nouns that make a phrase an organisation. */
    static final Set<String> ORG_WORDS = set("ministry", "government", "radio", "office", "council", "agency",
            "army", "police", "committee", "commission", "network", "party", "department", "embassy", "mission",
            "bank", "foundation", "institute", "university", "times", "post", "news", "association", "union",
            "organisation", "organization", "group", "company", "corporation", "court", "parliament", "senate",
            "congress", "administration", "authority", "authorities", "federation", "league", "movement", "front",
            "forces", "force", "navy", "tv", "television", "newspaper", "agency", "statement", "center", "centre",
            "board", "cabinet", "secretariat", "presidency", "press", "service", "unit", "club", "team", "fund",
            "program", "programme", "project", "alliance", "coalition", "command", "spokesman's", "diary",
            "institution", "inc", "ltd", "corp", "co", "media", "channel", "daily", "journal", "herald", "tribune",
            "gazette", "monitor", "observatory", "watch", "emirate", "republic", "kingdom", "nations", "military",
            // organisation nouns of business and public life; ambiguous ones (operator, developer, producer,
            // broker) and common surnames (Brand, Church, Chain) are left out
            "airline", "carrier", "firm", "retailer", "insurer", "lender", "automaker", "carmaker", "exchange",
            "startup", "utility", "hospital", "school", "charity", "trust", "bureau", "assembly", "city", "county",
            "municipality", "province",
            "region", "regime", "junta", "militia", "body", "watchdog", "regulator", "tribunal", "panel",
            "consortium", "supplier", "manufacturer", "platform", "broadcaster", "outlet", "magazine", "website",
            "airport", "railway", "consulate", "conglomerate", "air", "airways", "airlines", "motors", "holdings",
            "plc", "llc", "gmbh");

    /** Modifiers that go with a title (Defence Minister, former ambassador, Deputy Prime Minister). */
    static final Set<String> ROLE_MODIFIERS = set("foreign", "defence", "defense", "interior", "finance",
            "home", "health", "education", "justice", "trade", "economy", "information", "state", "national",
            "security", "senior", "former", "acting", "first", "assistant", "police", "army", "military", "vice",
            "deputy", "prime", "chief", "general", "special", "top", "then", "current", "outgoing", "incoming",
            "regional", "provincial", "federal", "local", "district", "opposition", "party", "government");

    /** Role nouns naming a person (heads of descriptors such as "the Kabul-based analyst"). */
    static final Set<String> PERSON_ROLES = set("minister", "president", "spokesman", "spokeswoman",
            "spokesperson", "analyst", "expert", "official", "officials", "member", "leader", "ambassador", "envoy",
            "diplomat", "migrant", "refugee", "activist", "resident", "witness", "commander", "general", "officer",
            "governor", "senator", "mayor", "chief", "head", "director", "chairman", "chairwoman", "secretary",
            "adviser", "advisor", "researcher", "professor", "scholar", "fellow", "journalist", "reporter",
            "farmer", "teacher", "student", "doctor", "nurse", "worker", "owner", "father", "mother", "son",
            "daughter", "man", "woman", "source", "sources", "lawmaker", "legislator", "politician", "candidate",
            "premier", "chancellor", "king", "queen", "prince", "judge", "lawyer", "attorney", "prosecutor",
            "economist", "strategist", "negotiator", "mediator", "representative", "delegate", "deputy",
            "superintendent", "inspector", "soldier", "fighter", "victim", "survivor", "trader", "shopkeeper",
            "driver", "villager", "elder", "cleric", "imam", "mullah", "coach", "player", "manager", "founder",
            "executive", "ceo", "host", "author", "writer", "historian", "scientist", "engineer", "physician",
            "surgeon", "counterpart", "aide", "staffer", "employee", "volunteer", "citizen", "voter", "supporter",
            "critic", "opponent", "observer", "commentator", "specialist", "consultant", "partner", "colleague",
            "friend", "neighbour", "neighbor", "parent", "mother", "wife", "husband", "brother", "sister",
            "spokespeople", "person", "people", "protester", "demonstrator", "organizer", "organiser",
            // people nouns in -ant/-ent, which the agent-noun endings cannot tell from "statement" or "agreement"
            "resident", "residents", "participant", "correspondent", "respondent", "consultant", "migrant",
            "immigrant", "emigrant", "applicant", "assistant", "attendant", "defendant", "claimant", "informant",
            "lieutenant", "sergeant", "tenant", "merchant", "servant", "peasant", "occupant", "contestant",
            "accountant", "descendant", "agent", "patient", "client", "insurgent", "insurgents", "dissident",
            "resident", "students", "militant", "militants", "official", "officials", "pilot", "chef", "guard",
            "guards", "nun", "monk", "priest", "pastor", "bishop", "cop", "medic", "medics", "paramedic",
            "captain", "clerk", "sheriff", "deputy", "coroner", "judge", "mp", "mps", "mep", "ceo", "cfo", "boss",
            "chief", "head", "hostage", "detainee", "prisoner", "inmate", "suspect", "nominee", "appointee",
            "refugees", "migrants", "farmers", "workers", "fishermen", "locals", "relatives", "family", "widow",
            "child", "children", "kid", "teen", "teenager", "girl", "boy", "youth", "elderly", "grandmother",
            "grandfather", "uncle", "aunt", "cousin", "nephew", "niece", "mom", "dad");

    /** Nouns ending like agent nouns that are things, not people ("letter", "paper", "order"). */
    private static final Set<String> NOT_AGENT_NOUNS = set("letter", "paper", "order", "number", "matter", "water",
            "border", "power", "chapter", "summer", "winter", "corner", "cover", "center", "register", "newsletter",
            "computer", "charter", "trailer", "banner", "flyer", "poster", "meter", "metre", "quarter", "layer",
            "barrier", "disaster", "character", "member", "counter", "transfer", "filter", "cluster", "shelter",
            "tower", "river", "weather", "theatre", "theater", "error", "sector", "factor", "motor", "mirror",
            "horror", "terror", "rumour", "rumor", "colour", "color", "honour", "honor", "labour", "labor", "floor",
            "door", "decor", "vapor", "harbor", "harbour", "favour", "favor", "endeavour", "behaviour", "behavior",
            "corridor", "humour", "humor", "tumor", "tumour", "liquor", "armor", "armour", "anchor", "major",
            "minor", "mayor", "radian", "median", "guardian", "ocean", "plan", "span", "scan", "ban", "fan",
            "van", "can", "man", "mist", "list", "twist", "wrist", "fist", "gist", "exist", "assist", "insist",
            "resist", "persist", "consist", "desist", "enlist", "tryst", "schism", "baptism", "tourism",
            "embargo", "other", "another", "either", "neither", "whether", "rather", "together", "however",
            "never", "ever", "over", "under", "after", "later", "earlier", "further", "per", "her", "daughter",
            "sister", "brother", "mother", "father", "offer", "answer", "paper", "super", "proper", "upper",
            "lower", "higher", "greater", "better", "bigger", "smaller", "larger", "longer", "stronger",
            "clearer", "closer", "former", "latter", "wider", "fewer", "faster", "slower", "deeper", "harder",
            "softer", "cheaper", "older", "younger", "newer", "lesser", "inner", "outer", "utter", "bitter",
            "sober", "tender", "silver", "copper", "rubber", "timber", "fiber", "fibre", "sugar", "dinner",
            "supper", "manner", "banner", "hammer", "finger", "danger", "anger", "hunger", "cancer", "fever",
            "lever", "leather", "feather", "thunder", "powder", "ladder", "bladder", "shoulder", "folder",
            "wonder", "murder", "slaughter", "laughter", "disorder", "encounter", "remainder", "reminder",
            "number", "lumber", "chamber", "december", "november", "september", "october", "semester",
            "parameter", "diameter", "thermometer", "kilometer", "kilometre", "container", "headquarters",
            "matter", "platter", "chatter", "clutter", "gutter", "butter", "shutter", "twitter", "monster",
            "sinister", "roster", "blister", "canister", "oyster", "budget");

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
        for (String end : new String[]{"man", "woman", "men", "women", "person", "people", "ist", "ists", "ian",
                "ians", "eer", "eers", "er", "ers", "or", "ors"}) {
            if (lower.endsWith(end)) {
                String stem = lower.substring(0, lower.length() - end.length());
                if (stem.length() < 3) {
                    return false;
                }
                if (end.startsWith("m") || end.startsWith("w")) {
                    // fisherman, chairwoman, but not "human", "german", "roman", "ottoman"
                    return !stem.endsWith("hu") && !stem.endsWith("ger") && !stem.endsWith("ro")
                            && !stem.endsWith("otto") && !stem.endsWith("wo");
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
    static final Set<String> FEMALE_NOUNS = set("wife", "mother", "daughter", "sister", "widow", "grandmother",
            "aunt", "niece", "girlfriend", "bride", "actress", "spokeswoman", "chairwoman", "congresswoman",
            "businesswoman", "policewoman", "queen", "princess", "duchess", "countess", "baroness", "mrs", "ms");
    static final Set<String> MALE_NOUNS = set("husband", "father", "son", "brother", "widower", "grandfather",
            "uncle", "nephew", "boyfriend", "groom", "spokesman", "chairman", "congressman", "businessman",
            "policeman", "king", "prince", "duke", "count", "baron", "mr");
    static final Set<String> MALE_PRONOUNS = set("he", "him", "his", "himself");
    static final Set<String> FEMALE_PRONOUNS = set("she", "her", "hers", "herself");
    static final Set<String> SUBJECT_PRONOUNS = set("he", "she", "they", "it", "we", "i");

    /** Capitalised words that are never (the start of) a name: function words, months, weekdays and the like. */
    static final Set<String> NOT_NAMES = set("the", "a", "an", "and", "but", "or", "so", "yet", "for", "nor",
            "in", "on", "at", "by", "of", "to", "from", "with", "as", "after", "before", "when", "while", "where",
            "why", "how", "what", "who", "which", "that", "this", "these", "those", "there", "here", "it", "its",
            "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "my", "your", "if", "although",
            "though", "because", "since", "until", "despite", "during", "under", "over", "between", "among",
            "about", "against", "following", "according", "meanwhile", "however", "also", "still", "now", "then",
            "some", "many", "most", "both", "all", "any", "each", "every", "another", "other", "such", "no", "not",
            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "monday", "tuesday",
            "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april",
            "may", "june", "july", "august", "september", "october", "november", "december", "today",
            // abbreviated months and days that are never names ("Jan", "Jun", "Sun" and "Sat" can be)
            "feb", "apr", "jul", "aug", "sept", "oct", "nov", "tues", "thurs",
            "yesterday", "tomorrow", "previously", "earlier", "later", "last", "next", "first", "read", "more",
            "do", "does", "did", "is", "are", "was", "were", "be", "has", "have", "had", "will", "would", "can",
            "could", "should", "must", "might", "let", "get", "instead", "once", "again", "even", "only", "just",
            "asked", "speaking", "in", "into", "upon", "via", "per", "without", "within", "toward", "towards",
            "amid", "amidst", "through", "throughout", "across", "along", "around", "behind", "beyond", "near",
            "outside", "inside", "since", "unlike", "like", "than", "whether", "whose", "whom", "whatever",
            "whoever", "everyone", "everything", "nothing", "nobody", "someone", "something", "anyone",
            "anything", "several", "few", "much", "very", "too", "often", "never", "always", "sometimes",
            "already", "soon", "finally", "thus", "therefore", "indeed", "perhaps", "maybe", "yes", "okay");

    /** Lower-case particles inside names (Atiq ullah, Osama bin Laden, Ahmad al-Sharaa, Ludwig van Beethoven). */
    static final Set<String> NAME_PARTICLES = set("bin", "bint", "ibn", "al", "el", "ul", "ullah", "ud",
            "uddin", "ud-din", "de", "da", "di", "du", "dos", "das", "del", "della", "van", "von", "der", "den",
            "la", "le", "e", "y", "abu", "ben", "ter", "zu");

    /** Adverbs and auxiliaries that may stand between a subject and its verb of saying. */
    static final Set<String> BETWEEN_SUBJECT_AND_VERB = set("also", "further", "later", "previously", "then",
            "has", "had", "have", "was", "were", "is", "would", "will", "recently", "once", "again", "earlier",
            "repeatedly", "separately", "simply", "just", "publicly", "privately", "reportedly",
            "frequently", "often", "always", "never", "initially", "subsequently", "firmly", "strongly", "bluntly",
            "flatly", "quickly", "openly", "clearly", "emphatically", "angrily", "calmly", "herself",
            "himself", "themselves", "itself", "even", "still", "had", "already", "finally", "since", "been",
            "did", "does", "do", "not", "could", "might", "may", "should", "shall", "can", "must", "being");

    static final Set<String> DETERMINERS = set("the", "a", "an", "another", "its", "his", "her", "their",
            "our", "this", "that", "one", "some", "several", "two", "three", "many", "both");

    static boolean isNotName(String word) {
        return NOT_NAMES.contains(word.toLowerCase(Locale.ROOT));
    }
}
