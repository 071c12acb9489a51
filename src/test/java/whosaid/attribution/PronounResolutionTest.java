package whosaid.attribution;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PronounResolutionTest {
    @Test
    void aPronounSkipsANameMentionedOnlyAsAnObject() {
        ArticleAttribution aa = Fixture.run(null,
                "Harlan Pike, the union leader, said the strike would go on.",
                "The union leader also criticised remarks by Governor Edwin Marsh about wages.",
                "He added: “We will not be bought with promises.”");
        assertEquals("Harlan Pike", Fixture.speakerOf(aa, "We will not"));
    }

    @Test
    void heAndSheFollowGender() {
        ArticleAttribution aa = Fixture.run(null,
                "Ms. Clara Wendt met Mr. Oskar Brill in Lyse on Monday.",
                "Mr. Brill said the deal was close.",
                "“We are one signature away,” she said.");
        assertEquals("Clara Wendt", Fixture.speakerOf(aa, "We are one"));
    }

    @Test
    void theSubjectOfTheLastSentenceIsTheAntecedentEvenWithoutAVerbOfSaying() {
        ArticleAttribution aa = Fixture.run(null,
                "Imre Kallas, a retired teacher, watched the river rise from his porch. “Finally,” he said, "
                        + "“someone is listening.”");
        assertEquals("Imre Kallas", Fixture.speakerOf(aa, "Finally"));
        assertEquals("Imre Kallas", Fixture.speakerOf(aa, "someone"));
    }
}
