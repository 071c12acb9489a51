package whosaid.web;

import java.util.ArrayList;
import java.util.List;

import whosaid.query.OutletView;

/** Quotations by outlet as horizontal bars, laid out on the server for a plain SVG. */
public record OutletBars(int width, int height, List<Bar> bars) {
    private static final int WIDTH = 720;
    private static final int LEFT = 190;
    private static final int RIGHT = 650;
    private static final int ROW = 24;

    /** One outlet's bar; {@code labelX} is where its count is written. */
    public record Bar(String outlet, int y, int length, int quotes, int labelX) {
    }

    public static OutletBars of(List<OutletView> outlets) {
        int most = outlets.stream().mapToInt(OutletView::quotes).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        for (OutletView o : outlets) {
            int length = most == 0 ? 0 : (int) Math.round((RIGHT - LEFT) * (double) o.quotes() / most);
            int y = 6 + bars.size() * ROW;
            bars.add(new Bar(o.name() == null ? Timeline.UNKNOWN : o.name(), y, length, o.quotes(),
                    LEFT + length + 6));
        }
        return new OutletBars(WIDTH, 12 + bars.size() * ROW, List.copyOf(bars));
    }

    public int left() {
        return LEFT;
    }
}
