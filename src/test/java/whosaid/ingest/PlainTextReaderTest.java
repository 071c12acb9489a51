package whosaid.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlainTextReaderTest {
    private final ArticleReader reader = new ArticleReader();

    @Test
    void titleOutletIsoDateAndExactBody() throws BadInputException {
        List<Article> articles = reader.read("plain.txt", Fixtures.bytes("plain.txt"));
        assertEquals(1, articles.size());
        Article a = articles.get(0);
        assertEquals("Tidal Power Plant Opens in Skarvik", a.title());
        assertEquals("The Morning Ledger", a.outlet());
        assertNull(a.byline());
        assertEquals("2025-10-18", a.published());
        assertNull(a.dek());
        assertEquals(1, a.line());
        // Trailing spaces go, the narrow no-break space and curly quotes stay, several blank lines become one.
        assertEquals("A tidal power plant opened on Saturday in the fjord town of Skarvik,\n"
                + "the first of its kind in the region.\n\n"
                + "The plant\u202fmanager, Lena Okafor, said: \u201cThe tide never takes a day off.\u201d\n\n"
                + "It will power about 4,000 homes.", a.body());
    }

    @Test
    void aFileThatStartsWithAParagraphHasNoTitle() throws BadInputException {
        Article a = reader.read("plain-no-title.txt", Fixtures.bytes("plain-no-title.txt")).get(0);
        assertNull(a.title());
        assertEquals("A council spokesman, Per Alm, said on Monday that the budget\nwould be published in full.",
                a.body());
    }

    @Test
    void windowsLineEndingsAndAStaffBylineNamingTheOutlet() throws BadInputException {
        String text = "Snow Closes Mountain Pass\r\n\r\nBy Fjell Herald Staff\r\n12 March 2024\r\n\r\n"
                + "The Holt pass closed on Tuesday.\r\n\r\nIt may open on Friday.\r\n";
        Article a = reader.read("snow.txt", text.getBytes(StandardCharsets.UTF_8)).get(0);
        assertEquals("Fjell Herald Staff", a.byline());
        assertEquals("Fjell Herald", a.outlet());
        assertEquals("2024-03-12", a.published());
        assertEquals("The Holt pass closed on Tuesday.\n\nIt may open on Friday.", a.body());
    }

    @Test
    void aShortPieceWithoutHeaderHasNoDek() throws BadInputException {
        String text = "Library Extends Hours\n\nThe town library will open on Sundays from May.\n\n"
                + "The change costs little, the librarian said.\n";
        Article a = reader.read("library.txt", text.getBytes(StandardCharsets.UTF_8)).get(0);
        assertNull(a.dek());
        assertEquals("The town library will open on Sundays from May.\n\n"
                + "The change costs little, the librarian said.", a.body());
    }

    @Test
    void aQuotedFirstParagraphStaysInTheBody() throws BadInputException {
        String text = "Coach Quits\n\n\u201cI have given all I had,\u201d the coach, Ida Lunde, said on Sunday.\n\n"
                + "She led the club for nine years.\n\nA successor will be named in June.\n";
        Article a = reader.read("coach.txt", text.getBytes(StandardCharsets.UTF_8)).get(0);
        assertNull(a.dek());
        assertEquals(3, a.body().split("\n\n").length);
    }

    @Test
    void aFileMayStartWithItsBylineInsteadOfATitle() throws BadInputException {
        String text = "By Ana Ruiz\nMay 2, 2024\n\nThe ferry strike ended on Thursday.\n";
        Article a = reader.read("strike.txt", text.getBytes(StandardCharsets.UTF_8)).get(0);
        assertNull(a.title());
        assertEquals("Ana Ruiz", a.byline());
        assertEquals("2024-05-02", a.published());
        assertEquals("The ferry strike ended on Thursday.", a.body());

        Article b = reader.read("s.txt", "By Ana Ruiz\n\nThe strike ended.\n".getBytes(StandardCharsets.UTF_8)).get(0);
        assertNull(b.title());
        assertEquals("Ana Ruiz", b.byline());
        assertEquals("The strike ended.", b.body());
    }

    @Test
    void outletLineAboveTheByline() throws BadInputException {
        String text = "Dam Repairs Finish Early\n\nRiver Post\nBy Ana Ruiz\n\nThe dam reopened.\n\nIt cost less.\n";
        Article a = reader.read("dam.txt", text.getBytes(StandardCharsets.UTF_8)).get(0);
        assertEquals("River Post", a.outlet());
        assertEquals("Ana Ruiz", a.byline());
        assertNull(a.published());
        assertNull(a.dek());
        assertEquals("The dam reopened.\n\nIt cost less.", a.body());
    }
}
