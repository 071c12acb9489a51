package whosaid.attribution;

import whosaid.ingest.Article;
import whosaid.quotes.Quote;
import whosaid.text.LeadLabels;
import whosaid.text.Paragraphs;
import whosaid.text.SentenceSplitter;
import whosaid.text.Span;
import whosaid.text.Token;
import whosaid.text.Tokenizer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says who spoke each quotation of an article. Reads the body once, paragraph by paragraph and sentence by
 * sentence, keeping the discourse state a reader keeps (who was last the subject, which roles belong to whom), and
 * passes each quotation through a chain of sieves from the most precise to the most general (after Muzny et al.
 * 2017): adjacent cue → cue elsewhere in the sentence → earlier quotation in the paragraph → previous paragraph's
 * turn; then, for the lede, the source named in the next paragraph. Mentions (names, pronouns, descriptors) are
 * resolved to entities as they are read, so a pronoun meets the state of the text at that point.
 */
public final class QuoteAttributor {
    /** "the company's statement", "the union’s statement": the owner's head noun. */
    private static final Pattern STATEMENT_OWNER = Pattern.compile("(?:the\\s+)?(\\p{L}+)['’]s\\s+statement");
    private static final Pattern HEADLINE_SPEAKER = Pattern.compile("^\\s*([^:]{2,60}?)\\s*:\\s+\\S");
    private final List<Sieve> sieves = List.of(new AdjacentCueSieve(), new SentenceCueSieve(),
            new PreviousSubjectSieve(), new ParagraphContinuationSieve(), new TurnContinuationSieve());

    public List<Attribution> attribute(Article article, List<Quote> quotes) {
        return analyse(article, quotes).attributions();
    }

    public ArticleAttribution analyse(Article article, List<Quote> quotes) {
        return new Reading(article, quotes).run();
    }

    /** One run over one article; holds the mutable discourse state. */
    private final class Reading {
        private final Article article;
        private final String body;
        private final List<Quote> quotes;
        private final ArticleEntities entities = new ArticleEntities();
        private final List<ArticleEntity> salience = new ArrayList<>();
        private final Decision[] decided;
        private ArticleEntity headlineSpeaker;
        private String headlineWords;
        private boolean headlineConfirmed;
        /** Lines of the body set in title case (a headline or deck repeated): their capitals are no evidence of a name. */
        private List<Span> titleCaseLines = List.of();

        Reading(Article article, List<Quote> quotes) {
            this.article = article;
            this.body = article.body();
            this.quotes = quotes;
            this.decided = new Decision[quotes.size()];
        }

        ArticleAttribution run() {
            List<Span> paragraphs = Paragraphs.of(body);
            titleCaseLines = TitleCaseLines.of(body);
            List<List<Token>> paraTokens = new ArrayList<>();
            for (Span p : paragraphs) {
                paraTokens.add(tokens(p));
            }
            for (List<Token> toks : paraTokens) {
                registerNames(toks);
            }
            headline();
            Decision previousTurn = null;
            Map<Integer, Integer> firstQuoteOfParagraph = new HashMap<>();
            for (int p = 0; p < paragraphs.size(); p++) {
                List<Token> toks = paraTokens.get(p);
                MentionReader reader = new MentionReader(body, toks);
                SpeechEventFinder finder = new SpeechEventFinder(toks, reader);
                Decision earlier = null;
                Decision lastSentenceDecision = null;
                Decision previousSubject = null;
                boolean first = true;
                for (int[] sent : SentenceSplitter.split(toks, Lexicon::isSpeechVerb)) {
                    possessiveGender(toks, sent);
                    Decision subject = pushSubject(finder, sent);
                    List<ResolvedEvent> events = new ArrayList<>();
                    for (SpeechEvent ev : finder.find(sent[0], sent[1])) {
                        ArticleEntity who = resolve(ev.subject(), toks.get(ev.from()).start());
                        if (who != null && ev.tie() != null) {
                            entities.tie(who, ev.tie());
                        }
                        events.add(new ResolvedEvent(ev, who));
                    }
                    lastSentenceDecision = null;
                    boolean hasQuote = false;
                    for (int i = sent[0]; i < sent[1]; i++) {
                        Token t = toks.get(i);
                        if (!t.isQuote()) {
                            continue;
                        }
                        hasQuote = true;
                        firstQuoteOfParagraph.putIfAbsent(p, t.quote());
                        QuoteSite site = new QuoteSite(quotes.get(t.quote()), i, toks, sent[0], sent[1], events,
                                earlier, previousTurn, first, !events.isEmpty(), first && i == 0, previousSubject);
                        Decision d = decide(site);
                        decided[t.quote()] = d;
                        if (d != null && d.speaker() != null) {
                            earlier = d;
                            lastSentenceDecision = d;
                        }
                        first = false;
                    }
                    updateSalience(events);
                    previousSubject = hasQuote ? null : subjectOf(events, subject);
                }
                previousTurn = lastSentenceDecision;
                if (!toks.isEmpty() && toks.get(toks.size() - 1).is(":") && previousSubject != null) {
                    // "Ana Ruiz told reporters:" ending a paragraph introduces the quotation that opens the next
                    previousTurn = new Decision(previousSubject.speaker(), previousSubject.mention(), ":",
                            "colon-paragraph", 0.8);
                }
            }
            confirmHeadline();
            lede(paragraphs, firstQuoteOfParagraph);
            return result();
        }

        private Decision decide(QuoteSite site) {
            for (Sieve s : sieves) {
                Decision d = s.decide(site);
                if (d != null) {
                    return d;
                }
            }
            return null;
        }

        /** Who a sentence without quotations is about: the speaker of its first verb of saying, else its subject. */
        private Decision subjectOf(List<ResolvedEvent> events, Decision subject) {
            for (ResolvedEvent r : events) {
                if (r.speaker() != null) {
                    return new Decision(r.speaker(), r.event().subject().text(), null, "previous-subject", 0.65);
                }
            }
            return subject;
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
                int e = q.unclosed() ? p.end() : Math.min(p.end(), q.end() + 1);
                spans.add(new Span(s, e));
                ids.add(qi);
            }
            // a quotation that opens the paragraph is never inside a label, so the label's end is safe to start at
            int start = Math.min(LeadLabels.sentenceStart(body, p), firstQuoteStart(spans, p.end()));
            return Tokenizer.tokenize(body, start, p.end(), spans, ids);
        }

        private int firstQuoteStart(List<Span> spans, int otherwise) {
            int first = otherwise;
            for (Span s : spans) {
                first = Math.min(first, s.start());
            }
            return first;
        }

        /** First pass: every multi-word capitalised name, so a bare surname finds its fullest form. */
        private void registerNames(List<Token> toks) {
            MentionReader reader = new MentionReader(body, toks);
            for (int i = 0; i < toks.size(); i++) {
                boolean runEnd = MentionReader.isNamePart(toks.get(i))
                        && (i + 1 >= toks.size() || !MentionReader.isNamePart(toks.get(i + 1)));
                if (!runEnd) {
                    continue;
                }
                if (TitleCaseLines.within(titleCaseLines, toks.get(i).start())) {
                    continue;
                }
                Mention m = reader.endingAt(i, 0);
                // organisations too, so "the trust" can find the Eastmere Health Trust named only in passing
                if (m != null && m.type() == Mention.Type.NAME && Names.tokens(m.name()).size() >= 2) {
                    entities.byName(m, -1);
                }
            }
        }

        /** "Name: words" headlines name the speaker of the article's interview quotations. */
        private void headline() {
            String title = article.title();
            if (title == null) {
                return;
            }
            Matcher m = HEADLINE_SPEAKER.matcher(title);
            if (!m.find()) {
                return;
            }
            String who = m.group(1);
            if (Lexicon.HEADLINE_LABELS.contains(who.trim().toLowerCase(java.util.Locale.ROOT))) {
                return; // "Analysis: …" says what the piece is, not who speaks
            }
            List<Token> toks = Tokenizer.tokenize(title, 0, m.end(1), List.of(), List.of());
            if (toks.isEmpty() || toks.size() > 6) {
                return;
            }
            for (Token t : toks) {
                if (!MentionReader.isNamePart(t) && !Lexicon.NAME_PARTICLES.contains(t.lower()) && !t.is(".")) {
                    return;
                }
            }
            Mention mention = new MentionReader(title, toks).endingAt(toks.size() - 1, 0);
            if (mention == null || mention.type() != Mention.Type.NAME || mention.org()) {
                return;
            }
            headlineSpeaker = entities.byName(mention, 0);
            if (headlineSpeaker == null) {
                return; // a "name" of punctuation only ("Mr.:")
            }
            headlineWords = who;
            salience.add(headlineSpeaker);
            for (int qi = 0; qi < quotes.size(); qi++) {
                Quote q = quotes.get(qi);
                if (q.inTitle() && q.start() > m.end(1)) {
                    decided[qi] = new Decision(headlineSpeaker, who, ":", "headline", 0.9);
                }
            }
        }

        /**
         * "Floods: ‘Worst in a Century’" has the shape of "Okafor: ‘…’". The words before the colon name a speaker
         * only when the article bears it out: a full name, the name again in the body, or a body speaker that
         * only a role describes ("the spokesperson") and that was read as the headline's person. Otherwise the
         * headline's quotations keep no speaker.
         */
        private void confirmHeadline() {
            if (headlineSpeaker == null) {
                return;
            }
            boolean fullName = headlineSpeaker.names.stream().anyMatch(n -> Names.tokens(n).size() >= 2);
            String words = headlineWords.trim();
            String lower = words.toLowerCase(java.util.Locale.ROOT);
            boolean inBody = wordIn(words, body);
            // the same word in lower case in the body is a common noun ("floods"), not a surname
            boolean common = wordIn(lower, body) || lower.endsWith("s") && wordIn(lower.substring(0, lower.length() - 1), body);
            if (fullName || (inBody || headlineConfirmed) && !common) {
                return;
            }
            headlineSpeaker.person = false;
            for (int qi = 0; qi < quotes.size(); qi++) {
                if (decided[qi] != null && decided[qi].speaker() == headlineSpeaker) {
                    decided[qi] = null;
                }
            }
        }

        /**
         * In a title-case line the entity the running text introduced, else the name as read (a headline may be
         * the only place an article gives the full name; the linker's votes keep such a form from becoming canonical).
         */
        private ArticleEntity titleCaseOrName(Mention m, int pos) {
            ArticleEntity known = TitleCaseLines.within(titleCaseLines, m.start()) ? entities.byNameInTitleCase(m) : null;
            return known != null ? known : entities.byName(m, pos, knighted(m));
        }

        private ArticleEntity resolve(Mention m, int pos) {
            if (m == null) {
                return null;
            }
            return switch (m.type()) {
                case NAME -> titleCaseOrName(m, pos);
                case PRONOUN -> pronoun(m);
                case DESCRIPTOR -> descriptor(m, pos);
            };
        }

        /**
         * "the company said", "the union said": a bare definite organisation noun is the organisation last in view
         * whose name holds that noun ("Port Workers Union"), or for the generic "company", "firm" and "group", the
         * organisation last in view.
         */
        private ArticleEntity namedOrganisation(Mention m) {
            String[] words = m.text().toLowerCase(java.util.Locale.ROOT).split("\\s+");
            if (words.length != 2 || !words[0].equals("the")) {
                return null;
            }
            String head = m.head();
            boolean generic = head.equals("company") || head.equals("firm") || head.equals("group");
            for (int k = salience.size() - 1; k >= 0; k--) {
                ArticleEntity e = salience.get(k);
                // "Brightline Kettles recalled …; the company said": a name nothing has shown to be a person's
                // (no honorific, pronoun or office) that "the company" refers back to is the company
                boolean unknownKind = generic && !e.person && e.gender == 'u' && !holdsOffice(e);
                if (e.anonymous || !e.org && !unknownKind) {
                    continue;
                }
                if (generic || Names.tokens(e.canonical()).contains(head)) {
                    e.org = true;
                    return e;
                }
            }
            if (generic) {
                return null;
            }
            // named in passing, never as a subject: the one organisation of the article whose name holds the noun
            ArticleEntity only = null;
            for (ArticleEntity e : entities.all()) {
                if (e.org && !e.anonymous && Names.tokens(e.canonical()).contains(head)) {
                    if (only != null && only != e) {
                        return null;
                    }
                    only = e;
                }
            }
            return only;
        }

        /**
         * A statement speaks for whoever issued it: "the company's statement" for the company; "the statement" for
         * the one last said to have made a statement, else the organisation last in view ("The bank said …,
         * according to a statement"). Null when the article gives no issuer.
         */
        private ArticleEntity issuerOf(Mention m, String lowerText) {
            Matcher owner = STATEMENT_OWNER.matcher(lowerText);
            if (owner.matches()) {
                String head = owner.group(1);
                Mention possessor = new Mention(Mention.Type.DESCRIPTOR, m.first(), m.last(), m.start(), m.end(),
                        "the " + head, null, null, head, 'u', Lexicon.ORG_WORDS.contains(head), true);
                ArticleEntity named = namedOrganisation(possessor);
                if (named != null) {
                    return named;
                }
                ArticleEntity tied = entities.byRole(head, possessor.text(), false);
                if (tied != null) {
                    return tied;
                }
            }
            ArticleEntity issued = entities.issuerOfStatement();
            if (issued != null) {
                return issued;
            }
            for (int k = salience.size() - 1; k >= 0; k--) {
                ArticleEntity e = salience.get(k);
                if (e.org && !e.descriptorHas("statement")) {
                    return e;
                }
            }
            return null;
        }

        /** "Sir Alan", "Dame Ada": the title stands right before the (given) name. */
        private boolean knighted(Mention m) {
            String before = body.substring(Math.max(0, m.start() - 6), m.start());
            return before.matches("(?s).*\\b(Sir|Dame)\\s+$");
        }

        private ArticleEntity pronoun(Mention m) {
            boolean person = !m.org();
            for (int k = salience.size() - 1; k >= 0; k--) {
                ArticleEntity e = salience.get(k);
                if (person && (e.org || e.kind() == SpeakerKind.UNKNOWN && Names.tokens(e.canonical()).size() < 2
                        && e.gender == 'u' && !e.anonymous)) {
                    continue; // "he" is a person: skip organisations and bare place-like names
                }
                if (m.gender() != 'u' && e.plural()) {
                    continue; // "she" is one person, never "prosecutors" or "some residents"
                }
                if (!person && !e.org && e.kind() == SpeakerKind.PERSON) {
                    continue;
                }
                if (m.gender() != 'u' && e.gender != 'u' && e.gender != m.gender()) {
                    continue;
                }
                if (m.gender() != 'u' && e.gender == 'u' && !e.anonymous) {
                    e.gender = m.gender();
                }
                return e;
            }
            return null;
        }

        private ArticleEntity descriptor(Mention m, int pos) {
            String text = m.text().toLowerCase(java.util.Locale.ROOT);
            if (text.startsWith("its ") || text.startsWith("their ")) {
                // "its government said": the owner speaks (the country or organisation last in subject position)
                for (int k = salience.size() - 1; k >= 0; k--) {
                    ArticleEntity e = salience.get(k);
                    if (e.kind() != SpeakerKind.PERSON) {
                        return e;
                    }
                }
                return null;
            }
            if (m.head().equals("statement")) {
                ArticleEntity issuer = issuerOf(m, text);
                if (issuer != null) {
                    issuer.lastSeen = pos;
                    return issuer;
                }
            }
            if (m.definite() && Lexicon.isAgeNoun(m.head())) {
                // "the 62-year-old said": an age refers back like a pronoun to the person last in view
                ArticleEntity e = pronoun(new Mention(Mention.Type.PRONOUN, m.first(), m.last(), m.start(), m.end(),
                        m.text(), null, null, m.head(), 'u', false, true));
                if (e != null) {
                    return e;
                }
            }
            if (m.definite()) {
                ArticleEntity tied = entities.byRole(m.head(), m.text(), m.org() && !m.head().equals("statement"));
                if (tied != null) {
                    tied.lastSeen = pos;
                    return tied;
                }
                ArticleEntity named = m.org() ? namedOrganisation(m) : null;
                if (named != null) {
                    return named;
                }
                if (headlineSpeaker != null && !m.org()) {
                    headlineSpeaker.person = true;
                    headlineConfirmed = true;
                    return headlineSpeaker;
                }
                ArticleEntity earlier = entities.anonymousByHead(m.head());
                if (earlier != null) {
                    earlier.lastSeen = pos;
                    return earlier;
                }
                ArticleEntity inView = m.org() ? null : namedPersonInView(m);
                if (inView != null) {
                    entities.tie(inView, m.text());
                    inView.lastSeen = pos;
                    return inView;
                }
            }
            return entities.anonymous(m, pos);
        }

        /**
         * "Tobias Wendt has arrived. … the chief executive said": news names a person, then calls them by their
         * office. A definite office that no one in the article holds yet is the person last in view, when that
         * person is named and holds no other office.
         */
        private ArticleEntity namedPersonInView(Mention m) {
            if (!(Lexicon.TITLES.contains(m.head()) || Lexicon.PERSON_ROLES.contains(m.head()))
                    || Lexicon.isAgeNoun(m.head())) {
                return null;
            }
            for (int k = salience.size() - 1; k >= 0; k--) {
                ArticleEntity e = salience.get(k);
                if (e.org || e.anonymous) {
                    continue;
                }
                if (e.kind() != SpeakerKind.PERSON || holdsOffice(e)) {
                    return null;
                }
                return e;
            }
            return null;
        }

        private boolean holdsOffice(ArticleEntity e) {
            for (String w : e.roleWords) {
                if (Lexicon.TITLES.contains(w) || Lexicon.PERSON_ROLES.contains(w)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * "Now the county wants to replace his ferry": a possessive his/her before a noun refers back to the person
         * in view, which settles that person's gender for later pronouns. Only when no other name stands before it
         * in the sentence, and only for a person whose gender is still unknown.
         */
        private void possessiveGender(List<Token> toks, int[] sent) {
            for (int i = sent[0]; i < sent[1] - 1; i++) {
                Token t = toks.get(i);
                String l = t.lower();
                if (!(l.equals("his") || l.equals("her")) || i > sent[0] && t.isCapitalised()) {
                    continue;
                }
                Token next = toks.get(i + 1);
                if (!next.isWord() || next.isCapitalised() || Lexicon.DETERMINERS.contains(next.lower())
                        || Lexicon.isNotName(next.text())) {
                    return; // "told her the news": an object, not a possessive
                }
                for (int k = sent[0] + 1; k < i; k++) {
                    if (MentionReader.isNamePart(toks.get(k))) {
                        return;
                    }
                }
                for (int k = salience.size() - 1; k >= 0; k--) {
                    ArticleEntity e = salience.get(k);
                    if (e.org || e.kind() != SpeakerKind.PERSON) {
                        continue;
                    }
                    if (e.gender == 'u' && !e.anonymous) {
                        e.gender = l.equals("his") ? 'm' : 'f';
                    }
                    return;
                }
                return;
            }
        }

        /**
         * A named sentence subject becomes salient before the sentence's own verbs are read. Returns who the
         * sentence is about (a name, or a pronoun resolved against what came before), or null.
         */
        private Decision pushSubject(SpeechEventFinder finder, int[] sent) {
            Mention subject = finder.sentenceSubject(sent[0], sent[1]);
            if (subject == null) {
                return null;
            }
            ArticleEntity e = null;
            if (subject.type() == Mention.Type.NAME) {
                e = titleCaseOrName(subject, subject.start());
                if (e != null) {
                    salience.add(e);
                }
            } else if (subject.type() == Mention.Type.PRONOUN && !subject.org()) {
                e = pronoun(subject);
            }
            return e == null ? null : new Decision(e, subject.text(), null, "previous-subject", 0.65);
        }

        private void updateSalience(List<ResolvedEvent> events) {
            for (ResolvedEvent r : events) {
                if (r.speaker() != null) {
                    salience.add(r.speaker());
                }
            }
        }

        /** The lede's partial quotations with no cue take the source that the next paragraph names. */
        private void lede(List<Span> paragraphs, Map<Integer, Integer> firstQuoteOfParagraph) {
            if (paragraphs.size() < 2) {
                return;
            }
            Integer next = firstQuoteOfParagraph.get(1);
            if (next == null || decided[next] == null || decided[next].speaker() == null
                    || decided[next].sieve().endsWith("continuation")) {
                return;
            }
            Span lede = paragraphs.get(0);
            for (int qi = 0; qi < quotes.size(); qi++) {
                Quote q = quotes.get(qi);
                if (!q.inTitle() && lede.covers(new Span(q.start(), q.end())) && decided[qi] == null
                        && q.kind() == whosaid.quotes.QuoteKind.PARTIAL) {
                    Decision d = decided[next];
                    decided[qi] = new Decision(d.speaker(), d.mention(), null, "lede-source", 0.5);
                }
            }
        }

        private static boolean wordIn(String word, String text) {
            return !word.isEmpty() && Pattern.compile("(?<!\\p{L})" + Pattern.quote(word) + "(?!\\p{L})")
                    .matcher(text).find();
        }

        private ArticleAttribution result() {
            Map<ArticleEntity, ArticleSpeaker> speakers = new LinkedHashMap<>();
            List<Attribution> out = new ArrayList<>();
            for (int qi = 0; qi < quotes.size(); qi++) {
                Decision d = decided[qi];
                Quote q = quotes.get(qi);
                if (d == null || d.speaker() == null) {
                    out.add(new Attribution(q, null, null, false, null, null, null, "none", 0.0));
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
}
