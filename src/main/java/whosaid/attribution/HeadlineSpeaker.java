package whosaid.attribution;

import whosaid.text.Token;
import whosaid.text.Tokenizer;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The speaker a "Name: words" headline names, as an interview or a statement piece is headlined. Only a candidate
 * until the article bears it out: "Floods: ‘Worst in a Century’" has the same shape.
 */
final class HeadlineSpeaker {
    private static final Pattern NAME_COLON = Pattern.compile("^\\s*([^:]{2,60}?)\\s*:\\s+\\S");
    /** More words than this before the colon make a clause ("Officials in the north say: …"), not a name. */
    private static final int MAX_NAME_TOKENS = 6;

    private final ArticleEntity entity;
    private final String words;
    private final int wordsEnd;
    /** Set when a body descriptor ("the spokesperson") was read as the headline's person. */
    private boolean describedInBody;
    private boolean standing = true;

    private HeadlineSpeaker(ArticleEntity entity, String words, int wordsEnd) {
        this.entity = entity;
        this.words = words;
        this.wordsEnd = wordsEnd;
    }

    /** The headline's speaker, registered with the state and brought into view; null when it names nobody. */
    static HeadlineSpeaker read(String title, DiscourseState state) {
        if (title == null) {
            return null;
        }
        Matcher m = NAME_COLON.matcher(title);
        if (!m.find()) {
            return null;
        }
        String who = m.group(1);
        if (Lexicon.HEADLINE_LABELS.contains(who.trim().toLowerCase(Locale.ROOT))) {
            return null; // "Analysis: …" says what the piece is, not who speaks
        }
        List<Token> toks = Tokenizer.tokenize(title, 0, m.end(1), List.of(), List.of());
        if (toks.isEmpty() || toks.size() > MAX_NAME_TOKENS) {
            return null;
        }
        for (Token t : toks) {
            if (!MentionReader.isNamePart(t) && !Lexicon.NAME_PARTICLES.contains(t.lower()) && !t.is(".")) {
                return null;
            }
        }
        Mention mention = new MentionReader(title, toks).endingAt(toks.size() - 1, 0);
        if (mention == null || mention.type() != Mention.Type.NAME || mention.org()) {
            return null;
        }
        ArticleEntity e = state.entities().byName(mention, 0);
        if (e == null) {
            return null; // a "name" of punctuation only ("Mr.:")
        }
        state.bringIntoView(e);
        return new HeadlineSpeaker(e, who, m.end(1));
    }

    ArticleEntity entity() {
        return entity;
    }

    /** The words before the colon, as written. */
    String words() {
        return words;
    }

    /** Title offset after those words: the headline's quotations stand past it. */
    int wordsEnd() {
        return wordsEnd;
    }

    /** A body descriptor of a person ("the spokesperson") was read as this speaker. */
    void describedInBody() {
        describedInBody = true;
    }

    /** False once {@link #confirm} found the article does not bear the name out. */
    boolean standing() {
        return standing;
    }

    /**
     * The words before the colon name a speaker only when the article bears it out: a full name, the name again in
     * the body, or a body speaker that only a role describes and that was read as the headline's person. Otherwise
     * the entity is no person and every quotation given to it is taken back.
     */
    void confirm(String body, Decisions decisions) {
        boolean fullName = entity.names.stream().anyMatch(n -> Names.tokens(n).size() >= 2);
        String w = words.trim();
        String lower = w.toLowerCase(Locale.ROOT);
        boolean inBody = wordIn(w, body);
        // the same word in lower case in the body is a common noun ("floods"), not a surname
        boolean common = wordIn(lower, body) || lower.endsWith("s") && wordIn(lower.substring(0, lower.length() - 1), body);
        if (fullName || (inBody || describedInBody) && !common) {
            return;
        }
        standing = false;
        entity.person = false;
        decisions.retract(entity);
    }

    private static boolean wordIn(String word, String text) {
        return !word.isEmpty() && Pattern.compile("(?<!\\p{L})" + Pattern.quote(word) + "(?!\\p{L})")
                .matcher(text).find();
    }
}
