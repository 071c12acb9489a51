package whosaid.contradictions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import whosaid.claims.Statement;

/** Invented reports of one story: each rule lists a disagreement about one thing and nothing about two things. */
class SameThingTest {
    private final ContradictionFinder finder = new ContradictionFinder();

    private List<Contradiction> find(List<ArticleRef> articles, List<Statement> statements) {
        return finder.find(articles, statements);
    }

    @Test
    void twoTollsOfOneFloodDisagreeButOneOutletsUpdateDoesNot() {
        ArticleRef a = Fixtures.article(1, "Daily Lantern", "At least 12 people were killed when the Brell flood hit Sarno on Monday.");
        ArticleRef b = Fixtures.article(2, "Morning Post", "The Brell flood killed 40 people in Sarno on Monday, officials said.");
        ArticleRef c = Fixtures.article(3, "Daily Lantern", "The Brell flood killed 40 people in Sarno on Monday, officials said.");
        assertEquals(1, find(List.of(a, b), List.of()).stream().filter(x -> x.kind().equals("numeric")).count());
        assertEquals(List.of(), find(List.of(a, c), List.of()));
    }

    @Test
    void agesSpansBackAndSurveySharesAreNotDisputedAmounts() {
        ArticleRef a = Fixtures.article(1, "Daily Lantern",
                "Mayor Ilse Varga, the 61-year-old head of the Sarno council, won the vote four years ago. "
                        + "A poll of Sarno voters gave Varga 45 percent of the vote.");
        ArticleRef b = Fixtures.article(2, "Morning Post",
                "Mayor Ilse Varga, the 58-year-old head of the Sarno council, won the vote 12 years ago. "
                        + "A survey of Sarno voters gave Varga 52 percent of the vote.");
        assertEquals(List.of(), find(List.of(a, b), List.of()));
    }

    @Test
    void countsOfDifferentOwnersAreTwoCounts() {
        ArticleRef a = Fixtures.article(1, "Daily Lantern", "In the Sarno race, Anton Pell has 370 delegates so far.");
        ArticleRef b = Fixtures.article(2, "Morning Post", "In the Sarno race, Lise Marr has 163 delegates so far.");
        assertEquals(List.of(), find(List.of(a, b), List.of()));
    }

    @Test
    void refusingAThingOrBeingDeniedIsNoDenialOfAClaim() {
        ArticleRef a = Fixtures.article(1, "Daily Lantern",
                "Sarno voters said the harbour treaty would cost jobs. The council rejected the treaty on Friday. "
                        + "Ferry workers said they were denied a hearing.");
        assertTrue(find(List.of(a), List.of()).stream().noneMatch(c -> c.kind().equals("denial")),
                find(List.of(a), List.of()).toString());
    }

    @Test
    void aDenialOfTheReportAnswersTheReportBeforeIt() {
        ArticleRef a = Fixtures.article(1, "Daily Lantern",
                "The Sarno Gazette reported that the port had lost its licence. The port authority denied the report.");
        List<Contradiction> found = find(List.of(a), List.of());
        assertTrue(found.stream().anyMatch(c -> c.kind().equals("denial") && c.a().text().startsWith("The Sarno Gazette")),
                found.toString());
    }

    @Test
    void aShortPhraseGivenToTwoSpeakersIsAnyonesButALongQuotationIsNot() {
        ArticleRef a = Fixtures.article(1, "Daily Lantern",
                "Pell called the plan “a total disgrace”. “We will close the harbour to every foreign trawler by June,” Pell said.");
        ArticleRef b = Fixtures.article(2, "Morning Post",
                "Marr called it “a total disgrace”. “We will close the harbour to every foreign trawler by June,” Marr said.");
        List<Contradiction> found = find(List.of(a, b), List.of(
                Fixtures.quote(1, a, "Anton Pell", "a total disgrace"),
                Fixtures.quote(2, a, "Anton Pell", "We will close the harbour to every foreign trawler by June,"),
                Fixtures.quote(3, b, "Lise Marr", "a total disgrace"),
                Fixtures.quote(4, b, "Lise Marr", "We will close the harbour to every foreign trawler by June,")));
        List<Contradiction> attribution = found.stream().filter(c -> c.kind().equals("attribution")).toList();
        assertEquals(1, attribution.size(), found.toString());
        assertTrue(attribution.get(0).a().text().startsWith("We will close"));
    }

    @Test
    void oneSpeakersWordingsDifferInContentOnlyByAFigureOrANegation() {
        ArticleRef a = Fixtures.article(1, "Daily Lantern",
                "“We will hire 200 new nurses at the Sarno hospital this year,” Varga said. "
                        + "“No, I said the harbour will reopen in May,” Varga said.");
        ArticleRef b = Fixtures.article(2, "Morning Post",
                "“We will hire 300 new nurses at the Sarno hospital this year,” Varga said. "
                        + "“I said the harbour will reopen in May,” Varga said.");
        List<Contradiction> found = find(List.of(a, b), List.of(
                Fixtures.quote(1, a, "Ilse Varga", "We will hire 200 new nurses at the Sarno hospital this year,"),
                Fixtures.quote(2, a, "Ilse Varga", "No, I said the harbour will reopen in May,"),
                Fixtures.quote(3, b, "Ilse Varga", "We will hire 300 new nurses at the Sarno hospital this year,"),
                Fixtures.quote(4, b, "Ilse Varga", "I said the harbour will reopen in May,")));
        List<Contradiction> wording = found.stream().filter(c -> c.kind().equals("wording")).toList();
        assertEquals(1, wording.size(), found.toString());
        assertTrue(wording.get(0).why().contains("200"), wording.get(0).why());
    }
}
