package vn.cuocthi.tenantadmin.collective;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import vn.cuocthi.platformcore.participation.UnitReport;

/**
 * The participation rate of each unit as horizontal bars, laid out here and drawn as inline SVG by the template
 * (no script, no CDN). Rates above 100% are drawn full.
 */
public record RateChart(int width, int height, List<Bar> bars) {

    static final int WIDTH = 640;
    static final int LABEL = 260;
    static final int ROW = 26;

    public record Bar(String label, BigDecimal rate, int y, int width, int valueX) {
    }

    static RateChart of(UnitReport report) {
        List<Bar> bars = new ArrayList<>();
        int room = WIDTH - LABEL - 60;
        for (UnitReport.Row unit : report.units()) {
            if (unit.participationRate() == null) {
                continue;
            }
            double share = Math.min(100, unit.participationRate().doubleValue()) / 100;
            int width = (int) Math.round(room * share);
            int y = bars.size() * ROW;
            String label = unit.name().length() > 34 ? unit.name().substring(0, 33) + "…" : unit.name();
            bars.add(new Bar(label, unit.participationRate(), y, width, LABEL + width + 6));
        }
        return new RateChart(WIDTH, Math.max(ROW, bars.size() * ROW), bars);
    }
}
