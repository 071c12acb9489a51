package whosaid.contradictions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class PleaContradictionTest {
    private final ContradictionFinder finder = new ContradictionFinder();

    private static List<Contradiction> pleas(List<Contradiction> found) {
        return found.stream().filter(c -> c.why().contains("pleaded not guilty")).toList();
    }

    @Test
    void aNotGuiltyPleaStandsAgainstTheCaseStatedAgainstTheSamePerson() {
        ArticleRef a = Fixtures.article(1, "Daily Lantern",
                "The former harbour master of Kelby went on trial on Monday. "
                        + "Ms. Odile Brann, 58, who ran the port for a decade, has pleaded not guilty. "
                        + "The weather in Kelby was mild. "
                        + "Prosecutors say the contractor paid more than $40,000 toward Brann's holidays between 2027 and 2029.");
        List<Contradiction> found = pleas(finder.find(List.of(a), List.of()));
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).a().text().startsWith("Prosecutors say"), found.toString());
        assertTrue(found.get(0).b().text().contains("pleaded not guilty"), found.toString());
        assertEquals("denial", found.get(0).kind());
    }

    @Test
    void aGuiltyPleaOrACaseAgainstSomeoneElseIsNoMatch() {
        ArticleRef guilty = Fixtures.article(1, "Daily Lantern",
                "Odile Brann pleaded guilty on Monday. Prosecutors say Brann took $40,000 from the contractor.");
        assertEquals(List.of(), pleas(finder.find(List.of(guilty), List.of())));
        ArticleRef other = Fixtures.article(2, "Morning Post",
                "Odile Brann pleaded not guilty on Monday. Prosecutors say Tam Vesk took $40,000 from the contractor.");
        assertEquals(List.of(), pleas(finder.find(List.of(other), List.of())));
    }
}
