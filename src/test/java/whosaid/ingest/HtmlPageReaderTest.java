package whosaid.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Pages written for this project (src/test/resources/whosaid/ingest/html), each with its hand-extracted body. */
class HtmlPageReaderTest {
    private static final String DIR = "html/";
    private final ArticleReader reader = new ArticleReader();

    private Article article(String page) throws BadInputException {
        FileRecords records = reader.records(DIR + page, Fixtures.bytes(DIR + page));
        assertEquals(List.of(), records.badRecords().stream().map(Exception::getMessage).toList());
        assertEquals(1, records.articles().size());
        return records.articles().get(0);
    }

    private BadInputException skipped(String page) throws BadInputException {
        FileRecords records = reader.records(DIR + page, Fixtures.bytes(DIR + page));
        assertEquals(List.of(), records.articles().stream().map(Article::body).toList());
        assertEquals(1, records.badRecords().size());
        return records.badRecords().get(0);
    }

    private static String expected(String page) {
        return new String(Fixtures.bytes(DIR + page.replace(".html", ".expected.txt")), StandardCharsets.UTF_8)
                .strip();
    }

    @Test
    void aNewspaperPageGivesItsDeclaredMetadata() throws BadInputException {
        Article a = article("newspaper-article.html");
        assertEquals("Ferry crossings to Marrow Island suspended after hull crack found", a.title());
        assertEquals("2026-03-04", a.published());
        assertEquals("Imogen Tarrant and Declan Oyelaran", a.byline());
        // the publisher in the article's JSON-LD, not the WebSite's name nor the meta author "Gazette Staff"
        assertEquals("The Harbour Gazette", a.outlet());
        assertEquals("https://www.harbourgazette.example/news/2026/03/04/ferry-crossings-suspended", a.url());
        assertEquals("en-gb", a.language());
        assertEquals("Islanders face a week without the mainland service while engineers inspect the vessel", a.dek());
    }

    @Test
    void aNewspaperPageGivesTheStoryWithoutFurniture() throws BadInputException {
        String body = article("newspaper-article.html").body();
        assertEquals(expected("newspaper-article.html"), body);
        for (String furniture : List.of("cookies", "Advertisement", "Share on", "Photograph", "Ferry fares",
                "Morning Tide", "transport correspondent", "Lifeboat crew", "All rights reserved", "Subscribe",
                "dataLayer")) {
            assertFalse(body.contains(furniture), furniture);
        }
    }

    @Test
    void aBlogPostGivesItsVisibleBylineAndDate() throws BadInputException {
        Article a = article("blog-post.html");
        assertEquals("Why our allotment society stopped using peat", a.title());
        assertEquals("2025-11-09", a.published());
        assertEquals("Rosalind Achebe-Hart", a.byline());
        assertEquals("Notes from Plot 14", a.outlet());
        assertEquals("https://plot14.example/2025/11/why-we-stopped-using-peat/", a.url());
        assertEquals(expected("blog-post.html"), a.body());
    }

    /** The live blog's key points restate its updates: the updates are the story. */
    @Test
    void aLiveBlogKeepsEveryUpdate() throws BadInputException {
        Article a = article("live-blog.html");
        assertEquals("Storm Odalys live: rail lines closed as gusts reach 90mph", a.title());
        assertEquals("2026-01-17", a.published());
        assertEquals("Priya Lindqvist", a.byline());
        assertEquals("Northern Ledger", a.outlet());
        assertEquals(expected("live-blog.html"), a.body());
    }

    @Test
    void readersCommentsAreNotTheStory() throws BadInputException {
        Article a = article("article-with-comments.html");
        assertEquals("Library to open on Sundays after volunteers step in", a.title());
        assertEquals("2025-09-22", a.published());
        assertEquals("Bartholomew Njoku", a.byline());
        assertEquals("Kestrel Valley Echo", a.outlet());
        assertEquals(expected("article-with-comments.html"), a.body());
    }

    @Test
    void brokenMarkupStillGivesTheStory() throws BadInputException {
        Article a = article("broken-markup.html");
        assertEquals("Town hall clock stops again", a.title());
        assertEquals("Gwendolyn Rusk", a.byline());
        assertNull(a.published());
        assertEquals(expected("broken-markup.html"), a.body());
    }

    @Test
    void aPageInAnotherLanguageIsReadWithItsLanguage() throws BadInputException {
        Article a = article("french-article.html");
        assertEquals("fr-fr", a.language());
        assertEquals("2025-06-14", a.published());
        assertEquals("La Gazette des Quais", a.outlet());
        assertEquals(expected("french-article.html"), a.body());
    }

    @Test
    void aSectionFrontIsSkippedWithItsReason() throws BadInputException {
        assertTrue(skipped("section-front.html").getMessage().contains("section front"));
    }

    @Test
    void aPaywallStubIsSkippedWithItsReason() throws BadInputException {
        BadInputException e = skipped("paywall-stub.html");
        assertEquals("html/paywall-stub.html:1: a paywall stub: only 23 words of the article are on the page",
                e.getMessage());
    }

    @Test
    void aVideoPageIsSkippedWithItsReason() throws BadInputException {
        assertTrue(skipped("video-page.html").getMessage().contains("video page"));
    }

    @Test
    void everyPageScoresAbove095AgainstItsHandExtractedBody() throws BadInputException {
        for (String page : List.of("newspaper-article.html", "blog-post.html", "live-blog.html",
                "article-with-comments.html", "broken-markup.html", "french-article.html")) {
            ShingleOverlap score = ShingleOverlap.of(article(page).body(), expected(page));
            assertTrue(score.f1() >= 0.95, page + ": " + score);
        }
    }

    /**
     * Pages written after the rules, in other site styles (a wire story in divs, a table-layout site in Latin-1 with
     * br-separated paragraphs, a magazine feature with a pull quote and an inline newsletter box), and never tuned
     * on: their scores are the honest estimate (1.000, 0.977, 0.953 when written; readability4j 1.000, 0.911, 0.939).
     */
    @Test
    void pagesTheRulesWereNotWrittenOnScoreAbove095() throws BadInputException {
        for (String page : List.of("unseen/agency-wire.html", "unseen/old-table-site.html",
                "unseen/magazine-feature.html")) {
            ShingleOverlap score = ShingleOverlap.of(article(page).body(), expected(page));
            assertTrue(score.f1() >= 0.95, page + ": " + score);
        }
        Article wire = article("unseen/agency-wire.html");
        assertEquals("Continental Wire Service", wire.outlet());
        assertEquals("2026-04-10", wire.published());
    }

    @Test
    void aShortBriefThatDeclaresItselfAnArticleIsKept() throws BadInputException {
        String page = "<html><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": "
                + "\"Bridge reopens\", \"publisher\": {\"name\": \"Valley Wire\"}}</script></head><body><nav>"
                + "<h3><a href=/a>One</a></h3><h3><a href=/b>Two</a></h3><h3><a href=/c>Three</a></h3></nav><article>"
                + "<p>KELM (VW) — The Kelm river bridge reopened to traffic on Tuesday after three weeks of repairs, the "
                + "county said.</p></article><div class=river><h3><a href=/d>Four</a></h3><h3><a href=/e>Five</a></h3>"
                + "<h3><a href=/f>Six</a></h3></div></body></html>";
        FileRecords records = reader.records("brief.html", page.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("KELM (VW) — The Kelm river bridge reopened to traffic on Tuesday after three weeks of "
                + "repairs, the county said."), records.articles().stream().map(Article::body).toList());
        assertEquals("Valley Wire", records.articles().get(0).outlet());
    }

    /** What each remaining test page declares or shows, read back; a field the page does not give stays empty. */
    @Test
    void theOtherTestPagesGiveTheirHeadlineDateBylineAndOutlet() throws BadInputException {
        Article french = article("french-article.html");
        assertEquals("Le marché couvert rouvre après deux ans de travaux", french.title());
        Article broken = article("broken-markup.html");
        // no site name, no publisher, no address: no outlet rather than a guess
        assertNull(broken.outlet());
        Article wire = article("unseen/agency-wire.html");
        assertEquals("Grain exports resume through northern port", wire.title());
        Article magazine = article("unseen/magazine-feature.html");
        assertEquals("The last lamplighter of Corran Street", magazine.title());
        assertEquals("2025-12-01", magazine.published());
        assertEquals("Felix Marchbanks-Oduya", magazine.byline());
        assertEquals("Lantern Monthly", magazine.outlet());
    }
}
