package whosaid.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.junit.jupiter.api.Test;

class ArticleTextTest {
    private final TextLayer layer = new TextLayer();

    private static final String BODY = "KELM — Sen. Ana Ruiz said the U.S. plan would fail. “It will not work. Ever,” she said.\n\n"
            + "Gov. Tom Hale disagreed.";

    @Test
    void paragraphsAndSentencesWithOffsetsIntoTheBody() {
        ArticleText text = layer.of("Ruiz doubts plan", BODY);
        assertEquals(2, text.paragraphs().size());
        assertEquals(List.of("Sen. Ana Ruiz said the U.S. plan would fail.", "“It will not work.", "Ever,” she said.",
                "Gov. Tom Hale disagreed."), text.sentences().stream().map(s -> s.text(BODY)).toList());
        assertEquals(List.of(0, 0, 0, 1), text.sentences().stream().map(ArticleText.Sentence::paragraph).toList());
        assertEquals(1, text.sentencesOf(1).size());
    }

    @Test
    void tokensKeepNewsWordsWholeAndPointIntoTheBody() {
        ArticleText text = layer.of(null, BODY);
        List<Token> tokens = text.tokens(text.sentences().get(0));
        assertEquals(List.of("Sen", ".", "Ana", "Ruiz", "said", "the", "U.S.", "plan", "would", "fail", "."),
                tokens.stream().map(Token::text).toList());
        for (Token t : tokens) {
            assertEquals(t.text(), BODY.substring(t.start(), t.end()));
        }
        assertSame(tokens, text.tokens(text.sentences().get(0)), "worked out once and kept");
    }

    @Test
    void aQuotationsContextRunsOverTheSentenceEndsInsideIt() {
        ArticleText text = layer.of(null, BODY);
        int start = BODY.indexOf("It will");
        int end = BODY.indexOf(",” she");
        assertEquals("“It will not work. Ever,” she said.", text.sentencesAround(start, end).of(BODY));
        assertEquals(text.sentences().get(1), text.sentenceAt(start));
        assertNull(text.sentenceAt(BODY.indexOf("—")), "the dateline is in no sentence");
    }

    @Test
    void tokensOfARangeComeFromTheSentencesThatHoldIt() {
        ArticleText text = layer.of(null, BODY);
        int start = BODY.indexOf("It will");
        int end = BODY.indexOf(",” she");
        assertEquals(List.of("It", "will", "not", "work", ".", "Ever"),
                text.tokens(start, end).stream().map(Token::text).toList());
    }
}
