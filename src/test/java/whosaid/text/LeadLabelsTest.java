package whosaid.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LeadLabelsTest {
    private static String firstSentence(String paragraph) {
        return paragraph.substring(LeadLabels.sentenceStart(paragraph, new Span(0, paragraph.length())));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "08.40 Pickets gathered at dawn.|Pickets gathered at dawn.",
            "14:05 GMT “We are staying,” she said.|“We are staying,” she said.",
            "KELM — Ferries stopped on Monday.|Ferries stopped on Monday.",
            "OSLO, Norway (AP) — Talks resumed.|Talks resumed.",
            "NATO said the talks resumed.|NATO said the talks resumed.",
            "3.50 euros a litre is too much, drivers say.|3.50 euros a litre is too much, drivers say.",
            "25.30 percent of voters stayed home.|25.30 percent of voters stayed home.",
            "Ana Ruiz — the mayor — said no.|Ana Ruiz — the mayor — said no.",
    })
    void skipsTimeStampsAndDatelinesOnly(String paragraph, String sentence) {
        assertEquals(sentence, firstSentence(paragraph));
    }
}
