package whosaid.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import opennlp.tools.sentdetect.SentenceDetectorME;

class SentenceSplitterTest {
    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> sentences(String text) {
        return splitter.split(text, new Span(0, text.length())).stream().map(s -> s.of(text)).toList();
    }

    /** Why the news rules exist: the model alone ends a sentence after a title, a month and an initial. */
    @Test
    void theModelAloneSplitsAfterTitlesMonthsAndInitials() {
        String text = "Sen. Ana Ruiz met Gov. Tom Hale on Jan. 5 with James B. Olund in Kelm.";
        List<String> model = Arrays.asList(new SentenceDetectorME(Models.sentences()).sentDetect(text));
        assertTrue(model.size() > 1, "the model splits: " + model);
        assertEquals(List.of(text), sentences(text));
    }

    /** Ends the model alone does not see: before a straight quotation mark, after a dotted acronym. */
    @Test
    void endsTheModelMissesAreAdded() {
        String text = "She would raise the fuel tax. \"A tax rise hurts,\" Hale said. They met in the U.S. He left.";
        List<String> model = Arrays.asList(new SentenceDetectorME(Models.sentences()).sentDetect(text));
        assertTrue(model.size() < 4, "the model alone: " + model);
        assertEquals(List.of("She would raise the fuel tax.", "\"A tax rise hurts,\" Hale said.", "They met in the U.S.",
                "He left."), sentences(text));
    }

    @Test
    void titlesMonthsAndInitialsStayInsideTheSentence() {
        assertEquals(List.of("Sen. Ana Ruiz (D-N.Y.) met Gov. Tom Hale on Jan. 5 in Kelm.", "The talks ended."),
                sentences("Sen. Ana Ruiz (D-N.Y.) met Gov. Tom Hale on Jan. 5 in Kelm. The talks ended."));
        assertEquals(List.of("Mr. Olund met Dr. J. Varga, who has a Ph.D. in law.", "The talks ended at noon."),
                sentences("Mr. Olund met Dr. J. Varga, who has a Ph.D. in law. The talks ended at noon."));
    }

    @Test
    void aLetterAfterALowerCaseWordIsNotAnInitial() {
        assertEquals(List.of("Ruiz wrote on X.", "There was no joint statement."),
                sentences("Ruiz wrote on X. There was no joint statement."));
    }

    @Test
    void aDottedAcronymEndsTheSentenceOnlyBeforeAWordThatOpensOne() {
        assertEquals(List.of("She met the U.S. President and T.T.P. leaders in the U.S.", "The talks ended."),
                sentences("She met the U.S. President and T.T.P. leaders in the U.S. The talks ended."));
    }

    @Test
    void quotationMarksEndSentencesUnlessTheSpeakerFollows() {
        assertEquals(List.of("“We are done.”", "The talks ended."), sentences("“We are done.” The talks ended."));
        assertEquals(List.of("“Why?” Ruiz asked.", "“Because,” said Hale."),
                sentences("“Why?” Ruiz asked. “Because,” said Hale."));
        assertEquals(List.of("“We will not back down.” — Lina Morrow, union organiser"),
                sentences("“We will not back down.” — Lina Morrow, union organiser"));
        assertEquals(List.of("“The game is soft.”", "He says referees stop play too often."),
                sentences("“The game is soft.” He says referees stop play too often."));
        assertEquals(List.of("“How do you bridge it?”", "Hale acknowledged that a rift exists."),
                sentences("“How do you bridge it?”\nHale acknowledged that a rift exists."));
        assertEquals(List.of("“She is wrong!” Mr. Hale wrote on Monday."),
                sentences("“She is wrong!” Mr. Hale wrote on Monday."));
        assertEquals(List.of("“Will it work now?” the analyst asked."),
                sentences("“Will it work now?” the analyst asked."));
    }

    @Test
    void offsetsPointIntoTheTextAndALineBreakAfterAStopEndsASentence() {
        String text = "Intro words.\n\nShe was convicted.\u00a0(She denied the charges.)\nRain fell";
        Span p = Paragraphs.of(text).get(1);
        List<Span> s = splitter.split(text, p);
        assertEquals(List.of("She was convicted.", "(She denied the charges.)", "Rain fell"),
                s.stream().map(x -> x.of(text)).toList());
        assertEquals(text.indexOf("(She"), s.get(1).start());
    }

    @Test
    void aLineWithoutAStopEndsBeforeACapitalButNotBeforeAWrappedWord() {
        assertEquals(List.of("Ruiz Doubts Kelm Plan; Talks Stall", "Ana Ruiz said the plan would fail."),
                sentences("Ruiz Doubts Kelm Plan; Talks Stall\nAna Ruiz said the plan would fail."));
        assertEquals(List.of("The council will vote on\nthe plan on Monday."),
                sentences("The council will vote on\nthe plan on Monday."));
    }

    @Test
    void aTimeStampOrDatelineIsNotPartOfTheFirstSentence() {
        assertEquals(List.of("Ferries stopped on Monday."), sentences("KELM (AP) — Ferries stopped on Monday."));
        assertEquals(List.of("The port has denied that sailings were cut."),
                sentences("10.02 The port has denied that sailings were cut."));
    }
}
