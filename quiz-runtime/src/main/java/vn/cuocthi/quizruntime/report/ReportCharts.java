package vn.cuocthi.quizruntime.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import vn.cuocthi.platformcore.participation.UnitReport;
import vn.cuocthi.platformcore.web.ColumnChart;

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

    /** One column per round: its participants (platform-core's chart, the staff dashboard draws the same way). */
    record Charts(List<Bar> bars, int barsWidth, int barsHeight, List<ColumnChart.Column> columns, int columnsWidth) {
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
        ColumnChart columns = ColumnChart.of(report.rounds().stream()
                .map(round -> new ColumnChart.Entry(round.name(), round.participants())).toList(), 90, COLUMN_AREA_HEIGHT);
        return new Charts(bars, WIDTH, Math.max(1, bars.size()) * BAR_HEIGHT, columns.columns(), columns.width());
    }
}
