package vn.cuocthi.quizruntime.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import vn.cuocthi.platformcore.participation.UnitReport;

/**
 * The geometry of the report's two charts, drawn by the template as inline SVG (no script, no CDN, nothing to
 * download; the text inside is escaped like any other text of the page). Coordinates are in the SVG's own units.
 */
final class ReportCharts {

    /** Bars of the rate chart: the units best to worst, at most this many (the table has them all). */
    static final int MAX_BARS = 30;
    /** Each bar has its unit's name on a line of its own above it: long names fit a phone's width. */
    static final int BAR_HEIGHT = 36;
    static final int BAR_AREA = 330;
    static final int WIDTH = 400;
    static final int COLUMN_AREA_HEIGHT = 160;

    private ReportCharts() {
    }

    /** One horizontal bar: a unit's participation rate, its length capped at 100%. */
    record Bar(String label, BigDecimal value, int x, int y, int width, int valueX) {
    }

    /** One column: a round's participants. */
    record Column(String label, int value, int x, int y, int height) {
    }

    record Charts(List<Bar> bars, int barsWidth, int barsHeight, List<Column> columns, int columnsWidth) {
    }

    static Charts of(UnitReport report) {
        List<UnitReport.Row> rated = report.units().stream().filter(u -> u.participationRate() != null)
                .sorted(Comparator.comparing(UnitReport.Row::participationRate).reversed().thenComparing(UnitReport.Row::code))
                .limit(MAX_BARS).toList();
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < rated.size(); i++) {
            BigDecimal rate = rated.get(i).participationRate();
            int width = rate.min(BigDecimal.valueOf(100)).multiply(BigDecimal.valueOf(BAR_AREA))
                    .divide(BigDecimal.valueOf(100), 0, java.math.RoundingMode.HALF_UP).intValue();
            bars.add(new Bar(rated.get(i).name(), rate, 0, i * BAR_HEIGHT, width, width + 6));
        }
        int most = report.rounds().stream().mapToInt(UnitReport.RoundTotal::participants).max().orElse(0);
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < report.rounds().size(); i++) {
            UnitReport.RoundTotal round = report.rounds().get(i);
            int height = most == 0 ? 0 : round.participants() * COLUMN_AREA_HEIGHT / most;
            columns.add(new Column(round.name(), round.participants(), 20 + i * 90, 20 + COLUMN_AREA_HEIGHT - height, height));
        }
        return new Charts(bars, WIDTH, Math.max(1, bars.size()) * BAR_HEIGHT, columns, Math.max(1, columns.size()) * 90 + 20);
    }
}
