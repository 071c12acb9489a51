package whosaid.ingest;

import java.util.List;

/**
 * Reads a plain-text file as one article: a lone first line is the title, then the same optional header lines as
 * in a digest (see {@link ArticleLayout}), then the body. A file whose first paragraph is more than one line has
 * no title and is all body.
 */
final class PlainTextReader {
    private final ArticleLayout layout;

    PlainTextReader(ArticleLayout layout) {
        this.layout = layout;
    }

    /** The file is one record, so a bad article is the file's error, never a skipped record. */
    FileRecords read(List<SourceLine> lines, String source) throws BadInputException {
        Article article = layout.parse(lines, source, false)
                .orElseThrow(() -> new BadInputException(source, 0, "empty file"));
        if (article.body().isEmpty()) {
            int line = lines.stream().filter(l -> !l.isBlank()).findFirst().map(SourceLine::number).orElse(0);
            throw new BadInputException(source, line, "article has a title but no text");
        }
        return new FileRecords(List.of(article), List.of());
    }
}
