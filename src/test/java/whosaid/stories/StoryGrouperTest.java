package whosaid.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import whosaid.text.TextLayer;

/** Invented reports: two of one ferry strike, one of a football match, one of the strike a month later. */
class StoryGrouperTest {
    private final StoryTerms terms = new StoryTerms();
    private final TextLayer layer = new TextLayer();

    private StoryArticle article(long id, String date, String title, String body, String... speakers) {
        return new StoryArticle(id, title, LocalDate.parse(date), terms.of(layer.of(title, body), List.of(speakers)));
    }

    private static TermRarity rarity(List<StoryArticle> articles) {
        Map<String, Long> df = new HashMap<>();
        articles.forEach(a -> a.terms().keySet().forEach(t -> df.merge(t, 1L, Long::sum)));
        return new TermRarity(articles.size(), df);
    }

    private final StoryArticle strike = article(1, "2031-03-02", "Ferry crews strike at Port Wenlow",
            "Ferry crews at Port Wenlow walked out on Monday, stranding travellers bound for the Kessel Islands. "
                    + "Union leader Maren Osk said the Wenlow Ferry Company had ignored safety warnings.", "Maren Osk");
    private final StoryArticle strikeElsewhere = article(2, "2031-03-03", "Kessel Islands cut off as Wenlow ferry strike goes on",
            "The strike by ferry crews at Port Wenlow entered its second day. Maren Osk, who leads the crews' union, "
                    + "said talks with the Wenlow Ferry Company had stalled. Travellers to the Kessel Islands were stranded.",
            "Maren Osk");
    private final StoryArticle match = article(3, "2031-03-02", "Dunmore Rovers beat Ashby Town",
            "Dunmore Rovers beat Ashby Town 3-1 on Saturday. Coach Tilda Brenn praised her defenders after the match.",
            "Tilda Brenn");
    private final StoryArticle monthLater = article(4, "2031-04-10", "Wenlow ferry crews strike again",
            "Ferry crews at Port Wenlow walked out again, and Maren Osk said the Wenlow Ferry Company had broken its word. "
                    + "Travellers to the Kessel Islands were stranded.", "Maren Osk");

    @Test
    void reportsOfOneEventWithinDaysShareAStoryAndOtherNewsDoesNot() {
        List<StoryArticle> all = List.of(strike, strikeElsewhere, match);
        List<StoryAssignment> out = new StoryGrouper(rarity(all), StoryIndex.NONE).assign(all);
        Map<Long, Long> story = new HashMap<>();
        out.forEach(a -> story.put(a.articleId(), a.story().id()));
        assertEquals(story.get(1L), story.get(2L), out.toString());
        assertNotEquals(story.get(1L), story.get(3L), out.toString());
    }

    @Test
    void theSameEventAMonthLaterIsANewStory() {
        List<StoryArticle> all = List.of(strike, strikeElsewhere, monthLater);
        List<StoryAssignment> out = new StoryGrouper(rarity(all), StoryIndex.NONE).assign(all);
        assertNotEquals(out.get(0).story().id(), out.get(2).story().id(), out.toString());
    }

    @Test
    void aNewArticleJoinsAStoredStoryFoundThroughTheIndex() {
        List<StoryArticle> all = List.of(strike, strikeElsewhere);
        StoryGrouper first = new StoryGrouper(rarity(all), StoryIndex.NONE);
        StoryAssignment a = first.assign(List.of(strike)).get(0);
        StoryProfile stored = new StoryProfile(7, a.story().first(), a.story().last(), 1, a.story().terms());
        StoryIndex index = (wanted, date, days) -> wanted.stream().anyMatch(stored.terms()::containsKey)
                && stored.near(date, days) ? List.of(stored) : List.of();
        StoryAssignment b = new StoryGrouper(rarity(all), index).assign(List.of(strikeElsewhere)).get(0);
        assertEquals(7, b.story().id());
        assertEquals(2, b.story().articles());
        assertTrue(b.score() >= StoryGrouper.JOIN, "score " + b.score());
    }

    @Test
    void aPersonQuotedInBothCountsAsASharedNameButSharedWordsAloneDoNot() {
        StoryProfile story = new StoryProfile(1, LocalDate.parse("2031-03-02"), LocalDate.parse("2031-03-02"), 1,
                Map.of("#maren osk", 1, "ferri", 1, "strike", 1, "crew", 1, "trust", 1));
        Map<String, Double> quotingHer = new java.util.LinkedHashMap<>();
        quotingHer.put("#maren osk", 2.0);
        List.of("ferri", "strike", "crew", "council").forEach(t -> quotingHer.put(t, 1.0));
        assertTrue(StoryGrouper.match(quotingHer, story) > 0.5, quotingHer.toString());
        Map<String, Double> wordsOnly = new java.util.LinkedHashMap<>();
        List.of("ferri", "strike", "crew", "trust", "council").forEach(t -> wordsOnly.put(t, 1.0));
        assertEquals(0.0, StoryGrouper.match(wordsOnly, story));
    }

    @Test
    void wordsNoOtherArticleHoldsDoNotKeepAnArticleOutOfItsStory() {
        StoryProfile story = new StoryProfile(1, LocalDate.parse("2031-03-02"), LocalDate.parse("2031-03-02"), 1,
                Map.of("#maren osk", 1, "@wenlow", 1, "ferri", 1, "strike", 1, "crew", 1));
        Map<String, Double> feature = new java.util.LinkedHashMap<>();
        Map<String, Long> holding = new HashMap<>();
        List.of("#maren osk", "@wenlow", "ferri", "strike", "crew").forEach(t -> {
            feature.put(t, 1.0);
            holding.put(t, 2L);
        });
        // a long feature's own vocabulary: every word held by this article alone
        for (int i = 0; i < 30; i++) {
            feature.put("rareword" + i, 1.5);
            holding.put("rareword" + i, 1L);
        }
        assertTrue(StoryGrouper.match(feature, story) < StoryGrouper.JOIN, "without rarity");
        double score = StoryGrouper.match(feature, story, new TermRarity(10, holding));
        assertTrue(score > 0.9, "score " + score);
    }
}
