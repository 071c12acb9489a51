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
}
