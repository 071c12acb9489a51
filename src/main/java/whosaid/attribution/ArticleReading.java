package whosaid.attribution;

import whosaid.ingest.Article;
import whosaid.quotes.Quote;
import whosaid.text.LeadLabels;
import whosaid.text.ArticleText;
import whosaid.text.SentenceSplitter;
import whosaid.text.Span;
import whosaid.text.Token;
import whosaid.text.Tokenizer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One reading of one article, paragraph by paragraph and sentence by sentence. Each sentence's speech events have
 * their speakers resolved by the second chain ({@link SpeakerResolvers}) against the discourse state as it stands
 * there; each quotation goes through the first chain ({@link QuotationSieves}) with what the reading has gathered
 * around it. Sieves that need the whole article run once the reading is over.
 */
final class ArticleReading {
    private final ArticleText text;
    private final Article article;
    private final String body;
    private final List<Quote> quotes;
    private final DiscourseState state;
    private final Decisions decisions;

    ArticleReading(ArticleText text, Article article, List<Quote> quotes) {
        this.text = text;
        this.article = article;
        this.body = article.body();
        this.quotes = quotes;
        this.state = new DiscourseState(body, TitleCaseLines.of(text));
        this.decisions = new Decisions(quotes.size());
    }

    ArticleAttribution run() {
        List<Span> paragraphs = text.paragraphs();
        List<List<Token>> paraTokens = new ArrayList<>();
        for (Span p : paragraphs) {
            paraTokens.add(tokens(p));
        }
        for (List<Token> toks : paraTokens) {
            registerFullNames(toks);
        }
        HeadlineSpeaker headline = HeadlineSpeaker.read(article.title(), state);
        state.headline(headline);
        ArticleContext context = new ArticleContext(paragraphs, decisions, headline);
        Decision previousTurn = null;
        Decision colonLead = null;
        for (int p = 0; p < paragraphs.size(); p++) {
            List<Token> toks = paraTokens.get(p);
            SpeechEventFinder finder = new SpeechEventFinder(toks, new MentionReader(body, toks));
            Decision earlier = null;
            Decision lastSentenceDecision = null;
            Decision lastSentenceSpeech = null;
            Decision previousSubject = null;
            boolean first = true;
            int askedAlone = -1;
            for (int[] sent : SentenceSplitter.split(toks, text)) {
                PossessiveGender.learn(toks, sent[0], sent[1], state);
                Decision subject = pushSubject(finder, sent);
                List<ResolvedEvent> events = new ArrayList<>();
                for (SpeechEvent ev : finder.find(sent[0], sent[1])) {
                    ArticleEntity who = SpeakerResolvers.resolve(ev.subject(), toks.get(ev.from()).start(), state);
                    if (who != null && ev.tie() != null) {
                        state.entities().tie(who, ev.tie());
                    }
                    events.add(new ResolvedEvent(ev, who));
                }
                SentenceView sentence = new SentenceView(toks, sent[0], sent[1], events);
                Decision askedBy = askedAlone >= 0 ? speakerOpening(toks, sent, events) : null;
                Decision before = askedBy == null ? null : decisions.of(toks.get(askedAlone).quote());
                if (askedBy != null && (before == null || before.speaker() == null || before.sieve().continuation()
                        || before.sieve() == SieveName.PREVIOUS_SUBJECT)) {
                    decisions.set(toks.get(askedAlone).quote(), askedBy);
                    earlier = askedBy;
                }
                askedAlone = sent[1] - sent[0] == 1 && toks.get(sent[0]).isQuote()
                        && endsInQuestionOrExclamation(quotes.get(toks.get(sent[0]).quote())) ? sent[0] : -1;
                lastSentenceDecision = null;
                boolean hasQuote = false;
                for (int i = sent[0]; i < sent[1]; i++) {
                    Token t = toks.get(i);
                    if (!t.isQuote()) {
                        continue;
                    }
                    hasQuote = true;
                    decisions.seenInParagraph(p, t.quote());
                    Decision turn = transcriptTurn(quotes.get(t.quote()), paragraphs.get(p), i);
                    QuoteSite site = new QuoteSite(t.quote(), quotes.get(t.quote()), i, sentence, earlier,
                            previousTurn, colonLead, previousSubject, first, turn, context);
                    Decision d = QuotationSieves.whileReading(site);
                    decisions.set(t.quote(), d);
                    if (d != null && d.speaker() != null) {
                        earlier = d;
                        lastSentenceDecision = d;
                    }
                    first = false;
                }
                for (ResolvedEvent r : events) {
                    if (r.speaker() != null) {
                        state.bringIntoView(r.speaker());
                    }
                }
                previousSubject = hasQuote ? null : subjectOf(events, subject);
                lastSentenceSpeech = hasQuote ? null : reportedSpeaker(events);
            }
            // "Ana Ruiz said the figures were wrong.¶“We counted twice.”": a paragraph that ends in someone's
            // reported words hands the floor to them as a quotation ending it would
            previousTurn = lastSentenceDecision != null ? lastSentenceDecision : lastSentenceSpeech;
            boolean endsInColon = !toks.isEmpty() && toks.get(toks.size() - 1).is(":");
            colonLead = endsInColon && !loneCapitalisedWord(previousSubject) ? previousSubject : null;
        }
        if (headline != null) {
            headline.confirm(body, decisions);
        }
        for (int qi = 0; qi < quotes.size(); qi++) {
            if (decisions.of(qi) == null) {
                decisions.set(qi, QuotationSieves.afterReading(QuoteSite.afterReading(qi, quotes.get(qi), context)));
            }
        }
        return result();
    }

    /**
     * "Partial transcript as follows:", "Below:": a sentence's first word is capitalised whatever it is, so a one-word
     * "name" there that no fuller name of the article completes, and that the article never capitalises mid-sentence, is an
     * ordinary word, and no lead for the quotations after the colon. A surname the article introduced in full
     * ("Harland told reporters:") still leads.
     */
    private boolean loneCapitalisedWord(Decision subject) {
        if (subject == null || subject.speaker() == null || subject.mention() == null) {
            return false;
        }
        String word = subject.mention().strip();
        if (word.isEmpty() || word.contains(" ") || Names.tokens(subject.speaker().canonical()).size() > 1) {
            return false;
        }
        Matcher midSentence = Pattern.compile("[\\p{Ll}\\d,;]\\s+" + Pattern.quote(word) + "\\b").matcher(body);
        return !midSentence.find();
    }

    /**
     * The turn a transcript label opens: inside the quotation ("“HARLAND: We never said that.”") or before it at
     * the paragraph's start ("HARLAND: “We never said that.”"). The label resolves like any name, so a surname
     * finds the person the article introduced in full; null when there is no label.
     */
    private Decision transcriptTurn(Quote q, Span paragraph, int token) {
        int from = q.start();
        TranscriptLabel label = TranscriptLabel.opening(q.text());
        if (label == null) {
            int mark = q.start() - 1;
            if (mark <= paragraph.start()) {
                return null;
            }
            label = TranscriptLabel.opening(body.substring(paragraph.start(), mark) + " “");
            from = paragraph.start();
            if (label == null || !body.substring(paragraph.start(), mark).strip().endsWith(":")) {
                return null; // the label must be all that stands before the quotation
            }
        }
        if (label.name() == null) {
            return new Decision(null, label.label(), ":", SieveName.ADJACENT_CUE, TranscriptTurnSieve.CONFIDENCE);
        }
        int start = body.indexOf(label.label(), from);
        Phrase words = new Phrase(token, token, start, start + label.label().length(), label.label());
        Mention m = Mention.person(words, label.name(), null, null, Gender.UNKNOWN, true);
        ArticleEntity who = SpeakerResolvers.resolve(m, start, state);
        if (who != null) {
            state.bringIntoView(who);
        }
        return new Decision(who, label.label(), ":", SieveName.ADJACENT_CUE, TranscriptTurnSieve.CONFIDENCE);
    }

    /**
     * "“Who pays for it?” Ana Ruiz asked the council on Monday.": a question or exclamation mark ends the quotation's
     * sentence for the splitter when a long clause follows the verb, but a sentence that opens with a name and its verb
     * of saying, and holds no quotation of its own, still attributes the quotation standing alone right before it.
     * Only a name: a capitalised pronoun after the mark opens a new sentence of its own.
     */
    private static Decision speakerOpening(List<Token> toks, int[] sent, List<ResolvedEvent> events) {
        for (int i = sent[0]; i < sent[1]; i++) {
            if (toks.get(i).isQuote()) {
                return null;
            }
        }
        for (ResolvedEvent r : events) {
            SpeechEvent ev = r.event();
            if (ev.from() == sent[0] && !ev.inverted() && r.speaker() != null
                    && ev.subject().type() == Mention.Type.NAME && ev.subject().first() == sent[0]) {
                return new Decision(r.speaker(), ev.subject().text(), ev.cue(), SieveName.ADJACENT_CUE,
                        AdjacentCueSieve.AFTER);
            }
        }
        return null;
    }

    private static boolean endsInQuestionOrExclamation(Quote q) {
        String t = q.text().strip();
        int i = t.length() - 1;
        while (i >= 0 && "”\"’')]".indexOf(t.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && (t.charAt(i) == '?' || t.charAt(i) == '!');
    }

    /** The speaker of the first verb of saying in a sentence without quotations, or null. */
    private static Decision reportedSpeaker(List<ResolvedEvent> events) {
        for (ResolvedEvent r : events) {
            if (r.speaker() != null && r.speaker().kind() != SpeakerKind.UNKNOWN) {
                return new Decision(r.speaker(), r.event().subject().text(), r.event().cue(), SieveName.TURN_CONTINUATION,
                        TurnContinuationSieve.CONFIDENCE);
            }
        }
        return null;
    }

    /** Who a sentence without quotations is about: the speaker of its first verb of saying, else its subject. */
    private static Decision subjectOf(List<ResolvedEvent> events, Decision subject) {
        for (ResolvedEvent r : events) {
            if (r.speaker() != null) {
                return new Decision(r.speaker(), r.event().subject().text(), null, SieveName.PREVIOUS_SUBJECT,
                        PreviousSubjectSieve.CONFIDENCE);
            }
        }
        return subject;
    }

    /**
     * A named sentence subject comes into view before the sentence's own verbs are read. Returns who the sentence
     * is about (a name, or a pronoun resolved against what came before), or null.
     */
    private Decision pushSubject(SpeechEventFinder finder, int[] sent) {
        Mention subject = finder.sentenceSubject(sent[0], sent[1]);
        if (subject == null) {
            return null;
        }
        ArticleEntity e = null;
        if (subject.type() == Mention.Type.NAME) {
            e = SpeakerResolvers.resolve(subject, subject.start(), state);
            if (e != null) {
                state.bringIntoView(e);
            }
        } else if (subject.type() == Mention.Type.PRONOUN && !subject.org()) {
            e = SpeakerResolvers.resolve(subject, subject.start(), state);
        }
        return e == null ? null : new Decision(e, subject.text(), null, SieveName.PREVIOUS_SUBJECT,
                PreviousSubjectSieve.CONFIDENCE);
    }

    private List<Token> tokens(Span p) {
        List<Span> spans = new ArrayList<>();
        List<Integer> ids = new ArrayList<>();
        for (int qi = 0; qi < quotes.size(); qi++) {
            Quote q = quotes.get(qi);
            if (q.inTitle() || q.start() < p.start() || q.end() > p.end()) {
                continue;
            }
            int s = Math.max(p.start(), q.start() - 1);
            int e = q.unclosed() ? p.end() : Math.min(p.end(), closingMarkEnd(q.end()));
            spans.add(new Span(s, e));
            ids.add(qi);
        }
        // a quotation that opens the paragraph is never inside a label, so the label's end is safe to start at
        int start = Math.min(LeadLabels.sentenceStart(body, p), firstQuoteStart(spans, p.end()));
        return Tokenizer.tokenize(body, start, p.end(), spans, ids);
    }

    private static int firstQuoteStart(List<Span> spans, int otherwise) {
        int first = otherwise;
        for (Span s : spans) {
            first = Math.min(first, s.start());
        }
        return first;
    }

    /**
     * Where the closing mark after a quotation's words ends. Some house styles set a space between nested closing
     * marks ("… 'well done,' \" said …"), so the words may end a space or two before the mark; the mark belongs to
     * the quotation token all the same, or the cue after it would not count as adjacent.
     */
    private int closingMarkEnd(int wordsEnd) {
        int k = wordsEnd;
        while (k < body.length() && k - wordsEnd < 2 && body.charAt(k) == ' ') {
            k++;
        }
        return k < body.length() && k > wordsEnd && "\"”’'".indexOf(body.charAt(k)) >= 0 ? k + 1 : wordsEnd + 1;
    }

    /** First pass: every multi-word capitalised name, so a bare surname finds its fullest form. */
    private void registerFullNames(List<Token> toks) {
        MentionReader reader = new MentionReader(body, toks);
        for (int i = 0; i < toks.size(); i++) {
            boolean runEnd = MentionReader.isNamePart(toks.get(i))
                    && (i + 1 >= toks.size() || !MentionReader.isNamePart(toks.get(i + 1)));
            if (!runEnd) {
                continue;
            }
            if (state.inTitleCaseLine(toks.get(i).start())) {
                continue; // a headline's capitals prove no name
            }
            Mention m = reader.endingAt(i, 0);
            if (m != null && m.type() == Mention.Type.NAME && Names.tokens(m.name()).size() >= 3
                    && Lexicon.isSpeechVerb(toks.get(m.first()).lower())) {
                m = reader.endingAt(i, m.first() + 1); // "Said Dora Penn, who …, “…”": an inverted cue, not a name
            }
            // organisations too, so "the trust" can find the Eastmere Health Trust named only in passing
            if (m != null && m.type() == Mention.Type.NAME && Names.tokens(m.name()).size() >= 2) {
                state.entities().byName(m, -1);
            }
        }
    }

    private ArticleAttribution result() {
        Map<ArticleEntity, ArticleSpeaker> speakers = new LinkedHashMap<>();
        List<Attribution> out = new ArrayList<>();
        for (int qi = 0; qi < quotes.size(); qi++) {
            Decision d = decisions.of(qi);
            Quote q = quotes.get(qi);
            if (d == null || d.speaker() == null) {
                out.add(Attribution.none(q));
                continue;
            }
            ArticleEntity e = d.speaker();
            ArticleSpeaker s = speakers.computeIfAbsent(e, x -> new ArticleSpeaker(x.canonical(), x.kind(),
                    x.role, x.anonymous, x.aliases(), x.gender));
            out.add(new Attribution(q, s.name(), s.kind(), s.anonymous(), s.role(), d.mention(), d.cue(),
                    d.sieve(), d.confidence()));
        }
        return new ArticleAttribution(out, List.copyOf(speakers.values()));
    }
}
