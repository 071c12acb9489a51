package whosaid.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The invented digest fixture: four articles covering each header variant. */
class DigestReaderTest {
    private static List<Article> articles;
    private static String file;

    @BeforeAll
    static void read() throws BadInputException {
        byte[] bytes = Fixtures.bytes("digest.txt");
        file = new String(bytes, StandardCharsets.UTF_8);
        articles = new ArticleReader().read("digest.txt", bytes);
    }

    @Test
    void splitsAtTheRepeatedTitleAndReadMore() {
        assertEquals(List.of("Harbour Authority Approves Night Ferry Trial", "Miners Return to Kesta Valley After Floods",
                        "Council Delays Vote on Tram Fares", "Lake Orvan Fishers Warn of Shrinking Catch"),
                articles.stream().map(Article::title).toList());
        assertEquals(List.of(1, 16, 32, 45), articles.stream().map(Article::line).toList());
        for (Article a : articles) {
            assertEquals("digest.txt", a.source());
            assertFalse(a.body().contains(a.title()), "repeated title left in the body of " + a.title());
            assertFalse(a.body().endsWith("read more"), a.title());
        }
    }

    @Test
    void dekBeforeAMalformedBylineOutletAndAbbreviatedDate() {
        Article a = articles.get(0);
        assertEquals("Commuters on the east shore will get a late boat for six months, the authority said after a "
                + "long debate.", a.dek());
        assertEquals("Mara Lind and Oskar Vey", a.byline());
        assertEquals("The Harbour Gazette", a.outlet());
        assertEquals("2025-10-18", a.published());
        assertTrue(a.body().startsWith("The harbour authority of Port Elsin voted"), a.body());
        assertEquals(3, a.body().split("\n\n").length);
        assertTrue(a.body().endsWith("officials said."), a.body());
    }

    @Test
    void bareNameLineAboveOutletLineIsTheByline() {
        Article a = articles.get(1);
        assertEquals("Petra Holm", a.byline());
        assertEquals("NordWire", a.outlet());
        assertEquals("2025-10-19", a.published());
        assertNull(a.dek());
        // A "Read more" that does not follow the repeated title is body text, and a two-line paragraph keeps its
        // line break.
        assertEquals("""
                Hundreds of miners went back to work in the Kesta valley on Sunday, a week after floods closed the road to the pits.
                The water has now drained from the lower shafts.

                Read more

                “We lost a week, not the mine,” the foreman, Jon Sallo, told reporters.""", a.body());
    }

    @Test
    void bylineWithoutOutletAndDateWithWeekday() {
        Article a = articles.get(2);
        assertEquals("Rian Castell", a.byline());
        assertNull(a.outlet());
        assertEquals("2025-10-21", a.published());
        assertNull(a.dek());
        assertTrue(a.body().startsWith("The city council of Vardholm"), a.body());
    }

    @Test
    void lastArticleWithoutReadMoreKeepsItsRepeatedDekInTheBodyOnly() {
        Article a = articles.get(3);
        String dek = "Fishers on Lake Orvan say the catch has halved in ten years and ask for a survey.";
        assertEquals(dek, a.dek());
        assertNull(a.outlet());
        assertNull(a.byline());
        assertNull(a.published());
        assertTrue(a.body().startsWith("The fishing cooperative"), "the dek above the body is not body");
        assertEquals(1, a.body().split(java.util.regex.Pattern.quote(dek), -1).length - 1,
                "the repetition inside the body stays");
        assertTrue(a.body().endsWith("by the end of the year."), a.body());
    }

    @Test
    void everyBodyParagraphIsVerbatimFromTheFile() {
        for (Article a : articles) {
            for (String paragraph : a.body().split("\n\n")) {
                assertTrue(file.contains(paragraph), paragraph);
            }
        }
    }

    @Test
    void aDigestArticleWithATitleButNoTextIsOneBadRecord() throws BadInputException {
        String digest = """
                Pier Opens After Repairs

                The pier opened on Friday after a year of repairs.

                Pier Opens After Repairs
                read more

                Video: Storm Over The Bay

                By Eva Strand

                Video: Storm Over The Bay
                read more

                Market Moves To The Square

                The market moved to the square on Saturday.

                Market Moves To The Square
                read more
                """;
        FileRecords records = new ArticleReader().records("d.txt", digest.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("Pier Opens After Repairs", "Market Moves To The Square"),
                records.articles().stream().map(Article::title).toList());
        assertEquals(List.of("d.txt:8: article \"Video: Storm Over The Bay\" has a title but no text"),
                records.badRecords().stream().map(Throwable::getMessage).toList());
    }
}
