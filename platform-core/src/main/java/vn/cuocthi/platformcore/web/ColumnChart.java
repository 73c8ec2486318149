package vn.cuocthi.platformcore.web;

import java.util.ArrayList;
import java.util.List;

/**
 * The geometry of a column chart that a template draws as inline SVG: no script, no CDN, nothing to download, and
 * the labels escaped like any other text of the page. Coordinates are in the SVG's own units: columns stand on a
 * base line 20 units above the bottom of {@code areaHeight + 40}, the tallest reaching the top of the area.
 *
 * @param width  of the whole chart (its viewBox)
 * @param height of the whole chart (its viewBox)
 */
public record ColumnChart(List<Column> columns, int width, int height, int columnWidth) {

    /** A value with its label (a round, a day, a minute). */
    public record Entry(String label, long value) {
    }

    public record Column(String label, long value, int x, int y, int height) {
    }

    /**
     * @param step       horizontal distance from one column to the next
     * @param areaHeight height of the tallest column
     */
    public static ColumnChart of(List<Entry> entries, int step, int areaHeight) {
        long most = entries.stream().mapToLong(Entry::value).max().orElse(0);
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            int height = most == 0 ? 0 : (int) (entry.value() * areaHeight / most);
            columns.add(new Column(entry.label(), entry.value(), 20 + i * step, 20 + areaHeight - height, height));
        }
        return new ColumnChart(columns, Math.max(1, columns.size()) * step + 20, areaHeight + 60, Math.max(1, step * 2 / 3));
    }

    public boolean isEmpty() {
        return columns.isEmpty();
    }
}
