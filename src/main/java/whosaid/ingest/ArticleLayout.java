package whosaid.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the layout of one article: title line, then optional dek, byline, outlet line and date line in any order
 * (blank lines between them optional), then body paragraphs.
 *
 * <p>The rules, all by shape and position:
 * <ul>
 *   <li>Header lines are the byline ("By …"), the date and at most two short name-like lines directly under the
 *       title (or under a dek). Of two short lines the first is a bare author name and the second the outlet
 *       (news pages print the author above the outlet); a single one is the outlet.</li>
 *   <li>A dek (standfirst) is a paragraph in one of three places: between the title and a header that holds a
 *       byline or date; glued to the last header line with no blank line between; or, when the article has no
 *       header lines at all, the first paragraph under the title when at least two more paragraphs follow. A
 *       paragraph holding a quotation mark is not taken as a dek unless the body repeats it word for word, so
 *       that no quote is lost from the body.</li>
 *   <li>The body is every paragraph after that, each kept exactly (lines joined by "\n"), joined by "\n\n".
 *       A dek that the body repeats stays in the body as well; the dek above the body is never in it.</li>
 * </ul>
 */
final class ArticleLayout {
    private static final int MAX_TITLE_CHARS = 300;
    private static final int MAX_DEK_CHARS = 500;
    /** Without header lines, a dek needs this many paragraphs below it; a shorter piece is a brief. */
    private static final int PARAGRAPHS_AFTER_BARE_DEK = 2;

    private static final Pattern QUOTATION_MARK = Pattern.compile("[\"“”‘«»]");

    private final HeaderLines headers;
    private final DateParser dates;

    ArticleLayout(HeaderLines headers, DateParser dates) {
        this.headers = headers;
        this.dates = dates;
    }

    /** One line with the index of its paragraph (block of non-blank lines). */
    private record Item(SourceLine line, int block) {
        String text() {
            return line.text();
        }
    }

    /**
     * The article in {@code lines}, or empty when they hold no text.
     *
     * @param titleFirst true when the first line is the title whatever its shape (a digest entry); false lets a
     *                   plain-text file start straight with its body when its first paragraph is not a lone line
     */
    Optional<Article> parse(List<SourceLine> lines, String source, boolean titleFirst) {
        List<Item> items = items(lines);
        if (items.isEmpty()) {
            return Optional.empty();
        }
        int startLine = items.get(0).line().number();
        String title = null;
        int i = 0;
        // A plain-text file may start straight with its byline or date, without a title.
        boolean headerFirst = !titleFirst
                && (headers.isByline(items.get(0).text()) || headers.isDate(items.get(0).text()));
        boolean loneFirstLine = items.size() > 1 && items.get(1).block() != items.get(0).block();
        if (titleFirst || !headerFirst && loneFirstLine && items.get(0).text().length() <= MAX_TITLE_CHARS) {
            title = items.get(0).text().strip();
            i = 1;
        }

        String dek = null;
        String byline = null;
        String outlet = null;
        String date = null;
        boolean dateSeen = false;
        List<String> shortLines = new ArrayList<>();
        int headerCount = 0;

        if (title != null || headerFirst) {
            // A dek between the title and a header holding a byline or a date.
            // The dek may share its paragraph with the header lines below it (no blank line between).
            if (i < items.size() && !isHeader(items.get(i).text())) {
                int blockEnd = endOfBlock(items, i);
                int dekEnd = i;
                while (dekEnd < blockEnd && !isHeader(items.get(dekEnd).text())) {
                    dekEnd++;
                }
                if (headerWithBylineOrDateAt(items, dekEnd) && isDekShaped(items, i, dekEnd)) {
                    dek = join(items, i, dekEnd);
                    i = dekEnd;
                }
            }
            while (i < items.size()) {
                String text = items.get(i).text();
                if (byline == null && shortLines.size() <= 1 && headers.isByline(text)) {
                    byline = headers.cleanByline(text);
                } else if (!dateSeen && headers.isDate(text)) {
                    dateSeen = true;
                    date = dates.toIso(text).orElse(null);
                } else if (shortLines.size() < (byline == null ? 2 : 1) && headers.isShortNameLike(text)
                        && !text.strip().equals(title)) {
                    shortLines.add(text.strip());
                } else {
                    break;
                }
                headerCount++;
                i++;
            }
            // A paragraph glued to the last header line is the dek.
            if (headerCount > 0 && dek == null && i < items.size()
                    && items.get(i).block() == items.get(i - 1).block()) {
                int afterBlock = endOfBlock(items, i);
                if (afterBlock < items.size() && isDekShaped(items, i, afterBlock)) {
                    dek = join(items, i, afterBlock);
                    i = afterBlock;
                }
            }
            // With no header at all, the first paragraph under the title is the standfirst of a longer piece.
            if (headerCount == 0 && dek == null && i < items.size()) {
                int afterBlock = endOfBlock(items, i);
                if (blocksFrom(items, afterBlock) >= PARAGRAPHS_AFTER_BARE_DEK && isDekShaped(items, i, afterBlock)) {
                    dek = join(items, i, afterBlock);
                    i = afterBlock;
                }
            }
        }

        // Beside a "By" line a short line can only be the outlet; of two short lines the author comes first.
        if (shortLines.size() == 2) {
            byline = shortLines.get(0);
            outlet = shortLines.get(1);
        } else if (shortLines.size() == 1) {
            outlet = shortLines.get(0);
        }
        if (outlet == null) {
            outlet = headers.outletOfStaffByline(byline);
        }
        String body = join(items, i, items.size());
        return Optional.of(new Article(null, title, dek, outlet, byline, date, null, body, source, startLine));
    }

    private boolean isHeader(String text) {
        return headers.isByline(text) || headers.isDate(text) || headers.isShortNameLike(text);
    }

    /** True when the header lines starting at {@code from} include a byline or a date. */
    private boolean headerWithBylineOrDateAt(List<Item> items, int from) {
        for (int k = from; k < items.size() && k < from + 3 && isHeader(items.get(k).text()); k++) {
            if (headers.isByline(items.get(k).text()) || headers.isDate(items.get(k).text())) {
                return true;
            }
        }
        return false;
    }

    private boolean isDekShaped(List<Item> items, int from, int to) {
        String paragraph = join(items, from, to);
        if (paragraph.length() > MAX_DEK_CHARS) {
            return false;
        }
        if (!QUOTATION_MARK.matcher(paragraph).find()) {
            return true;
        }
        // A quote in a dek would be lost from the body unless the body repeats the dek.
        for (int k = to; k < items.size(); k = endOfBlock(items, k)) {
            if (join(items, k, endOfBlock(items, k)).equals(paragraph)) {
                return true;
            }
        }
        return false;
    }

    private static List<Item> items(List<SourceLine> lines) {
        List<Item> items = new ArrayList<>();
        int block = 0;
        boolean inBlock = false;
        for (SourceLine line : lines) {
            if (line.isBlank()) {
                if (inBlock) {
                    block++;
                }
                inBlock = false;
            } else {
                items.add(new Item(line, block));
                inBlock = true;
            }
        }
        return items;
    }

    private static int endOfBlock(List<Item> items, int from) {
        int k = from;
        while (k < items.size() && items.get(k).block() == items.get(from).block()) {
            k++;
        }
        return k;
    }

    private static int blocksFrom(List<Item> items, int from) {
        int count = 0;
        for (int k = from; k < items.size(); k = endOfBlock(items, k)) {
            count++;
        }
        return count;
    }

    /** Items [from, to) as text: lines of a paragraph joined by "\n", paragraphs by "\n\n". */
    private static String join(List<Item> items, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from) {
                sb.append(items.get(k).block() == items.get(k - 1).block() ? "\n" : "\n\n");
            }
            sb.append(items.get(k).text());
        }
        return sb.toString();
    }
}
