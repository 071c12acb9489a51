package whosaid.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import whosaid.lexicon.WordList;
import whosaid.text.ArticleText;
import whosaid.text.TextLayer;

/**
 * Finds reported speech without quotation marks (kind {@code indirect}): "X said (that) …", "X told Y that …",
 * "X denied …", "X accused Y of …", "according to X, …", "…, X said." A denial or accusation is often only reported,
 * never quoted, so these are claims too. Sentences holding quotation marks are left to the quote finder.
 *
 * <p>Regular expressions over the sentences of the article's text layer, no models: news reports speech in a
 * handful of fixed shapes, and this runs on every sentence of every article. The words it knows are lexicon lists.
 */
public final class ReportedSpeechFinder {

    /**
     * One reported statement.
     *
     * @param start        offset of the reported clause in the body
     * @param end          exclusive end of the clause (without the sentence's final stop)
     * @param text         the clause, equal to body.substring(start, end)
     * @param subject      the words naming who said it ("the foreign minister", "Mr. Vance", "She")
     * @param subjectStart offset of the subject mention
     * @param subjectEnd   exclusive end of the subject mention
     * @param cue          the reporting verb or phrase as written ("said", "denied", "according to")
     */
    public record ReportedStatement(int start, int end, String text, String subject, int subjectStart,
                                    int subjectEnd, String cue) {
    }

    /** Verbs of saying that introduce a reported clause after their subject. */
    private static final String CUES = alternatives("reported-speech-cues");
    /** The cues that may also stand before an inverted subject ("…, said the minister"). */
    private static final String VERB_FIRST_CUES = "said|says|added|wrote|told";
    /**
     * The cue verbs as words, when every one is a plain word that {@link #VERB_FIRST_CUES} draws on too: a sentence
     * none of whose words is one cannot match a cue pattern, and most sentences are skipped on that look-up
     * instead of running the patterns' long alternations at every position. Null (no shortcut) otherwise.
     */
    private static final Set<String> CUE_WORDS = plainWords(WordList.lines("reported-speech-cues"),
            List.of(VERB_FIRST_CUES.split("\\|")));

    /** Subject, optional auxiliaries and adverbs, then a cue verb. */
    private static final Pattern CUE = Pattern.compile(
            "\\b(?:(?:" + alternatives("cue-adverbs") + ")\\s+)*(" + CUES + ")\\b", Pattern.UNICODE_CHARACTER_CLASS);

    private static final Pattern ACCORDING_TO_FRONT = Pattern.compile("^[Aa]ccording\\s+to\\s+([^,]{2,80}),\\s*",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern ACCORDING_TO_BACK = Pattern.compile(",\\s*according\\s+to\\s+([^,]{2,80}?)(?=,|$)",
            Pattern.UNICODE_CHARACTER_CLASS);
    /** "…, the minister said." with the subject after the clause. */
    private static final Pattern INVERTED = Pattern.compile(
            ",\\s+((?:[\\p{L}\\p{N}.'’\\-]+\\s+){0,7}?[\\p{L}\\p{N}.'’\\-]+)\\s+(" + CUES + ")"
                    + "(?:\\s+(?:on|in|at|to)\\s+[\\p{L}\\p{N} ]{1,30})?$", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern INVERTED_VERB_FIRST = Pattern.compile(
            ",\\s+(" + VERB_FIRST_CUES + ")\\s+((?:[\\p{L}\\p{N}.'’\\-]+\\s+){0,7}?[\\p{L}\\p{N}.'’\\-]+)$",
            Pattern.UNICODE_CHARACTER_CLASS);

    /** Words that may open a reported clause without being part of it. */
    private static final Pattern LEAD_IN = Pattern.compile(
            "^(?:,\\s*)?(?:(?:(?:on|in|at|during|after|before|via|through|to)\\s+[^,;]{1,40}?"
                    + "|(?:on\\s+)?(?:" + alternatives("reported-speech-lead-ins") + ")(?:\\s+(?:night|morning|evening))?)"
                    + "\\s+)?that\\s+",
            Pattern.UNICODE_CHARACTER_CLASS | Pattern.CASE_INSENSITIVE);
    /** Words of a clause (a lower-case verb in -ed) and then a run of capitalised words: the run is the subject. */
    private static final Pattern CLAUSE_BEFORE_NAME = Pattern.compile(
            "(?U).*\\b\\p{Ll}+ed\\b.*?\\s((?:\\p{Lu}[\\p{L}.'’\\-]*\\s?)+)$");
    private static final Pattern LEADING_CONJUNCTION = Pattern.compile(
            "^(?:" + alternatives("clause-conjunctions") + ")\\s+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Set<String> NOT_SUBJECT_ENDS = WordList.set("not-subject-ends");
    private static final Set<String> RELATIVE_PRONOUNS = WordList.set("relative-pronouns");
    private static final Set<String> NOT_SPEAKER_OPENERS = WordList.set("not-speaker-openers");
    private static final Set<String> LOWER_CASE_SPEAKER_OPENERS = WordList.set("lower-case-speaker-openers");
    // compiled once: String.matches, replaceAll and split compile their pattern on every call
    private static final Pattern ACCUSED_OF = Pattern.compile("\\s+\\S.*\\bof\\b.*");
    private static final Pattern NOT_A_CLAUSE = Pattern.compile(
            "(?iU)(?:and|but|or|by|on (?:the )?condition of anonymity)\\b.*");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern UNICODE_SPACES = Pattern.compile("(?U)\\s+");
    private static final Pattern TRAILING_SPACE = Pattern.compile("(?U)\\s+$");
    private static final Pattern EDGE_SPACE = Pattern.compile("(?U)^\\s+|\\s+$");
    private static final Pattern ANONYMITY = Pattern.compile("(?iU)on (?:the )?condition of anonymity\\b.*");
    private static final Pattern TIME_OR_PLACE = Pattern.compile("(?U)(?:on|in|at|to|late|early|this|last)\\b.*");

    /** Longest subject mention accepted, in words: longer runs are clauses, not names or descriptors. */
    private static final int MAX_SUBJECT_WORDS = 16;

    private final TextLayer layer;

    public ReportedSpeechFinder() {
        this(new TextLayer());
    }

    /** @param layer makes the text layer for {@link #find(String)}, when the caller has none */
    public ReportedSpeechFinder(TextLayer layer) {
        this.layer = layer;
    }

    public List<ReportedStatement> find(String body) {
        return find(layer.of(null, body));
    }

    /** The reported statements of an article, one a sentence at most, read from its sentences. */
    public List<ReportedStatement> find(ArticleText text) {
        String body = text.body();
        List<ReportedStatement> out = new ArrayList<>();
        for (ArticleText.Sentence s : text.sentences()) {
            String sentence = s.text(body);
            if (hasQuotationMarks(sentence)) {
                continue;
            }
            ReportedStatement r = inSentence(body, s.span().start(), s.span().end());
            if (r != null) {
                out.add(r);
            }
        }
        return out;
    }

    private ReportedStatement inSentence(String body, int from, int to) {
        int end = to;
        while (end > from && (".!?;".indexOf(body.charAt(end - 1)) >= 0 || isSpace(body.charAt(end - 1)))) {
            end--;
        }
        String s = body.substring(from, end);
        Matcher m = ACCORDING_TO_FRONT.matcher(s);
        if (m.find() && m.end() < s.length()) {
            return make(body, from + m.end(), end, from + m.start(1), from + m.end(1), "according to");
        }
        m = ACCORDING_TO_BACK.matcher(s);
        if (m.find()) {
            return make(body, from, from + m.start(), from + m.start(1), from + m.end(1), "according to");
        }
        if (CUE_WORDS != null && !holdsCueWord(s)) {
            return null;
        }
        m = CUE.matcher(s);
        while (m.find()) {
            ReportedStatement r = subjectFirst(body, from, end, s, m);
            if (r != null) {
                return r;
            }
        }
        m = INVERTED.matcher(s);
        if (m.find() && looksLikeSubject(m.group(1))) {
            return make(body, from, from + m.start(), from + m.start(1), from + m.end(1), m.group(2));
        }
        m = INVERTED_VERB_FIRST.matcher(s);
        if (m.find() && looksLikeSubject(m.group(2))) {
            return make(body, from, from + m.start(), from + m.start(2), from + m.end(2), m.group(1));
        }
        return null;
    }

    /** "SUBJECT [, appositive,] CUE [that] CLAUSE". */
    private ReportedStatement subjectFirst(String body, int from, int end, String s, Matcher m) {
        String pre = s.substring(0, m.start());
        String cue = m.group(1);
        int[] subject = subjectSpan(pre);
        if (subject == null) {
            return null;
        }
        int clauseStart = m.end();
        String rest = s.substring(clauseStart);
        String lower = cue.toLowerCase(Locale.ROOT);
        if (lower.startsWith("told") || lower.startsWith("tell")) {
            // "told reporters that …": the listener is not part of what was said.
            int that = rest.indexOf(" that ");
            if (that < 0 || that > 60) {
                return null;
            }
            clauseStart += that + " that ".length();
        } else if (lower.startsWith("accus")) {
            // "accused Y of …": keep "Y of …", the accusation's content.
            if (!ACCUSED_OF.matcher(rest).matches()) {
                return null;
            }
        } else {
            Matcher lead = LEAD_IN.matcher(rest.stripLeading());
            if (lead.find()) {
                clauseStart += (rest.length() - rest.stripLeading().length()) + lead.end();
            }
        }
        while (clauseStart < s.length() && " ,:".indexOf(s.charAt(clauseStart)) >= 0) {
            clauseStart++;
        }
        // "…, the mission said on Thursday": only an adjunct follows the cue, the claim stands before the subject.
        int comma = pre.lastIndexOf(',', subject[0]);
        if (comma > 0 && !trimmedEndsWithComma(pre) && isAdjunct(s.substring(m.end()))) {
            return make(body, from, from + comma, from + subject[0], from + subject[1], cue);
        }
        // "…, the official said, and reappeared": what follows is the story going on, not what was said;
        // "announced by …" is a passive.
        if (NOT_A_CLAUSE.matcher(s.substring(clauseStart)).matches()) {
            return null;
        }
        // A bare cue at the end ("…, he said") is the inverted shape, handled elsewhere; a clause needs words.
        if (s.length() - clauseStart < 3 || SPACES.split(s.substring(clauseStart)).length < 2) {
            return null;
        }
        return make(body, from + clauseStart, end, from + subject[0], from + subject[1], cue);
    }

    /**
     * Where the subject stands in the words before the cue: the last comma-separated part, or, when the cue follows
     * an appositive ("X, the spokesman, said"), the part before the appositive.
     */
    private int[] subjectSpan(String pre) {
        String trimmed = TRAILING_SPACE.matcher(pre).replaceAll("");
        if (trimmed.isEmpty()) {
            return null;
        }
        List<int[]> parts = new ArrayList<>();
        int startPart = 0;
        for (int i = 0; i <= trimmed.length(); i++) {
            if (i == trimmed.length() || trimmed.charAt(i) == ',') {
                parts.add(new int[]{startPart, i});
                startPart = i + 1;
            }
        }
        int[] chosen;
        if (trimmed.endsWith(",")) {
            // parts: …, subject, appositive, "" → the subject is two before the empty tail
            if (parts.size() < 3) {
                return null;
            }
            chosen = parts.get(parts.size() - 3);
        } else {
            chosen = parts.get(parts.size() - 1);
        }
        int a = chosen[0];
        int b = chosen[1];
        while (a < b && isSpace(trimmed.charAt(a))) {
            a++;
        }
        while (b > a && isSpace(trimmed.charAt(b - 1))) {
            b--;
        }
        if (a >= b) {
            return null;
        }
        // "But relations deteriorated after Islamabad accused …": a clause before the subject; the speaker is the
        // name that ends it.
        String part = trimmed.substring(a, b);
        Matcher clause = CLAUSE_BEFORE_NAME.matcher(part);
        if (clause.matches()) {
            a += clause.start(1);
            part = trimmed.substring(a, b);
        }
        Matcher conj = LEADING_CONJUNCTION.matcher(part);
        if (conj.find()) {
            a += conj.end();
            part = trimmed.substring(a, b);
        }
        if (!looksLikeSubject(part)) {
            return null;
        }
        return new int[]{a, b};
    }

    private static boolean trimmedEndsWithComma(String pre) {
        return TRAILING_SPACE.matcher(pre).replaceAll("").endsWith(",");
    }

    /** Nothing, or a short time or place phrase ("on Thursday", "in a statement"): no clause of its own. */
    private static boolean isAdjunct(String rest) {
        String r = EDGE_SPACE.matcher(rest).replaceAll("");
        if (ANONYMITY.matcher(r).matches()) {
            return true;
        }
        return r.isEmpty() || (SPACES.split(r).length <= 4 && TIME_OR_PLACE.matcher(r).matches()
                && !r.contains(" that "));
    }

    /** A name, pronoun or descriptor: short, and starting with a capital letter or a determiner. */
    private static boolean looksLikeSubject(String words) {
        String[] w = UNICODE_SPACES.split(EDGE_SPACE.matcher(words).replaceAll(""));
        if (w.length == 0 || w.length > MAX_SUBJECT_WORDS || w[0].isEmpty()) {
            return false;
        }
        String last = w[w.length - 1].toLowerCase(Locale.ROOT);
        if (NOT_SUBJECT_ENDS.contains(last)) {
            return false; // "the truce was declared": a passive, not a speaker
        }
        for (String x : w) {
            if (RELATIVE_PRONOUNS.contains(x.toLowerCase(Locale.ROOT))) {
                return false; // "airstrikes that Afghanistan said killed …": a relative clause, not a speaker
            }
        }
        String first = w[0];
        String lower = first.toLowerCase(Locale.ROOT);
        if (NOT_SPEAKER_OPENERS.contains(lower)) {
            return false; // "it said" is usually a body, but "that said" / "which said" are not speakers
        }
        return Character.isUpperCase(first.codePointAt(0)) || LOWER_CASE_SPEAKER_OPENERS.contains(lower);
    }

    private static ReportedStatement make(String body, int start, int end, int subjectStart, int subjectEnd,
                                          String cue) {
        while (start < end && isSpace(body.charAt(start))) {
            start++;
        }
        while (end > start && (isSpace(body.charAt(end - 1)) || body.charAt(end - 1) == ',')) {
            end--;
        }
        if (end - start < 3) {
            return null;
        }
        return new ReportedStatement(start, end, body.substring(start, end),
                body.substring(subjectStart, subjectEnd), subjectStart, subjectEnd, cue);
    }

    private static boolean hasQuotationMarks(String sentence) {
        for (int i = 0; i < sentence.length(); i++) {
            char c = sentence.charAt(i);
            if (c == '“' || c == '”' || c == '"' || c == '«' || c == '»' || c == '„') {
                return true;
            }
            // A single opening quote stands at a word start; the same glyph inside a word is an apostrophe.
            if ((c == '‘' || c == '\'') && (i == 0 || isSpace(sentence.charAt(i - 1)))) {
                return true;
            }
        }
        return false;
    }

    /** Whitespace including the no-break spaces that news sites put between sentences and inside names. */
    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /**
     * True when one of the sentence's runs of letters is a cue verb. Every cue pattern needs one: a cue stands
     * between word boundaries or spaces, so its letters are a whole run.
     */
    private static boolean holdsCueWord(String s) {
        int i = 0;
        while (i < s.length()) {
            if (!Character.isLetter(s.charAt(i))) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < s.length() && Character.isLetter(s.charAt(j))) {
                j++;
            }
            if (CUE_WORDS.contains(s.substring(i, j))) {
                return true;
            }
            i = j;
        }
        return false;
    }

    /** The cues as a set when all are plain words and hold the others; else null, and every sentence is matched. */
    private static Set<String> plainWords(List<String> cues, List<String> others) {
        for (String c : cues) {
            if (c.isEmpty() || !c.chars().allMatch(ch -> ch < 128 && Character.isLetter(ch))) {
                return null;
            }
        }
        Set<String> out = Set.copyOf(cues);
        return out.containsAll(others) ? out : null;
    }

    /** A list's entries as regular-expression alternatives, in file order. */
    private static String alternatives(String list) {
        return String.join("|", WordList.lines(list));
    }
}
