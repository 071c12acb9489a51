package whosaid.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import whosaid.store.Database;
import whosaid.store.StoreException;

/** Every route over HTTP on a real server: status, escaping, the JSON twins' shape, and bad input. */
class WebAppTest {
    @TempDir
    static Path dir;

    static TestServer server;

    @BeforeAll
    static void serve() throws Exception {
        server = new TestServer(dir);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static TestServer.Reply ok(String path) throws Exception {
        TestServer.Reply r = server.get(path);
        assertEquals(200, r.status(), path + " answered " + r.status() + ": " + r.body());
        return r;
    }

    private static long firstId(String html, String prefix) {
        Matcher m = Pattern.compile("href=\"" + Pattern.quote(prefix) + "(\\d+)").matcher(html);
        assertTrue(m.find(), "no link to " + prefix + " in the page");
        return Long.parseLong(m.group(1));
    }

    private static long speakerId(String name) throws Exception {
        for (JsonNode s : ok("/api/speakers?q=" + name.replace(" ", "+")).json().get("items")) {
            if (s.get("speaker").asText().equals(name)) {
                return s.get("speaker_id").asLong();
            }
        }
        throw new AssertionError("no speaker " + name);
    }

    @Test
    void homeHasAClaimBoxAndANameBox() throws Exception {
        TestServer.Reply r = ok("/");
        assertTrue(r.contentType().startsWith("text/html"), r.contentType());
        assertTrue(r.body().contains("action=\"/check\""));
        assertTrue(r.body().contains("action=\"/speakers\""));
    }

    @Test
    void checkFindsAClaimFromAParaphraseAsPageAndJson() throws Exception {
        String page = ok("/check?q=the+authority+never+put+four+percent+in+writing").body();
        long claimId = firstId(page, "/claims/");
        JsonNode api = ok("/api/check?q=the+authority+never+put+four+percent+in+writing").json();
        assertEquals(1, api.get("page").asInt());
        assertTrue(api.get("total").asInt() >= 1);
        JsonNode best = api.get("items").get(0);
        assertEquals(claimId, best.get("claim_id").asLong());
        assertTrue(best.get("text").asText().contains("four percent in writing"), best.toString());
        for (String field : new String[]{"speakers", "outlets", "quote_ids", "first_published", "score",
                "same_sense", "wordings", "meaning", "weak"}) {
            assertTrue(best.has(field), "check result lacks " + field);
        }
        assertEquals("Tomas Brandt", best.get("speakers").get(0).asText());
        assertTrue(best.get("meaning").asDouble() >= 0.6, "a paraphrase is close in meaning: " + best);
        assertFalse(best.get("weak").asBoolean());
        assertTrue(page.contains("meaning " + String.format(java.util.Locale.ROOT, "%.2f",
                best.get("meaning").asDouble())), "the page shows how close in meaning");
        assertFalse(page.contains("id=\"weak-best\""));
    }

    @Test
    void checkSaysWhenTheBestMatchIsOnlyRelated() throws Exception {
        String q = "/check?q=writing+a+letter+to+the+authority+about+the+weather";
        JsonNode api = ok("/api" + q).json();
        assertTrue(api.get("total").asInt() >= 1, "something related is found");
        assertTrue(api.get("items").get(0).get("weak").asBoolean(), api.toString());
        String page = ok(q).body();
        assertTrue(page.contains("id=\"weak-best\""), "the page says no claim states it closely");
        assertTrue(page.contains("<span class=\"weak\">weak match</span>"));
    }

    @Test
    void checksAnsweredConcurrentlyAgreeWithOneAnsweredAlone() throws Exception {
        String q = "/api/check?q=the+authority+never+put+four+percent+in+writing";
        long alone = ok(q).json().get("items").get(0).get("claim_id").asLong();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<TestServer.Reply>> replies = new java.util.ArrayList<>();
            for (int i = 0; i < 16; i++) {
                replies.add(pool.submit(() -> server.get(q)));
            }
            for (var f : replies) {
                TestServer.Reply r = f.get();
                assertEquals(200, r.status(), r.body());
                assertEquals(alone, r.json().get("items").get(0).get("claim_id").asLong());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void speakersListAndPage() throws Exception {
        String list = ok("/speakers").body();
        assertTrue(list.contains("Mara Lindqvist"));
        long id = speakerId("Mara Lindqvist");
        String page = ok("/speakers/" + id).body();
        assertTrue(page.contains("<h1>Mara Lindqvist</h1>"));
        assertTrue(page.contains("id=\"timeline\""), "the speaker page draws a timeline");
        assertTrue(page.contains("<circle class=\"dot\""));
        assertTrue(page.contains("Harbour Daily"), "the outlets that quote her");
        assertTrue(page.contains("Lindqvist"), "a name form seen");
        JsonNode api = ok("/api/speakers/" + id).json();
        assertEquals("Mara Lindqvist", api.get("speaker").asText());
        assertTrue(api.get("quotations").get("items").size() >= 2);
        assertTrue(api.get("quotations").get("items").get(0).has("quote_id"));
        assertTrue(api.get("claims").get("items").get(0).has("claim_id"));
    }

    @Test
    void speakersFilterByNameAndPage() throws Exception {
        JsonNode one = ok("/api/speakers?q=lindq").json();
        assertEquals(1, one.get("total").asInt());
        JsonNode paged = ok("/api/speakers?limit=1&page=2").json();
        assertEquals(1, paged.get("items").size());
        assertEquals(2, paged.get("page").asInt());
        assertTrue(paged.get("total").asInt() > 2);
    }

    @Test
    void claimPageShowsEveryWordingWithDifferencesAndTheFirstReport() throws Exception {
        JsonNode check = ok("/api/check?q=nobody+goes+back+until+there+is+a+signed+agreement").json();
        JsonNode claim = check.get("items").get(0);
        long id = claim.get("claim_id").asLong();
        assertTrue(claim.get("quote_ids").size() >= 2, "the union's line is reported twice: " + claim);
        String page = ok("/claims/" + id).body();
        assertTrue(page.contains("first report"));
        assertEquals(claim.get("quote_ids").size(), count(page, "<section class=\"wording"));
        assertTrue(page.contains("/articles/"), "each wording links to its article");
        assertTrue(page.contains("#q"), "... at the quotation's place");
        JsonNode api = ok("/api/claims/" + id).json();
        assertEquals(id, api.get("claim_id").asLong());
        assertEquals(claim.get("quote_ids").size(), api.get("wordings").size());
    }

    @Test
    void articlePageMarksEveryQuotationWithSpeakerCueAndKind() throws Exception {
        long id = speakerId("Priya Raman");
        JsonNode quote = ok("/api/speakers/" + id).json().get("quotations").get("items").get(0);
        String articleId = quote.get("article_id").asText();
        String page = ok("/articles/" + articleId).body();
        assertTrue(page.contains("<mark id=\"q" + quote.get("quote_id").asLong() + "\" class=\"q k-direct\">"), page);
        assertTrue(page.contains("Priya Raman</a> · said · direct"));
        JsonNode api = ok("/api/articles/" + articleId).json();
        assertEquals(articleId, api.get("article_id").asText());
        String text = api.get("text").asText();
        for (JsonNode q : api.get("quotations").get("items")) {
            if (!q.get("in_title").asBoolean()) {
                assertEquals(q.get("text").asText(), text.substring(q.get("start").asInt(), q.get("end").asInt()));
            }
        }
    }

    @Test
    void markupFromTheStoreIsShownAsText() throws Exception {
        String page = ok("/articles/x%3C1%3E%26").body();
        assertFalse(page.contains("<script>alert"), "a stored script tag reaches the page as markup");
        assertFalse(page.contains("<img src=x"), "a stored img tag reaches the page as markup");
        assertFalse(page.contains("<i>Harbour</i>"));
        assertFalse(page.contains("javascript:alert"), "a javascript: url became a link");
        assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertTrue(page.contains("&lt;script&gt;alert(7)&lt;/script&gt; Pier plan"), "the title as text");
        assertTrue(page.contains("<mark id=\"q"), "the hostile article's quotations are marked too");
        String speakers = ok("/speakers").body();
        assertFalse(speakers.contains("<i>Harbour</i>"));
        String outlets = ok("/outlets").body();
        assertTrue(outlets.contains("&lt;i&gt;Harbour&lt;/i&gt; Watch"));
        String check = ok("/check?q=%3Cscript%3Ealert(9)%3C/script%3E+piers").body();
        assertFalse(check.contains("<script>alert(9)"), "the query echoed as markup");
        JsonNode api = ok("/api/articles/x%3C1%3E%26").json();
        assertTrue(api.get("text").asText().contains("<script>alert(1)</script>"), "JSON carries the text as is");
    }

    @Test
    void contradictionsFilterAndShowBothSides() throws Exception {
        String page = ok("/contradictions").body();
        assertTrue(count(page, "<article class=\"contra\"") >= 1, "the sample's figures disagree");
        assertEquals(2 * count(page, "<article class=\"contra\""), count(page, "<div class=\"side\">"));
        JsonNode all = ok("/api/contradictions").json();
        JsonNode first = all.get("items").get(0);
        for (String field : new String[]{"kind", "a", "b", "why", "strength"}) {
            assertTrue(first.has(field), "contradiction lacks " + field);
        }
        for (String field : new String[]{"article_id", "article_title", "outlet", "speaker", "text", "start", "end"}) {
            assertTrue(first.get("a").has(field), "side lacks " + field);
        }
        JsonNode numeric = ok("/api/contradictions?kind=numeric").json();
        numeric.get("items").forEach(c -> assertEquals("numeric", c.get("kind").asText()));
        JsonNode strong = ok("/api/contradictions?min_strength=1").json();
        strong.get("items").forEach(c -> assertEquals(1.0, c.get("strength").asDouble()));
        long story = first.get("story_id").asLong();
        JsonNode inStory = ok("/api/contradictions?story=" + story).json();
        assertTrue(inStory.get("total").asInt() >= 1, "the first contradiction's own story lists it");
        inStory.get("items").forEach(c -> assertEquals(story, c.get("story_id").asLong()));
        assertEquals(0, ok("/api/contradictions?story=999999").json().get("total").asInt(),
                "a story that does not exist holds no contradiction");
        JsonNode nobody = ok("/api/contradictions?speaker=Nobody+Atall").json();
        assertEquals(0, nobody.get("total").asInt());
    }

    @Test
    void storiesListAndPageWithTheirArticlesSpeakersClaimsAndContradictions() throws Exception {
        JsonNode list = ok("/api/stories").json();
        assertTrue(list.get("total").asInt() >= 2, "the sample and the hostile article make more than one story");
        JsonNode first = list.get("items").get(0);
        for (String field : new String[]{"story_id", "title", "first_published", "last_published", "outlets",
                "article_ids", "speakers", "articles"}) {
            assertTrue(first.has(field), "story lacks " + field);
        }
        assertEquals(first.get("articles").asInt(), first.get("article_ids").size());
        String listPage = ok("/stories").body();
        assertEquals(Math.min(20, list.get("total").asInt()), count(listPage, "href=\"/stories/"));

        long withContradiction = ok("/api/contradictions").json().get("items").get(0).get("story_id").asLong();
        JsonNode story = ok("/api/stories/" + withContradiction).json();
        assertEquals(withContradiction, story.get("story_id").asLong());
        assertTrue(story.get("contradictions").get("items").size() >= 1, "the story holds the contradiction found in it");
        story.get("contradictions").get("items")
                .forEach(c -> assertEquals(withContradiction, c.get("story_id").asLong()));
        assertTrue(story.get("claims").get("items").size() >= 1);
        assertEquals(1, ok("/api/stories/" + withContradiction + "?limit=1").json().get("claims").get("items").size(),
                "a story's claims are paged");
        String page = ok("/stories/" + withContradiction).body();
        assertTrue(page.contains("<svg id=\"timeline\""), "a story draws its timeline");
        for (JsonNode articleId : story.get("article_ids")) {
            assertTrue(page.contains("href=\"/articles/" + articleId.asText() + "\""), "links " + articleId);
        }
        assertEquals(story.get("contradictions").get("total").asInt(), count(page, "<article class=\"contra\""));
        assertTrue(page.contains("href=\"/speakers/"), "links the speakers it quotes");
        String article = ok("/articles/" + story.get("article_ids").get(0).asText()).body();
        assertTrue(article.contains("href=\"/stories/" + withContradiction + "\""), "an article links its story");
        String contradictions = ok("/contradictions").body();
        assertTrue(contradictions.contains("href=\"/stories/" + withContradiction + "\""),
                "a contradiction links its story");
    }

    @Test
    void storyPagesShowStoredMarkupAsText() throws Exception {
        JsonNode hostile = null;
        for (JsonNode s : ok("/api/stories?limit=200").json().get("items")) {
            for (JsonNode a : s.get("article_ids")) {
                if (a.asText().equals("x<1>&")) {
                    hostile = s;
                }
            }
        }
        assertTrue(hostile != null, "the hostile article is in a story");
        String list = ok("/stories?limit=200").body();
        String page = ok("/stories/" + hostile.get("story_id").asLong()).body();
        for (String html : new String[]{list, page}) {
            assertFalse(html.contains("<script>alert"), "a stored script tag reaches the page as markup");
            assertFalse(html.contains("<i>Harbour</i>"));
        }
        assertTrue(page.contains("&lt;i&gt;Harbour&lt;/i&gt; Watch"));
        assertTrue(page.contains("href=\"/articles/x%3C1%3E%26\""), "the article id is encoded in its link");
    }

    @Test
    void contradictionsShowStrengthAndReasonStrongestFirst() throws Exception {
        JsonNode items = ok("/api/contradictions?limit=200").json().get("items");
        for (int i = 1; i < items.size(); i++) {
            assertTrue(items.get(i - 1).get("strength").asDouble() >= items.get(i).get("strength").asDouble(),
                    "strongest first");
        }
        String page = ok("/contradictions").body();
        String why = items.get(0).get("why").asText();
        assertTrue(page.contains("<p class=\"why\"><strong>Why:</strong> "), page);
        assertTrue(page.contains(why.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&#34;").replace("'", "&#39;")), "the reason is shown: " + why);
        assertTrue(page.contains("<meter min=\"0\" max=\"1\""), "the strength is drawn");
    }

    @Test
    void outletsDrawABarEach() throws Exception {
        String page = ok("/outlets").body();
        assertTrue(page.contains("id=\"outlet-bars\""));
        JsonNode api = ok("/api/outlets").json();
        assertEquals(api.get("total").asInt(), count(page, "<rect class=\"bar\""));
        assertTrue(api.get("items").get(0).has("articles"));
        assertTrue(ok("/style.css").body().contains("mark.k-direct"));
    }

    @Test
    void unknownIdsAreNotFoundPages() throws Exception {
        for (String path : new String[]{"/speakers/987654", "/claims/987654", "/articles/no-such-article",
                "/no/such/page"}) {
            TestServer.Reply r = server.get(path);
            assertEquals(404, r.status(), path);
            assertTrue(r.body().contains("Not found"), path + ": " + r.body());
        }
        TestServer.Reply story = server.get("/api/stories/987654");
        assertEquals(404, story.status());
        assertEquals("no story with id 987654", story.json().get("error").asText());
        assertEquals(404, server.get("/stories/987654").status());
        TestServer.Reply api = server.get("/api/claims/987654");
        assertEquals(404, api.status());
        assertEquals("no claim with id 987654", api.json().get("error").asText());
    }

    @Test
    void malformedOrOversizedParametersAreBadRequestsWithAReason() throws Exception {
        String[][] cases = {
                {"/speakers/abc", "id must be a positive whole number"},
                {"/api/claims/-1", "id must be a positive whole number"},
                {"/stories/12x", "id must be a positive whole number"},
                {"/api/stories?page=abc", "page must be a whole number from 1 to 100000"},
                {"/check?q=" + "a".repeat(Params.MAX_TEXT + 1), "q is longer than 1000 characters"},
                {"/api/check", "q is required: the statement to check"},
                {"/contradictions?kind=bogus", "kind must be one of attribution, denial, numeric, other, wording"},
                {"/contradictions?min_strength=2", "min_strength must be a number from 0 to 1"},
                {"/contradictions?min_strength=abc", "min_strength must be a number from 0 to 1"},
                {"/contradictions?story=x", "story must be a positive whole number"},
                {"/speakers?page=0", "page must be a whole number from 1 to 100000"},
                {"/api/speakers?limit=100000", "limit must be a whole number from 1 to 200"},
                {"/speakers?q=a%00b", "q holds a control character"},
                {"/articles/" + "x".repeat(Params.MAX_ID + 1), "article id must be 1 to 300 characters"},
        };
        for (String[] c : cases) {
            TestServer.Reply r = server.get(c[0]);
            assertEquals(400, r.status(), c[0] + ": " + r.body());
            assertTrue(r.body().contains(c[1]), c[0] + ": " + r.body());
        }
    }

    @Test
    void nothingWrites() throws Exception {
        long before = Files.getLastModifiedTime(server.db).toMillis();
        for (String method : new String[]{"POST", "PUT", "DELETE", "PATCH"}) {
            TestServer.Reply r = server.send(HttpRequest.newBuilder(URI.create(server.base() + "/speakers"))
                    .method(method, HttpRequest.BodyPublishers.ofString("q=x")));
            assertNotEquals(200, r.status(), method);
            assertTrue(r.status() == 404 || r.status() == 405, method + " answered " + r.status());
        }
        assertEquals(before, Files.getLastModifiedTime(server.db).toMillis());
        assertThrows(StoreException.class, () -> Database.openReadOnly(dir.resolve("missing.db")));
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }
}
