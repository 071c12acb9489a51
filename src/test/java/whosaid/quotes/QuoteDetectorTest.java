package whosaid.quotes;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuoteDetectorTest {
    private final QuoteDetector detector = new QuoteDetector();

    private List<String> texts(String title, String body) {
        return detector.detect(title, body).stream().map(Quote::text).toList();
    }

    @Test
    void curlyQuoteOffsetsExcludeTheMarksAndKeepTheTrailingComma() {
        String body = "“The river is rising fast,” said Mara Velden, the mayor of Ostrava Bay.";
        List<Quote> qs = detector.detect(null, body);
        assertEquals(1, qs.size());
        Quote q = qs.get(0);
        assertEquals("The river is rising fast,", q.text());
        assertEquals(q.text(), body.substring(q.start(), q.end()));
        assertEquals(1, q.start());
        assertEquals(QuoteKind.DIRECT, q.kind());
        assertFalse(q.unclosed());
    }

    @Test
    void aQuoteSplitByItsAttributionIsTwoQuotes() {
        assertEquals(List.of("Frankly,", "we were not ready."),
                texts(null, "“Frankly,” she said, “we were not ready.”"));
    }

    @Test
    void straightDoubleQuotesWork() {
        assertEquals(List.of("We will rebuild,", "every bridge"),
                texts(null, "\"We will rebuild,\" he said. He promised \"every bridge\" by May."));
    }

    @Test
    void apostrophesNeverOpenAQuote() {
        String body = "The farmers’ union said it didn’t expect the ’90s prices to return, and the Lindqvists’ "
                + "barn was sold. Rock ’n’ roll, 'tis said.";
        assertEquals(List.of(), texts(null, body));
    }

    @Test
    void singleQuotesAsQuotationMarks() {
        assertEquals(List.of("Only Way"), texts("Oduya: Talks the ‘Only Way’ to Peace", "No quotes here."));
        assertEquals(List.of("a new chapter"), texts(null, "She called the deal 'a new chapter' for the region."));
    }

    @Test
    void aPluralPossessiveInsideSingleQuotesDoesNotEndIt() {
        assertEquals(List.of("a win for the workers’ families and for us"),
                texts(null, "He called it ‘a win for the workers’ families and for us’ on Monday."));
    }

    @Test
    void nestedQuotesYieldTheOuterQuoteOnly() {
        List<String> got = texts(null,
                "“When they told me ‘go home’, I said “never” again,” Tamsin Orr said.");
        assertEquals(List.of("When they told me ‘go home’, I said “never” again,"), got);
    }

    @Test
    void anUnclosedQuoteEndsAtItsParagraphAndTheNextParagraphStartsANewOne() {
        String body = "Ines Kova said that “the harbour will reopen in spring.\n\n"
                + "“We owe it to the fishermen,” Kova said.";
        List<Quote> qs = detector.detect(null, body);
        assertEquals(2, qs.size());
        assertEquals("the harbour will reopen in spring.", qs.get(0).text());
        assertTrue(qs.get(0).unclosed());
        assertEquals(QuoteKind.DIRECT, qs.get(0).kind());
        assertEquals("We owe it to the fishermen,", qs.get(1).text());
        assertFalse(qs.get(1).unclosed());
    }

    @Test
    void anUnbalancedMarkNeverRunsPastItsParagraph() {
        String body = "A stray ” mark and an opening “ without end\n\nNext paragraph with “a phrase” here.";
        List<Quote> qs = detector.detect(null, body);
        assertEquals(List.of("without end", "a phrase"), qs.stream().map(Quote::text).toList());
        assertTrue(qs.get(0).unclosed());
    }

    @Test
    void headlineQuotesAreMarkedInTitle() {
        List<Quote> qs = detector.detect("Minister: ‘No Retreat’ on Tariffs", "Body “text” here.");
        assertTrue(qs.get(0).inTitle());
        assertEquals("No Retreat", qs.get(0).text());
        assertFalse(qs.get(1).inTitle());
    }

    @Test
    void phrasesArePartialAndClausesDirect() {
        List<Quote> qs = detector.detect(null,
                "Pell described the floods as “a disaster” and said “we have enough boats”. "
                        + "He said that under the plan, “every family gets a tent and a stove”.");
        assertEquals(QuoteKind.PARTIAL, qs.get(0).kind());
        assertEquals(QuoteKind.DIRECT, qs.get(1).kind());
        assertEquals(QuoteKind.DIRECT, qs.get(2).kind());
    }
}
