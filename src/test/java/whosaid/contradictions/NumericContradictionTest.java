package whosaid.contradictions;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NumericContradictionTest {
    private final ContradictionFinder finder = new ContradictionFinder();

    private List<Contradiction> numeric(String a, String b) {
        List<ArticleRef> arts = List.of(Fixtures.article(1, "Daily Lantern", a), Fixtures.article(2, "Morning Post", b));
        return finder.find(arts, List.of()).stream().filter(c -> c.kind().equals("numeric")).toList();
    }

    @Test
    void differentLengthsInOneUnitConflictButConversionsDoNot() {
        String a = "Floods spread along the 1,200km (746-mile) Varnel canal that links Osterby and Kelm.";
        String b = "Floods spread along the 746-mile (1,201 km) Varnel canal between Osterby and Kelm.";
        List<Contradiction> found = numeric(a, b);
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).why().contains("1,200km") && found.get(0).why().contains("1,201 km"), found.get(0).why());
        String c = "Floods spread along the 746-mile Varnel canal between Osterby and Kelm.";
        assertEquals(List.of(), numeric(a, c));
    }

    @Test
    void compatibleBoundsAreNoConflictButAFarHigherTollIs() {
        String a = "At least 12 villagers were killed in Osterby when the Varnel dam broke, officials said.";
        String b = "Fifteen villagers were killed in Osterby when the Varnel dam broke, a doctor said.";
        assertEquals(List.of(), numeric(a, b));
        String c = "Some 60 villagers were killed in Osterby when the Varnel dam broke, a doctor said.";
        List<Contradiction> found = numeric(a, c);
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).why().startsWith("death toll"), found.get(0).why());
    }

    @Test
    void durationsInWordsDisagree() {
        String a = "Osterby and Kelm agreed to a truce after a week of fighting along the Varnel canal.";
        String b = "For nearly three weeks, Osterby and Kelm traded fire along the Varnel canal.";
        List<Contradiction> found = numeric(a, b);
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).why().contains("a week") && found.get(0).why().contains("nearly three weeks"));
    }

    @Test
    void estimatesThatNameDifferentFiguresDisagreeButRoundingDoesNot() {
        String a = "About 6,000 dockers walked out at the three Kelm ports on Monday, the union said.";
        String b = "Around 5,700 dockers walked out at the Kelm ports on Monday, port officials said.";
        List<Contradiction> found = numeric(a, b);
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).why().contains("About 6,000") && found.get(0).why().contains("5,700"), found.get(0).why());
        String c = "Exactly 6,120 dockers walked out at the Kelm ports on Monday, port officials said.";
        assertEquals(List.of(), numeric(a, c)); // the exact count 6,120 is "about 6,000"
    }
}
