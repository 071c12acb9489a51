package whosaid.claims;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FiguresTest {

    private static Figures.Reading read(String text) {
        return Figures.read(TextFolding.tokens(text));
    }

    @Test
    void wordsAndDigitsGiveOneValue() {
        assertEquals(Set.of("15"), read("fifteen miners were trapped").values());
        assertEquals(Set.of("15"), read("15 miners were trapped").values());
        assertEquals(Set.of("25"), read("twenty-five villages").values());
        assertEquals(Set.of("2600"), read("a border of 2,600 km").values());
        assertEquals(Set.of("2600"), read("two thousand six hundred kilometres").values());
        assertEquals(Set.of("250"), read("two hundred and fifty nurses").values());
        assertEquals(Set.of("2600000"), read("2.6 million voters").values());
        assertEquals(Set.of("2600000"), read("2,600,000 voters").values());
        assertEquals(Set.of("24"), read("two dozen trucks").values());
    }

    @Test
    void digitsAreFlaggedAndUnitsDropped() {
        assertTrue(read("prices rose 40 percent").digits());
        assertFalse(read("prices rose forty percent").digits());
        assertEquals(read("prices rose 40%").values(), read("prices rose forty percent").values());
    }

    @Test
    void vagueQuantitiesStayWordsAndPronounOneIsNoCount() {
        assertEquals(Set.of("hundreds"), read("hundreds of families fled").values());
        assertEquals(Set.of(), read("no one was hurt").values());
        assertEquals(Set.of(), read("one of the guards fled").values());
        assertEquals(Set.of("1"), read("one guard fled").values());
    }

    @Test
    void numberTokensAreNotContent() {
        var w = Wording.of("Twenty-five villages lost power", null);
        assertEquals(java.util.List.of("villages", "lost", "power"), w.content());
        assertNotEquals(Wording.of("12 killed", null).numbers(), Wording.of("13 killed", null).numbers());
    }
}
