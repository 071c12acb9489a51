package whosaid.contradictions;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SentenceSplitterTest {
    private final SentenceSplitter splitter = new SentenceSplitter();

    @Test
    void keepsTitlesInitialsAndDottedShortFormsInsideSentences() {
        String text = "Mr. Olund met Dr. J. Varga in the U.S. capital. The talks ended at noon.";
        List<String> s = splitter.split(text).stream().map(SentenceSplitter.Span::text).toList();
        assertEquals(List.of("Mr. Olund met Dr. J. Varga in the U.S. capital.", "The talks ended at noon."), s);
    }

    @Test
    void splitsAfterNoBreakSpaceBeforeParenthesisAndAtLineBreaks() {
        String text = "She was convicted.\u00a0(She denied the charges.)\n\nRain fell";
        List<SentenceSplitter.Span> s = splitter.split(text);
        assertEquals(3, s.size());
        assertEquals("(She denied the charges.)", s.get(1).text());
        assertEquals(text.indexOf("(She"), s.get(1).start());
        assertEquals("Rain fell", s.get(2).text());
    }

    @Test
    void aTimeStampOrDatelineIsNotPartOfTheFirstSentence() {
        String text = "KELM (AP) — Ferries stopped on Monday.\n\n10.02 The port has denied that sailings were cut.";
        List<SentenceSplitter.Span> s = splitter.split(text);
        assertEquals(List.of("Ferries stopped on Monday.", "The port has denied that sailings were cut."),
                s.stream().map(SentenceSplitter.Span::text).toList());
        assertEquals(text.indexOf("The port"), s.get(1).start());
    }
}
