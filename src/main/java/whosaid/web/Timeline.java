package whosaid.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import whosaid.query.SpeakerReport;

/**
 * Quotations over time (a speaker's, or a story's), one row an outlet and one dot an article, laid out on the server so the page
 * draws it as plain SVG (no script, nothing fetched).
 *
 * @param undated articles left off because they carry no date
 */
public record Timeline(int width, int height, int plotLeft, int plotRight, int axisY, List<Row> rows,
                       List<Dot> dots, List<Tick> ticks, int undated) {
    /** Most outlets drawn as rows of their own; the rest share one. */
    static final int MAX_ROWS = 8;
    static final String OTHERS = "other outlets";
    static final String UNKNOWN = "outlet unknown";
    private static final int WIDTH = 720;
    private static final int LEFT = 160;
    private static final int RIGHT = 700;
    private static final int ROW = 30;
    private static final int TOP = 12;

    public record Row(String outlet, int y) {
    }

    /** One article: where it is drawn, how big (quotations in it), what its tooltip says, where it links. */
    public record Dot(int x, int y, int r, String label, String href) {
    }

    /** A date on the axis; {@code anchor} keeps the first and last labels inside the picture. */
    public record Tick(int x, String label, String anchor) {
    }

    public boolean isEmpty() {
        return dots.isEmpty();
    }

    public static Timeline of(List<SpeakerReport.ArticleQuotes> articles) {
        Map<String, Integer> perOutlet = new LinkedHashMap<>();
        List<SpeakerReport.ArticleQuotes> dated = new ArrayList<>();
        int undated = 0;
        for (SpeakerReport.ArticleQuotes a : articles) {
            if (date(a.published()) == null) {
                undated++;
                continue;
            }
            dated.add(a);
            perOutlet.merge(outlet(a), a.quotes().size(), Integer::sum);
        }
        List<String> outlets = new ArrayList<>(perOutlet.keySet());
        outlets.sort(Comparator.comparingInt((String o) -> -perOutlet.get(o)).thenComparing(o -> o));
        boolean folded = outlets.size() > MAX_ROWS;
        List<String> shown = folded ? outlets.subList(0, MAX_ROWS - 1) : outlets;
        Map<String, Integer> rowY = new LinkedHashMap<>();
        List<Row> rows = new ArrayList<>();
        for (String o : shown) {
            int y = TOP + ROW / 2 + rows.size() * ROW;
            rowY.put(o, y);
            rows.add(new Row(o, y));
        }
        if (folded) {
            rows.add(new Row(OTHERS, TOP + ROW / 2 + rows.size() * ROW));
        }
        int axisY = TOP + Math.max(1, rows.size()) * ROW + 4;
        LocalDate first = dated.stream().map(a -> date(a.published())).min(Comparator.naturalOrder()).orElse(null);
        LocalDate last = dated.stream().map(a -> date(a.published())).max(Comparator.naturalOrder()).orElse(null);
        long span = first == null ? 0 : ChronoUnit.DAYS.between(first, last);
        List<Dot> dots = new ArrayList<>();
        for (SpeakerReport.ArticleQuotes a : dated) {
            LocalDate d = date(a.published());
            int x = span == 0 ? (LEFT + RIGHT) / 2 : LEFT + (int) Math.round((RIGHT - LEFT)
                    * (double) ChronoUnit.DAYS.between(first, d) / span);
            Integer y = rowY.get(outlet(a));
            int cy = y != null ? y : rows.get(rows.size() - 1).y();
            int n = a.quotes().size();
            int r = Math.min(10, 4 + n);
            String label = a.published() + " · " + outlet(a) + " · " + n + (n == 1 ? " quotation" : " quotations")
                    + " · " + (a.title() == null ? "untitled" : a.title());
            String href = a.quotes().isEmpty() ? Links.article(a.articleId())
                    : Links.quote(a.articleId(), a.quotes().get(0).quoteId());
            dots.add(new Dot(x, cy, r, label, href));
        }
        List<Tick> ticks = new ArrayList<>();
        if (first != null) {
            int count = span == 0 ? 1 : (int) Math.min(5, span + 1);
            for (int i = 0; i < count; i++) {
                LocalDate d = span == 0 ? first : first.plusDays(Math.round(span * (double) i / (count - 1)));
                int x = span == 0 ? (LEFT + RIGHT) / 2 : LEFT + (int) Math.round((RIGHT - LEFT)
                        * (double) ChronoUnit.DAYS.between(first, d) / span);
                String anchor = count == 1 ? "middle" : i == 0 ? "start" : i == count - 1 ? "end" : "middle";
                ticks.add(new Tick(x, d.toString(), anchor));
            }
        }
        return new Timeline(WIDTH, axisY + 26, LEFT, RIGHT, axisY, List.copyOf(rows), List.copyOf(dots),
                List.copyOf(ticks), undated);
    }

    private static String outlet(SpeakerReport.ArticleQuotes a) {
        return a.outlet() == null ? UNKNOWN : a.outlet();
    }

    private static LocalDate date(String iso) {
        if (iso == null) {
            return null;
        }
        try {
            return LocalDate.parse(iso.length() > 10 ? iso.substring(0, 10) : iso);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
