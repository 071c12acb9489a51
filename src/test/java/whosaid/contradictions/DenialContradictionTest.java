package whosaid.contradictions;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DenialContradictionTest {
    private final ContradictionFinder finder = new ContradictionFinder();

    @Test
    void anAccusationMeetsTheDenialInOtherWords() {
        ArticleRef a = Fixtures.article(1, "Daily Lantern",
                "Norland accused Estavia of sheltering fighters of the Red Hand movement. Trade between them fell.");
        ArticleRef b = Fixtures.article(2, "Morning Post",
                "Estavia has denied harbouring Red Hand fighters, and said its border was closed. Markets were calm.");
        List<Contradiction> found = finder.find(List.of(a, b), List.of());
        List<Contradiction> denials = found.stream().filter(c -> c.kind().equals("denial")).toList();
        assertEquals(1, denials.size(), found.toString());
        Contradiction d = denials.get(0);
        assertTrue(d.a().text().startsWith("Norland accused") && d.b().text().startsWith("Estavia has denied"), d.toString());
        assertTrue(d.why().startsWith("Estavia denies harbouring"), d.why());
    }

    @Test
    void aDenialBySomeoneElseOfAnotherActIsNoMatch() {
        ArticleRef a = Fixtures.article(1, "Daily Lantern", "Norland accused Estavia of sheltering Red Hand fighters.");
        ArticleRef b = Fixtures.article(2, "Morning Post", "Estavia denied raising taxes on Red Hand farmers.");
        assertEquals(List.of(), finder.find(List.of(a, b), List.of()));
    }

    @Test
    void aDenialOfTheChargesPointsBackAndAContrastSetsEvidenceAgainstADenial() {
        ArticleRef a = Fixtures.article(1, "Daily Lantern",
                "Mayor Ilse Varga was convicted of bribery in 2029. (She denied the charges.) "
                        + "The Kelm water board has long denied that the river was polluted. "
                        + "But samples taken last week showed the Kelm water was unsafe, too.");
        List<Contradiction> found = finder.find(List.of(a), List.of());
        assertTrue(found.stream().anyMatch(c -> c.kind().equals("denial") && c.a().text().startsWith("Mayor Ilse Varga")
                && c.b().text().equals("(She denied the charges.)")), found.toString());
        assertTrue(found.stream().anyMatch(c -> c.kind().equals("other") && c.b().text().startsWith("But samples")),
                found.toString());
    }

    @Test
    void aDenialThatSaysWhatItDeniesDoesNotPointBack() {
        ArticleRef a = Fixtures.article(1, "Daily Lantern",
                "Ferries ran late all week. The port authority has denied that any sailings were cancelled overnight.");
        List<Contradiction> found = finder.find(List.of(a), List.of());
        assertTrue(found.stream().noneMatch(c -> c.a().text().startsWith("Ferries ran late")), found.toString());
    }

    @Test
    void aBareDenialPointsBackToTheSentenceBefore() {
        ArticleRef a = Fixtures.article(1, "Daily Lantern",
                "An engineer said a cheaper valve had been fitted to cut costs. Kelmar denied that.");
        List<Contradiction> found = finder.find(List.of(a), List.of());
        assertTrue(found.stream().anyMatch(c -> c.kind().equals("denial") && c.a().text().startsWith("An engineer")
                && c.b().text().equals("Kelmar denied that.")), found.toString());
    }

    @Test
    void aDisputeOfAPartysAccountAnswersThatPartysStatementNotTheSentenceBefore() {
        ArticleRef a = Fixtures.article(1, "Daily Lantern",
                "The ferry company has denied that any sailings were cancelled overnight.\n\n"
                        + "A passenger said her crossing had been called off with an hour's notice.\n\n"
                        + "The crews' union has disputed the company’s account. Its spokesman, Olek Brand, said at least "
                        + "12 sailings had been dropped since Monday.");
        List<Contradiction> found = finder.find(List.of(a), List.of());
        assertTrue(found.stream().anyMatch(c -> c.kind().equals("denial")
                && c.a().text().startsWith("The ferry company has denied")
                && c.b().text().startsWith("The crews' union has disputed") && c.b().text().endsWith("since Monday.")),
                found.toString());
        assertTrue(found.stream().noneMatch(c -> c.a().text().startsWith("A passenger")), found.toString());
    }

    @Test
    void aRejectionThatSaysWhyIsItsOwnSideNotTheQuotationAfterIt() {
        ArticleRef a = Fixtures.article(1, "Daily Lantern",
                "Councillor Mira Oduya said the mayor had ignored the flood warnings for a month.\n\n"
                        + "Mayor Tomas Erl rejected the claim, saying he had met the engineers twice since March. "
                        + "He said Oduya had “chosen to score points over a flood”.");
        var quote = Fixtures.quote(7, a, "Tomas Erl", "chosen to score points over a flood");
        List<Contradiction> found = finder.find(List.of(a), List.of(quote));
        assertTrue(found.stream().anyMatch(c -> c.kind().equals("denial") && c.a().text().startsWith("Councillor Mira Oduya")
                && c.b().text().startsWith("Mayor Tomas Erl rejected the claim")), found.toString());
    }

    @Test
    void aQuotationThatOnlyAddsToAReportIsShownWithTheReport() {
        ArticleRef a = Fixtures.article(1, "Daily Lantern",
                "A diplomat said Minister Lena Sorvik had privately accepted a ten-year quota. “She has more room "
                        + "than she admits,” the diplomat said.\n\n"
                        + "Sorvik’s office denied that. “The minister has made no such offer,” her spokesman, Ivo Renn, said.");
        var report = new whosaid.claims.Statement(5L, 1L, a.article().title(), a.article().outlet(), a.article().published(),
                "A diplomat", "Minister Lena Sorvik had privately accepted a ten-year quota", a.article().body().indexOf("Minister Lena"),
                a.article().body().indexOf("Minister Lena") + "Minister Lena Sorvik had privately accepted a ten-year quota".length(),
                false, whosaid.quotes.QuoteKind.INDIRECT, null);
        var more = Fixtures.quote(6, a, "A diplomat", "She has more room than she admits,");
        var answer = Fixtures.quote(7, a, "Ivo Renn", "The minister has made no such offer,");
        List<Contradiction> found = finder.find(List.of(a), List.of(report, more, answer));
        assertTrue(found.stream().anyMatch(c -> c.kind().equals("denial") && c.a().text().startsWith("A diplomat said")
                && c.a().text().endsWith("the diplomat said.") && c.b().text().startsWith("The minister has made")),
                found.toString());
    }
}
