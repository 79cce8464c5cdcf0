package jp.lg.collection.statistics;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import jp.lg.collection.documents.Yen;

/**
 * The monthly 収入額 as a stacked bar chart (現年 below, 滞繰 above), drawn by the page as inline SVG: the geometry
 * is computed here, the markup is the template's (no script, no chart library, nothing fetched from elsewhere).
 * The scale's top is the largest month rounded up to 1, 2 or 5 times a power of ten, with five grid lines.
 */
public record BarChart(int width, int height, int left, int top, int bottom, List<Bar> bars, List<Tick> ticks) {

    /** One month: its label, x, width, and the two stacked rectangles (y and height each). */
    public record Bar(String label, int x, int width, int currentY, int currentHeight, int arrearsY,
            int arrearsHeight, String title) {

        /** Where the month's label is centred. */
        public int middle() {
            return x + width / 2;
        }
    }

    /** A grid line and its amount. */
    public record Tick(int y, String label) {
    }

    static final int WIDTH = 760;
    static final int HEIGHT = 260;
    static final int LEFT = 90;
    static final int TOP = 12;
    static final int BOTTOM = 28;

    static BarChart of(List<YearMonth> months, List<Figures> figures) {
        long max = 0;
        for (Figures f : figures) {
            max = Math.max(max, f.collected());
        }
        long scale = niceCeiling(max);
        int plot = HEIGHT - TOP - BOTTOM;
        int slot = (WIDTH - LEFT - 10) / months.size();
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            Figures f = figures.get(i);
            int current = (int) Math.round((double) f.collectedCurrent() * plot / scale);
            int arrears = (int) Math.round((double) f.collectedArrears() * plot / scale);
            int base = TOP + plot;
            bars.add(new Bar(months.get(i).getMonthValue() + "月", LEFT + i * slot + slot / 6, slot * 2 / 3,
                    base - current, current, base - current - arrears, arrears,
                    months.get(i).getMonthValue() + "月 現年 " + Yen.of(f.collectedCurrent()) + " / 滞繰 "
                            + Yen.of(f.collectedArrears())));
        }
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i <= 5; i++) {
            ticks.add(new Tick(TOP + plot - plot * i / 5, Yen.amount(scale * i / 5)));
        }
        return new BarChart(WIDTH, HEIGHT, LEFT, TOP, HEIGHT - BOTTOM, bars, ticks);
    }

    /** 1, 2 or 5 × 10^n at or above the amount (at least 1,000 yen, so an empty year still has a scale). */
    static long niceCeiling(long amount) {
        long power = 1;
        while (power * 10 <= Math.max(amount, 1000)) {
            power *= 10;
        }
        for (long step : new long[] {1, 2, 5, 10}) {
            if (step * power >= amount && step * power >= 1000) {
                return step * power;
            }
        }
        return 10 * power;
    }
}
