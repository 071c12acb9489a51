package whosaid.ingest;

import java.util.List;

/**
 * What one input file held: the articles that read cleanly and one error per record that did not (an empty text,
 * a JSONL line that is not JSON or has a field of the wrong type, a digest article with a title but no text).
 *
 * <p>A bad record is kept apart rather than thrown so that one paywalled page in a feed of thousands does not cost
 * the other articles of the file (DESIGN.md: "a bad record is one article's problem"). Problems of the whole file
 * (missing, binary, not UTF-8, empty) are still thrown by the reader.
 *
 * @param articles   the good records, in file order
 * @param badRecords one error per bad record, in file order, each naming the file and the record's line
 * @param passedOver records of a crawl archive that are not pages (requests, metadata, images, redirects): counted,
 *                   not errors
 */
public record FileRecords(List<Article> articles, List<BadInputException> badRecords, int passedOver) {
    public FileRecords {
        articles = List.copyOf(articles);
        badRecords = List.copyOf(badRecords);
    }

    public FileRecords(List<Article> articles, List<BadInputException> badRecords) {
        this(articles, badRecords, 0);
    }

    /** The batches of one file as one. */
    static FileRecords concat(List<FileRecords> batches) {
        List<Article> articles = new java.util.ArrayList<>();
        List<BadInputException> bad = new java.util.ArrayList<>();
        int passedOver = 0;
        for (FileRecords b : batches) {
            articles.addAll(b.articles);
            bad.addAll(b.badRecords);
            passedOver += b.passedOver;
        }
        return new FileRecords(articles, bad, passedOver);
    }

    /** The articles when every record was good; else the first bad record, as the whole file's error. */
    public List<Article> allOrNothing() throws BadInputException {
        if (!badRecords.isEmpty()) {
            throw badRecords.get(0);
        }
        return articles;
    }
}
