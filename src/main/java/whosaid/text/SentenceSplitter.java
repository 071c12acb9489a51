package whosaid.text;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import whosaid.lexicon.SpeechVerbs;

/**
 * The one sentence splitter. An instance splits a paragraph's characters: OpenNLP's sentence model proposes the
 * ends, and the news rules of {@link NewsStops} strike those it gets wrong on news (after "Sen.", "Jan.", an
 * initial, "U.S." inside a sentence, before a lower-case word, before "Smith asked" after a quotation). The model
 * also misses ends (a stop at a line break, after a dotted acronym, before an opening quotation mark): a stop
 * before a capital or an opening mark is proposed too, and the same rules decide it. A dateline or time stamp that opens the
 * paragraph is left out of its first sentence ({@link LeadLabels}).
 *
 * <p>The static {@link #split(List, ArticleText)} cuts attribution's tokens (a whole quotation one opaque token)
 * where the article's sentences end, so attribution reads the same sentences as every other stage.
 */
public final class SentenceSplitter {
    /** How many words after a quotation may stand before its verb of saying ("“Why?” the former mayor asked"). */
    private static final int SPEECH_VERB_WINDOW = 5;

    /** Words after a verb of saying within which an attribution ends ("said on Monday night."); more is a clause. */
    private static final int CLAUSE_AFTER_VERB = 4;

    /** Thread-safe: one OpenNLP decoder per thread, owned by this instance. */
    private final ThreadSafeSentenceDetectorME detector = new ThreadSafeSentenceDetectorME(Models.sentences());

    /** The sentences of one paragraph of {@code text}, trimmed, with offsets into {@code text}. */
    public List<Span> split(String text, Span paragraph) {
        int start = LeadLabels.sentenceStart(text, paragraph);
        int end = paragraph.end();
        TreeSet<Integer> cuts = new TreeSet<>();
        for (opennlp.tools.util.Span s : detector.sentPosDetect(text.substring(start, end))) {
            int e = start + s.getEnd();
            if (e < end && endsSentence(text, e, end)) {
                cuts.add(e);
            }
        }
        addStopsBeforeCapitals(text, start, end, cuts);
        for (int i = text.indexOf('\n', start); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) {
            int e = i;
            while (e > start && isSpace(text.charAt(e - 1))) {
                e--;
            }
            if (e > start && (endsSentence(text, e, end) || lineStandsAlone(text, e, i, end)
                    || quotationEndsLine(text, e, i, end))) {
                cuts.add(e); // the model reads a line break as a space
            }
        }
        List<Span> out = new ArrayList<>();
        int from = start;
        for (int cut : cuts) {
            add(out, text, from, cut);
            from = cut;
        }
        add(out, text, from, end);
        return out;
    }

    /**
     * A stop, its closing marks and a space before a capital, a digit or an opening mark: the model misses some of
     * these ends ("… the gas tax. "A tax …", "… in the U.S. The talks …", "… Hispanics!” Former …"), and the news
     * rules decide them as they decide the model's own.
     */
    private static void addStopsBeforeCapitals(String text, int start, int end, TreeSet<Integer> cuts) {
        for (int i = start; i < end; i++) {
            if (".?!…".indexOf(text.charAt(i)) < 0) {
                continue;
            }
            int e = i + 1;
            while (e < end && isCloser(text.charAt(e))) {
                e++;
            }
            if (e >= end || text.charAt(e) == '\n' || !isSpace(text.charAt(e))) {
                continue; // a line break is taken on its own below
            }
            int next = e;
            while (next < end && isSpace(text.charAt(next))) {
                next++;
            }
            if (next < end && opens(text.charAt(next)) && endsSentence(text, e, end)) {
                cuts.add(e);
            }
        }
    }

    private static boolean opens(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || "“\"‘'([".indexOf(c) >= 0;
    }

    /** “… divide?”, then a new line: the line break ends the quotation's sentence even when a verb of saying follows. */
    private static boolean quotationEndsLine(String text, int e, int lineBreak, int limit) {
        int stop = e - 1;
        while (stop > 0 && isCloser(text.charAt(stop))) {
            stop--;
        }
        if (stop == e - 1 || ".?!…".indexOf(text.charAt(stop)) < 0 || !isClosingQuote(text, stop + 1, e)) {
            return false;
        }
        int next = lineBreak;
        while (next < limit && isSpace(text.charAt(next))) {
            next++;
        }
        return next < limit && !Character.isLowerCase(text.charAt(next));
    }

    /**
     * A line without a stop before a line that opens with a capital is a line of its own (a headline, a dek, a
     * byline run into the body); before a lower-case word it is a hard wrap inside a sentence.
     */
    private static boolean lineStandsAlone(String text, int e, int lineBreak, int limit) {
        if (".?!…".indexOf(text.charAt(e - 1)) >= 0 || isCloser(text.charAt(e - 1))) {
            return false; // a stop is for endsSentence to judge
        }
        int next = lineBreak;
        while (next < limit && isSpace(text.charAt(next))) {
            next++;
        }
        return next < limit && opens(text.charAt(next)) && !Character.isLowerCase(text.charAt(next));
    }

    /** Whether a sentence may end at {@code e} (after its stop and closing marks) in a paragraph ending at limit. */
    private static boolean endsSentence(String text, int e, int limit) {
        int stop = e - 1;
        while (stop >= 0 && isCloser(text.charAt(stop))) {
            stop--;
        }
        if (stop < 0 || ".?!…".indexOf(text.charAt(stop)) < 0) {
            return false; // the model also ends sentences at commas and semicolons before a quotation
        }
        int next = e;
        while (next < limit && isSpace(text.charAt(next))) {
            next++;
        }
        if (next >= limit) {
            return true;
        }
        if (Character.isLowerCase(text.charAt(next)) || "—–―-".indexOf(text.charAt(next)) >= 0) {
            return false; // "“… now?” the analyst asked", "“… down.” — Lina Morrow, organiser"
        }
        boolean quoteClosed = stop < e - 1 && isClosingQuote(text, stop + 1, e);
        if (quoteClosed) {
            return !speechVerbSoon(text, next, limit);
        }
        if (text.charAt(stop) != '.' || stop < e - 1) {
            return true;
        }
        int w = stop;
        while (w > 0 && !isSpace(text.charAt(w - 1)) && "(“\"‘[".indexOf(text.charAt(w - 1)) < 0) {
            w--;
        }
        String word = text.substring(w, stop);
        if (word.isEmpty() || NewsStops.isAbbreviation(word)) {
            return false;
        }
        if (NewsStops.isInitial(word)) {
            // "James B. Comey" (a name part before the initial), but "wrote on X. There was …" ends a sentence
            return !capitalisedWordBefore(text, w);
        }
        if (NewsStops.isDottedAcronym(word)) {
            int k = next;
            while (k < limit && Character.isLetter(text.charAt(k))) {
                k++;
            }
            return NewsStops.opensSentence(text.substring(next, k));
        }
        return true;
    }

    /** Whether the word before the one at w starts with a capital (a name part, a title, another initial). */
    private static boolean capitalisedWordBefore(String text, int w) {
        int e = w;
        while (e > 0 && isSpace(text.charAt(e - 1))) {
            e--;
        }
        if (e == w) {
            return true; // the initial opens the paragraph or a bracket: "(B. Ruiz)"
        }
        int s = e;
        while (s > 0 && !isSpace(text.charAt(s - 1))) {
            s--;
        }
        return Character.isUpperCase(text.charAt(s));
    }

    /** Whether the closers in text[from, to) hold a closing quotation mark. */
    private static boolean isClosingQuote(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '”' || c == '"' || c == '’' || c == '\'' || c == '»') {
                return true;
            }
        }
        return false;
    }

    /** “Why?” Smith asked: a verb of saying in the next few words, not followed by a colon that opens a new quote. */
    private static boolean speechVerbSoon(String text, int from, int limit) {
        List<Token> words = Tokenizer.tokenize(text, from, Math.min(limit, from + 80), List.of(), List.of());
        for (int j = 0; j < Math.min(words.size(), SPEECH_VERB_WINDOW + 1); j++) {
            Token t = words.get(j);
            boolean titleStop = t.is(".") && j > 0 && NewsStops.isAbbreviation(words.get(j - 1).text());
            if ((t.is(".") && !titleStop) || t.is("“") || t.is("\"")) {
                return false;
            }
            if (t.isWord() && SpeechVerbs.isSpeechVerb(t.lower())) {
                return !(j + 1 < words.size() && words.get(j + 1).is(":")) && endsSoon(words, j + 1);
            }
        }
        return false;
    }

    /**
     * “…” Smith said (on Monday). attributes the quotation; “…” He says referees are … is a sentence of its own
     * with its own clause: the verb must be followed closely by the sentence's end or a comma.
     */
    private static boolean endsSoon(List<Token> words, int from) {
        for (int k = from; k < Math.min(words.size(), from + CLAUSE_AFTER_VERB); k++) {
            Token t = words.get(k);
            if (t.is(".") || t.is(",") || t.is("?") || t.is("!") || t.is(";")) {
                return true;
            }
        }
        return from + CLAUSE_AFTER_VERB > words.size();
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '”' || c == '’' || c == '\'' || c == ')' || c == ']' || c == '»';
    }

    /** Whitespace including the no-break spaces that news sites put between sentences and inside names. */
    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static void add(List<Span> out, String text, int from, int to) {
        while (from < to && isSpace(text.charAt(from))) {
            from++;
        }
        while (to > from && isSpace(text.charAt(to - 1))) {
            to--;
        }
        if (to > from) {
            out.add(new Span(from, to));
        }
    }

    /**
     * Index ranges [from, to) into a paragraph's tokens (attribution's, with each quotation one opaque token), one
     * a sentence, cut where the article's sentences end: a quotation token belongs to the sentence it opens in,
     * and the sentence its last character is in goes on after it, so no range ends inside a quotation.
     */
    public static List<int[]> split(List<Token> tokens, ArticleText text) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        int current = -1;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            ArticleText.Sentence s = text.sentenceAt(t.start());
            if (s != null && current >= 0 && s.index() > current && i > start) {
                out.add(new int[]{start, i});
                start = i;
            }
            if (s != null) {
                current = Math.max(current, s.index());
            }
            if (t.isQuote()) {
                ArticleText.Sentence last = text.sentenceAt(t.end() - 1);
                if (last != null) {
                    current = Math.max(current, last.index());
                }
            }
        }
        if (start < tokens.size()) {
            out.add(new int[]{start, tokens.size()});
        }
        return out;
    }
}
