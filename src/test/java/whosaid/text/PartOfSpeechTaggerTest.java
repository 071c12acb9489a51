package whosaid.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class PartOfSpeechTaggerTest {
    private final TextLayer layer = new TextLayer();

    /**
     * In a title-case headline every word is capitalised, yet a verb after "To" is told from the names around it.
     * (A title-case verb that opens the predicate, "Senator Slams Jane Doe", the model tags PROPN: see README.)
     */
    @Test
    void aTitleCaseHeadlineVerbIsTaggedAsAVerb() {
        ArticleText text = layer.of("Council Votes To Close Kelm Library", "Body.");
        List<String> words = text.titleTokens().stream().map(Token::text).toList();
        List<String> tags = text.titleTags();
        assertEquals("VERB", tags.get(words.indexOf("Close")), words + " " + tags);
        assertEquals("PROPN", tags.get(words.indexOf("Kelm")), words + " " + tags);
    }

    @Test
    void aSentenceIsTaggedOnDemandAndKept() {
        ArticleText text = layer.of(null, "Ana Ruiz denied the report on Monday. Rain fell.");
        ArticleText.Sentence first = text.sentences().get(0);
        List<String> tags = text.tags(first);
        assertEquals(text.tokens(first).size(), tags.size());
        assertEquals("VERB", tags.get(2), tags.toString());
        assertEquals(tags, text.tags(first));
    }
}
