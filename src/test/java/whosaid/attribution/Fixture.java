package whosaid.attribution;

import whosaid.ingest.Article;
import whosaid.quotes.QuoteDetector;

import java.util.List;

/** Test helper: detects and attributes the quotations of a small invented article. */
final class Fixture {
    private Fixture() {
    }

    static ArticleAttribution run(String title, String... paragraphs) {
        String body = String.join("\n\n", paragraphs);
        Article a = new Article(null, title, null, null, null, null, null, body, "test", 1);
        return new QuoteAttributor().analyse(a, new QuoteDetector().detect(title, body));
    }

    /** The speaker of the quotation whose text starts with the given words. */
    static String speakerOf(ArticleAttribution aa, String quoteStart) {
        return find(aa, quoteStart).speaker();
    }

    static Attribution find(ArticleAttribution aa, String quoteStart) {
        List<Attribution> hits = aa.attributions().stream()
                .filter(x -> x.quote().text().startsWith(quoteStart)).toList();
        if (hits.size() != 1) {
            throw new AssertionError("expected one quotation starting with " + quoteStart + ", got " + hits.size()
                    + " in " + aa.attributions().stream().map(x -> x.quote().text()).toList());
        }
        return hits.get(0);
    }
}
