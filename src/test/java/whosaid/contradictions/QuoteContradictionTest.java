package whosaid.contradictions;

import org.junit.jupiter.api.Test;
import whosaid.claims.Statement;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuoteContradictionTest {
    private final ContradictionFinder finder = new ContradictionFinder();

    @Test
    void theSameWordsGivenToTwoSpeakersIsAnAttributionConflict() {
        ArticleRef a = Fixtures.article(1, "Daily Lantern",
                "Anton Reyes, the ministry spokesman, said “no ship will enter the bay without a permit” on Monday.");
        ArticleRef b = Fixtures.article(2, "Morning Post",
                "The Maritime Ministry said that “no ship will enter the bay without a permit”.");
        List<Statement> quotes = List.of(
                Fixtures.quote(1, a, "Anton Reyes", "no ship will enter the bay without a permit"),
                Fixtures.quote(2, b, "Maritime Ministry", "no ship will enter the bay without a permit"));
        List<Contradiction> found = finder.find(List.of(a, b), quotes);
        assertEquals(1, found.size(), found.toString());
        assertEquals("attribution", found.get(0).kind());
        assertTrue(found.get(0).why().contains("Anton Reyes") && found.get(0).why().contains("Maritime Ministry"));
    }

    @Test
    void twoSpeakersSharingWordsOutOfOrderAreNotGivenTheSameWords() {
        ArticleRef a = Fixtures.article(1, "Daily Lantern",
                "Senator Ruth Olande said the port belongs to its workers, “not a handful of wealthy shipping donors.”");
        ArticleRef b = Fixtures.article(2, "Morning Post",
                "“A handful of dock families built this port, and it is not for a few wealthy shipping donors,” said Mayor Ilse Varga.");
        List<Statement> quotes = List.of(
                Fixtures.quote(1, a, "Ruth Olande", "not a handful of wealthy shipping donors."),
                Fixtures.quote(2, b, "Ilse Varga",
                        "A handful of dock families built this port, and it is not for a few wealthy shipping donors,"));
        assertTrue(finder.find(List.of(a, b), quotes).stream().noneMatch(c -> c.kind().equals("attribution")));
        assertTrue(QuoteRule.sameRun(List.of("no", "ship", "will", "enter", "the", "bay", "now"),
                List.of("no", "ship", "will", "enter", "the", "harbour", "now")), "one word changed keeps the run");
    }

    @Test
    void aChangedNumberInTheSameSpeakersWordsIsMaterial() {
        ArticleRef a = Fixtures.article(1, "Daily Lantern", "“We will open 12 new schools in Kelm this year,” Mayor Ilse Varga said.");
        ArticleRef b = Fixtures.article(2, "Morning Post", "“We will open 20 new schools in Kelm this year,” said Varga.");
        List<Statement> quotes = List.of(
                Fixtures.quote(1, a, "Ilse Varga", "We will open 12 new schools in Kelm this year,"),
                Fixtures.quote(2, b, "Ilse Varga", "We will open 20 new schools in Kelm this year,"));
        List<Contradiction> found = finder.find(List.of(a, b), quotes);
        assertTrue(found.stream().anyMatch(c -> c.kind().equals("wording") && c.why().contains("[12] vs [20]")),
                found.toString());
    }

    @Test
    void aQuoteCutFromALongerOneBySameSpeakerIsNoConflict() {
        ArticleRef a = Fixtures.article(1, "Daily Lantern", "“The bridge will reopen in May, and tolls will stay low,” Varga said.");
        ArticleRef b = Fixtures.article(2, "Morning Post", "Varga said “the bridge will reopen in May”.");
        List<Statement> quotes = List.of(
                Fixtures.quote(1, a, "Ilse Varga", "The bridge will reopen in May, and tolls will stay low,"),
                Fixtures.quote(2, b, "Ilse Varga", "the bridge will reopen in May"));
        assertEquals(List.of(), finder.find(List.of(a, b), quotes));
    }

    @Test
    void oneStatementQuotedInOtherWordsByTwoOutletsIsAWordingConflictOnlyWhenItIsOneClaim() {
        ArticleRef a = Fixtures.article(1, "Daily Lantern",
                "Minister Hal Brick wrote: “Smuggling across the northern border will end at once,” on Monday.");
        ArticleRef b = Fixtures.article(2, "Morning Post",
                "Brick posted: “Smuggling from Norland into our ports will be stopped at once,” on Monday.");
        var qa = Fixtures.quote(1, a, "Hal Brick", "Smuggling across the northern border will end at once,");
        var qb = Fixtures.quote(2, b, "Hal Brick", "Smuggling from Norland into our ports will be stopped at once,");
        List<Contradiction> grouped = new ContradictionFinder().find(List.of(a, b), List.of(qa, qb), java.util.Map.of(1L, 9L, 2L, 9L));
        assertTrue(grouped.stream().anyMatch(c -> c.kind().equals("wording")), grouped.toString());
        List<Contradiction> apart = new ContradictionFinder().find(List.of(a, b), List.of(qa, qb), java.util.Map.of(1L, 9L, 2L, 10L));
        assertTrue(apart.stream().noneMatch(c -> c.kind().equals("wording")), apart.toString());
    }
}
