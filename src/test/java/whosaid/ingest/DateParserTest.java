package whosaid.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateParserTest {
    private final DateParser dates = new DateParser();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "19 Oct 2025|2025-10-19",
            "7 September 2024|2024-09-07",
            "7 Sept 2024|2024-09-07",
            "October 18, 2025|2025-10-18",
            "Oct. 18, 2025|2025-10-18",
            "Oct 18 2025|2025-10-18",
            "March 3rd, 2023|2023-03-03",
            "2025-10-18|2025-10-18",
            "2025-10-18T09:30:00Z|2025-10-18",
            "18/10/2025|2025-10-18",
            "10/18/2025|2025-10-18",
            "05/05/2025|2025-05-05",
            "Sunday, October 19, 2025|2025-10-19",
            "Sun 19 Oct 2025|2025-10-19",
            "Tue, 21 October 2025|2025-10-21",
            "19 Oct 2025 14.30 BST|2025-10-19",
            "October 18, 2025 at 2:05 p.m. EDT|2025-10-18",
            "Published: 12 March 2024|2024-03-12",
    })
    void readsCommonNewsDateForms(String text, String iso) {
        assertEquals(Optional.of(iso), dates.toIso(text));
        assertTrue(dates.isDateLine(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"10/11/2025", "31 Feb 2025"})
    void ambiguousOrImpossibleDatesAreDateLinesWithoutADate(String text) {
        assertTrue(dates.isDateLine(text));
        assertEquals(Optional.empty(), dates.toIso(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"The Daily Courier", "Talks resumed on 19 Oct 2025 in the capital.", "2025",
            "19 Octopus 2025", "By Ana Ruiz", "1,200 homes"})
    void otherLinesAreNotDates(String text) {
        assertFalse(dates.isDateLine(text));
        assertEquals(Optional.empty(), dates.toIso(text));
    }
}
