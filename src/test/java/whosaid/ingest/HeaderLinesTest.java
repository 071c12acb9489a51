package whosaid.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HeaderLinesTest {
    private final HeaderLines headers = new HeaderLines(new DateParser());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "By Ana Ruiz|Ana Ruiz",
            "By , Ana Ruiz and Tom Bell|Ana Ruiz and Tom Bell",
            "BY ANA RUIZ|ANA RUIZ",
            "By Ana Ruiz, Tom Bell and Li Wen|Ana Ruiz, Tom Bell and Li Wen",
            "By Jean-Luc O’Neill and Karim al Said|Jean-Luc O’Neill and Karim al Said",
            "By Courier Staff|Courier Staff",
            "Ana Ruiz Health correspondent|Ana Ruiz",
            "By Ana Ruiz, Political Correspondent|Ana Ruiz",
            "By Ana Ruiz, Chief Reporter, and Tom Bell|Ana Ruiz and Tom Bell",
            "Tom Bell-Hart Chief political editor|Tom Bell-Hart",
    })
    void bylines(String line, String names) {
        assertTrue(headers.isByline(line), line);
        assertEquals(names, headers.cleanByline(line));
    }

    @ParameterizedTest
    @ValueSource(strings = {"By the end of the week the road had reopened.", "By Monday, officials said, repairs began.",
            "Bystanders watched", "By", "Mayor Names Ana Ruiz as new editor"})
    void sentencesStartingWithByAreNotBylines(String line) {
        assertFalse(headers.isByline(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"The Daily Courier", "KTVnews", "Voice of the Valley", "Ana Ruiz", "North 24 Radio",
            "The Post & Ledger"})
    void shortNameLikeLines(String line) {
        assertTrue(headers.isShortNameLike(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Talks resume today.", "the daily courier", "Officials said on Monday that talks resume",
            "19 Oct 2025", "By Ana Ruiz", "Why now?", "“Enough,” she said", "What happens next: the plan"})
    void textIsNotNameLike(String line) {
        assertFalse(headers.isShortNameLike(line), line);
    }

    @Test
    void staffBylinesNameTheirOutlet() {
        assertEquals("Fjord Times", headers.outletOfStaffByline("Fjord Times Staff"));
        assertEquals("Fjord Times", headers.outletOfStaffByline("Fjord Times staff and agencies"));
        assertEquals("Fjord Times", headers.outletOfStaffByline("Fjord Times News Desk"));
        assertNull(headers.outletOfStaffByline("Ana Ruiz"));
        assertNull(headers.outletOfStaffByline("Staff"));
        assertNull(headers.outletOfStaffByline(null));
    }
}
