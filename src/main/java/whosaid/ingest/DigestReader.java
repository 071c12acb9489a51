package whosaid.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Splits a digest (many articles in one text file, as clipping services export them) into articles.
 *
 * <p>An article ends with its title repeated on a line of its own and then a "read more" line. Only a "read more"
 * right after the repeated title of the current article ends it, so a stray "Read more" inside a body stays text.
 * The last article may lack the "read more" line and even the repeated title.
 */
final class DigestReader {
    private static final Pattern READ_MORE = Pattern.compile("(?i)read more\\W*");

    private final ArticleLayout layout;

    DigestReader(ArticleLayout layout) {
        this.layout = layout;
    }

    /** True when the lines hold at least one end marker: "read more" right after a line that appeared before. */
    boolean looksLikeDigest(List<SourceLine> lines) {
        // First index of each distinct line, so the test stays linear in the size of the file.
        Map<String, Integer> firstSeen = new HashMap<>();
        for (int k = 0; k < lines.size(); k++) {
            SourceLine line = lines.get(k);
            if (isReadMore(line)) {
                int prev = previousNonBlank(lines, k);
                if (prev >= 0 && firstSeen.getOrDefault(lines.get(prev).text().strip(), prev) < prev) {
                    return true;
                }
            }
            if (!line.isBlank()) {
                firstSeen.putIfAbsent(line.text().strip(), k);
            }
        }
        return false;
    }

    FileRecords read(List<SourceLine> lines, String source) {
        List<Article> articles = new ArrayList<>();
        List<BadInputException> bad = new ArrayList<>();
        int start = 0;
        String title = null;
        for (int k = 0; k < lines.size(); k++) {
            SourceLine line = lines.get(k);
            if (title == null) {
                if (!line.isBlank()) {
                    title = line.text().strip();
                    start = k;
                }
                continue;
            }
            if (isReadMore(line)) {
                int prev = previousNonBlank(lines, k);
                if (prev > start && lines.get(prev).text().strip().equals(title)) {
                    add(articles, bad, lines.subList(start, prev), source);
                    title = null;
                }
            }
        }
        if (title != null) {
            // The last article: drop its repeated title when it has one.
            int end = lines.size();
            int last = previousNonBlank(lines, end);
            if (last > start && lines.get(last).text().strip().equals(title)) {
                end = last;
            }
            add(articles, bad, lines.subList(start, end), source);
        }
        return new FileRecords(articles, bad);
    }

    /** Adds the article these lines hold; one with a title but no text is a bad record, not the file's end. */
    private void add(List<Article> articles, List<BadInputException> bad, List<SourceLine> lines, String source) {
        Optional<Article> article = layout.parse(lines, source, true);
        if (article.isPresent()) {
            if (article.get().body().isEmpty()) {
                bad.add(new BadInputException(source, lines.get(0).number(),
                        "article \"" + article.get().title() + "\" has a title but no text"));
            } else {
                articles.add(article.get());
            }
        }
    }

    private static boolean isReadMore(SourceLine line) {
        String text = line.text();
        // Cheap length test first: this runs on every line of the file.
        return text.length() >= 9 && text.length() <= 40 && READ_MORE.matcher(text.strip()).matches();
    }

    private static int previousNonBlank(List<SourceLine> lines, int before) {
        for (int k = before - 1; k >= 0; k--) {
            if (!lines.get(k).isBlank()) {
                return k;
            }
        }
        return -1;
    }
}
