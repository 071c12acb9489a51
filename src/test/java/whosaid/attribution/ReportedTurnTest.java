package whosaid.attribution;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * A paragraph that ends in someone's reported words hands the floor to them; a quotation whose own sentence has a
 * verb of saying is never claimed by a continuation, even when its speaker cannot be read. Invented articles.
 */
class ReportedTurnTest {
    @Test
    void aQuotationOpeningTheNextParagraphContinuesTheReportedSpeaker() {
        ArticleAttribution aa = Fixture.run(null,
                "The harbour will reopen next week. Ana Ruiz, the harbour master, said the figures were wrong.",
                "“We counted twice and the totals still do not match.”");
        assertEquals("Ana Ruiz", Fixture.speakerOf(aa, "We counted twice"));
    }

    @Test
    void aQuotationWithAnUnreadableCueIsNotHandedOn() {
        ArticleAttribution aa = Fixture.run(null,
                "Ana Ruiz, the harbour master, said the figures were wrong.",
                "“It is a pretty expensive way to run a port,” said Will Garrow, a professor of shipping at Kestra "
                        + "University.");
        assertNotEquals("Ana Ruiz", Fixture.speakerOf(aa, "It is a pretty"));
    }
}
