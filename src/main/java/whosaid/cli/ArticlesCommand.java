package whosaid.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import whosaid.query.ArticleView;
import whosaid.query.ExportRows;
import whosaid.query.Listings;
import whosaid.store.Database;

@Command(name = "articles", mixinStandardHelpOptions = true,
        description = "List the ingested articles: id, title, outlet, byline, date, the file they came from.")
final class ArticlesCommand extends DatabaseCommand {
    @Mixin
    FormatOption format;

    @Option(names = "--text", description = {"Add each article's stored text (the body every quote offset points "
            + "into; for a web page, the story extracted from it) as the field \"text\"."})
    boolean text;

    @Override
    int run(Database database) {
        Listings listings = new Listings(database);
        List<ArticleView> articles = listings.articles();
        if (articles.isEmpty()) {
            return nothingFound("no articles in " + database.location() + " yet: add some with 'whosaid ingest PATH'");
        }
        Listing listing = new Listing();
        for (ArticleView a : articles) {
            Map<String, Object> row = ExportRows.article(a);
            if (text) {
                row.put("text", listings.articleText(a.rowId()));
            }
            listing.add(row);
        }
        Map<String, Integer> columns = new LinkedHashMap<>();
        columns.put("article_id", 12);
        columns.put("published", 10);
        columns.put("outlet", 22);
        columns.put("byline", 28);
        columns.put("title", 70);
        listing.print(out(), format.format, columns);
        return ExitCodes.OK;
    }
}
