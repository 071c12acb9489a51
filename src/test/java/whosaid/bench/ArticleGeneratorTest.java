package whosaid.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import whosaid.pipeline.AnalysedArticle;
import whosaid.pipeline.AnalysedQuote;
import whosaid.pipeline.QuotePipeline;

/** The benchmark's corpus: reproducible, and made of articles the real pipeline reads as the generator meant. */
class ArticleGeneratorTest {

    @Test
    void theSameSeedGivesTheSameArticlesAndAShorterRunIsAPrefix() {
        List<ArticleGenerator.Generated> a = new ArticleGenerator(7).generate(30);
        List<ArticleGenerator.Generated> b = new ArticleGenerator(7).generate(30);
        assertEquals(a, b);
        assertEquals(a.subList(0, 10), new ArticleGenerator(7).generate(10));
        assertNotEquals(a, new ArticleGenerator(8).generate(30));
    }

    @Test
    void storiesAreToldBySeveralOutletsWithTheirQuotesInTheBody() {
        List<ArticleGenerator.Generated> articles = new ArticleGenerator(1).generate(40);
        Set<String> outlets = new HashSet<>();
        for (ArticleGenerator.Generated g : articles.subList(0, ArticleGenerator.ARTICLES_PER_STORY)) {
            outlets.add(g.article().outlet());
        }
        assertEquals(ArticleGenerator.ARTICLES_PER_STORY, outlets.size(), "one story, one outlet an article");
        for (ArticleGenerator.Generated g : articles) {
            assertTrue(g.quotes().size() >= 3);
            assertTrue(g.article().title() != null && g.article().byline().startsWith("By "));
            for (ArticleGenerator.Truth t : g.quotes()) {
                assertTrue(g.article().body().contains(t.text()), t.text());
            }
        }
        Set<String> bodies = new HashSet<>();
        articles.forEach(g -> bodies.add(g.article().body()));
        assertEquals(articles.size(), bodies.size(), "no two articles alike (the store would keep one)");
    }

    /** The generator knows who said each quotation: the pipeline must find most of them and their speakers. */
    @Test
    void thePipelineFindsTheGeneratedQuotesAndTheirSpeakers() {
        List<ArticleGenerator.Generated> articles = new ArticleGenerator(3).generate(200);
        QuotePipeline pipeline = new QuotePipeline(List.of());
        int truths = 0;
        int found = 0;
        int right = 0;
        for (ArticleGenerator.Generated g : articles) {
            AnalysedArticle write = pipeline.analyze(g.article());
            for (ArticleGenerator.Truth t : g.quotes()) {
                truths++;
                AnalysedQuote hit = write.quotes().stream()
                        .filter(q -> !q.quote().inTitle() && q.quote().text().contains(t.text()))
                        .findFirst().orElse(null);
                if (hit != null) {
                    found++;
                    if (hit.speaker() != null && hit.speaker().canonicalName().equals(t.speaker())) {
                        right++;
                    }
                }
            }
        }
        double detection = found / (double) truths;
        double attribution = right / (double) found;
        System.out.printf("generated: %d quotations, %.3f detected, %.3f of those attributed right%n", truths,
                detection, attribution);
        assertTrue(detection >= 0.95, "detection " + detection);
        assertTrue(attribution >= 0.9, "attribution " + attribution);
    }
}
