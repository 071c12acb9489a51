package whosaid.contradictions;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuantityParserTest {
    private final QuantityParser parser = new QuantityParser();

    private List<Quantity> parse(String s) {
        return parser.parse(s, Tokens.tokenize(s));
    }

    @Test
    void readsLengthsWithUnitsAndConversions() {
        List<Quantity> q = parse("The 1,200km (746-mile) canal opened in 1998.");
        assertEquals(2, q.size(), q.toString()); // the year is not an amount
        assertEquals(1200, q.get(0).lo(), 0.01);
        assertEquals("canal", q.get(0).head());
        assertEquals(746 * 1.609344, q.get(1).lo(), 0.01);
        assertEquals("canal", q.get(1).head());
    }

    @Test
    void readsBoundsAndVagueAmountsOfDeadAndWounded() {
        List<Quantity> q = parse("At least 12 villagers were killed and dozens more wounded.");
        assertEquals(2, q.size(), q.toString());
        assertEquals("kill", q.get(0).status());
        assertEquals(12, q.get(0).lo(), 0.01);
        assertTrue(q.get(0).approximate() && q.get(0).hi() > 12);
        assertEquals("injure", q.get(1).status());
        assertEquals(24, q.get(1).lo(), 0.01);
    }

    /** The scales are one list for claims and contradictions: the largest one multiplies here too. */
    @Test
    void readsEveryScaleOfTheNumberScalesList() {
        Quantity debt = parse("The agency put the cost of the dams at 3 trillion dollars.").get(0);
        assertEquals(3e12, debt.lo(), 1);
        Quantity budget = parse("The agency put the cost of the dams at 3 billion dollars.").get(0);
        assertEquals(3e9, budget.lo(), 1);
    }

    @Test
    void readsOddFormsAndDurationsInWords() {
        Quantity dead = parse("the 40-odd dead").get(0);
        assertEquals(40, dead.lo(), 0.01);
        assertTrue(dead.hi() > 40);
        Quantity weeks = parse("For nearly three weeks, the strike went on.").get(0);
        assertEquals("duration", weeks.dimension());
        assertTrue(weeks.lo() < 21 && weeks.hi() == 21, weeks.toString());
    }

    @Test
    void readsWhatIsCountedBeforeAt() {
        List<Quantity> q = parse("The union put the number of striking dockers at 6,000.");
        assertEquals(1, q.size(), q.toString());
        assertEquals(6000, q.get(0).lo(), 0.01);
        assertEquals("docker", q.get(0).head());
        assertEquals(List.of(), parse("The index closed at 6,000."));
    }

    @Test
    void anEstimateKeepsTheFigureItNamesAndItsRounding() {
        Quantity q = parse("Around 3,800 nurses are out.").get(0);
        assertEquals(3800, q.stated(), 0.01);
        assertEquals(100, q.place(), 0.01);
        assertEquals(1000, QuantityParser.significantPlace(4000), 0.01);
        assertEquals(1, QuantityParser.significantPlace(17), 0.01);
    }

    @Test
    void aPercentSignThatEndsTheTextIsRead() {
        List<Quantity> q = parse("An official said the catch fell 15%");
        assertEquals(1, q.size(), q.toString());
        assertEquals("15%", q.get(0).surface());
        assertEquals(1, parse("An official said the catch fell 15%.").size());
        assertEquals("15 per cent", parse("The catch fell 15 per cent.").get(0).surface());
    }
}
