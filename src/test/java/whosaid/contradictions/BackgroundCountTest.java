package whosaid.contradictions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Counts two reports give as their sources' figures disagree; the writers' background counts do not. */
class BackgroundCountTest {
    private final ContradictionFinder finder = new ContradictionFinder();

    private List<Contradiction> numeric(String a, String b) {
        return finder.find(List.of(Fixtures.article(1, "Daily Lantern", a), Fixtures.article(2, "Morning Post", b)),
                List.of()).stream().filter(c -> c.kind().equals("numeric")).toList();
    }

    @Test
    void twoSourcesCountingTheSameStrikersDisagree() {
        List<Contradiction> found = numeric("The dockers' union said 2,000 dockers had walked out at Port Wenlow.",
                "The port company said 1,400 dockers had walked out at Port Wenlow.");
        assertEquals(1, found.size(), found.toString());
    }

    @Test
    void backgroundCountsThresholdsAndKindsOfContestAreNoDispute() {
        assertTrue(numeric("Eleven districts vote in the Wenlow council election on Tuesday, in 40 wards.",
                "The Wenlow council election on Tuesday is held in 30 wards, the council said.").isEmpty());
        assertTrue(numeric("Any party would need 31 seats to control the Wenlow council, the council said.",
                "Officials said the Greens hold 24 seats on the Wenlow council.").isEmpty());
        assertTrue(numeric("Analysts said the Wenlow council race had become a three-way race.",
                "Party officials said the Wenlow council race was a two-way race now.").isEmpty());
    }
}
