package whosaid.attribution;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import whosaid.ingest.Article;
import whosaid.quotes.Quote;
import whosaid.quotes.QuoteDetector;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pipeline runs detection and attribution on every article of unseen news, so no input may throw or break
 * the contract: one attribution per quotation in order, offsets that point at the quoted text, and a speaker
 * that the article's speaker list holds. Inputs are the odd shapes that scraped news really has.
 */
class OddInputTest {
    private static final int BIG = 50_000;

    record Case(String label, String title, String body) {
        @Override
        public String toString() {
            return label;
        }
    }

    static Stream<Case> oddInputs() {
        List<Case> c = new ArrayList<>();
        c.add(new Case("empty body, no title", null, ""));
        c.add(new Case("empty body, empty title", "", ""));
        c.add(new Case("blank lines only", "   ", "\n\n  \n\t\n"));
        c.add(new Case("a lone opening mark", "“", "“"));
        c.add(new Case("a lone closing mark", "”", "”"));
        c.add(new Case("empty quotation", "“”", "“”"));
        c.add(new Case("straight marks only", "\"\"\"", "\"\"\"\"\""));
        c.add(new Case("single marks only", "‘’‘", "‘ ’ ‘ ’’ ‘"));
        c.add(new Case("only quotations", "“A” “B”", "“One.” “Two.”\n\n“Three,” “four.”\n\n“Five"));
        c.add(new Case("one quoted sentence", null, "“We are ready.”"));
        c.add(new Case("colon headline with nothing after", "Varn:", "Varn said: “"));
        c.add(new Case("colon only", ":", ": “x” :"));
        c.add(new Case("cues at the very end", "Mr.", "He said\n\nthe minister said\n\naccording to\n\n“x,” said\n\n"
                + "“y,” said the\n\nMs.\n\n“z,” according to\n\nsaid Ms.\n\n“w” —"));
        c.add(new Case("no punctuation at all", "budget talks", "the minister said we will win the vote "
                + "she told reporters nothing would change according to officials it was late"));
        c.add(new Case("windows line ends", "A “title”", "Ana Ruiz said:\r\n\r\n“Yes.”\r\n“No,” she said.\r\n"));
        c.add(new Case("odd unicode", "😀 “\u200b”", "\u202eAna\u200b Ruiz\u00a0said “\uD83D\uDE00\u0301” "
                + "and \u05e9\u05dc\u05d5\u05dd “שלום,” he said.\u0000 “\uD800”"));
        c.add(new Case("50 KB paragraph of plain words", null, repeat("and the river rose again ", BIG)));
        c.add(new Case("50 KB paragraph without spaces", null, repeat("x", BIG)));
        c.add(new Case("50 KB paragraph of quotations and cues", "Big: “x”",
                repeat("“We will stay,” said Ana Ruiz, the mayor, and she added: “not now.” ", BIG)));
        c.add(new Case("50 KB of unbalanced straight marks", null, repeat("\"word ", BIG)));
        c.add(new Case("50 KB of unbalanced single marks", null, repeat("‘word and ’ x ‘", BIG)));
        c.add(new Case("50 KB of opening marks", null, repeat("“a ", BIG)));
        c.add(new Case("50 KB of capitalised words", null, repeat("Ana Ruiz Of Mr. ", BIG)));
        c.add(new Case("50 KB of colons and marks", null, repeat("X: “", BIG)));
        c.add(new Case("50 KB of sentences", null, repeat("He said it. “No.” She said: “Yes.” ", BIG)));
        c.add(new Case("50 KB of cues without stops", null, repeat("Ana Ruiz said and the minister told ", BIG)));
        c.add(new Case("50 KB of cued quotations without stops", null, repeat("said “x” told “y” ", BIG)));
        c.add(new Case("many short paragraphs", "T", repeat("“Q,” he said.\n\n", BIG)));
        return c.stream();
    }

    private static String repeat(String unit, int chars) {
        StringBuilder sb = new StringBuilder(chars + unit.length());
        while (sb.length() < chars) {
            sb.append(unit);
        }
        return sb.toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oddInputs")
    void oddInputNeverThrowsAndKeepsTheContract(Case c) {
        List<Quote> quotes = new QuoteDetector().detect(c.title(), c.body());
        for (Quote q : quotes) {
            String source = q.inTitle() ? c.title() : c.body();
            assertTrue(q.start() >= 0 && q.start() <= q.end() && q.end() <= source.length(), c.label());
            assertEquals(source.substring(q.start(), q.end()), q.text(), c.label());
        }
        Article a = new Article(null, c.title(), null, null, null, null, null, c.body(), "test", 1);
        ArticleAttribution aa = new QuoteAttributor().analyse(a, quotes);
        assertEquals(quotes.size(), aa.attributions().size(), c.label());
        for (int i = 0; i < quotes.size(); i++) {
            Attribution at = aa.attributions().get(i);
            assertEquals(quotes.get(i), at.quote(), c.label());
            if (at.speaker() != null) {
                assertNotNull(aa.speakerOf(at), c.label() + ": speaker " + at.speaker() + " not in the list");
            }
        }
        SpeakerLinker linker = new SpeakerLinker(List.of());
        for (ArticleSpeaker s : aa.speakers()) {
            assertNotNull(linker.link(s).speaker(), c.label());
        }
    }

    /** Words and marks that drive the attribution rules, shuffled into nonsense that must still never throw. */
    private static final String[] PIECES = {"said", "told", "according", "to", "saying", ",", ".", ":", "“", "”",
            "\"", "‘", "’", "'", "Mr.", "Ms", "Sir", "Alan", "Ana", "Ruiz", "Wang", "Lei", "Jr.", "R-Ark.", "the",
            "a", "minister", "spokesman", "of", "for", "ministry", "he", "she", "it", "they", "his", "her", "who",
            "quoted", "as", "38-year-old", "12,000", "—", "\n\n", "\n", "?", "!", "(", ")", "U.S.", "T.", "added",
            "Union", "leader", "in", "a", "statement", "company", "Residents", "called", "“Yes,”", "”.", "’s"};

    @Test
    void randomJumblesOfCuesNamesAndMarksNeverThrow() {
        java.util.Random random = new java.util.Random(20261124L);
        for (int n = 0; n < 400; n++) {
            StringBuilder body = new StringBuilder();
            int len = random.nextInt(120);
            for (int w = 0; w < len; w++) {
                body.append(PIECES[random.nextInt(PIECES.length)]).append(random.nextInt(4) == 0 ? "" : " ");
            }
            String title = random.nextBoolean() ? null : PIECES[random.nextInt(PIECES.length)] + ": "
                    + PIECES[random.nextInt(PIECES.length)] + " “x”";
            oddInputNeverThrowsAndKeepsTheContract(new Case("jumble " + n, title, body.toString()));
        }
    }
}
