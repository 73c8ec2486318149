package vn.cuocthi.tenantadmin.export;

import java.util.List;
import java.util.function.Consumer;

/**
 * A table to export: what it is (title, contest, round, when it was made, shown above the table), its headings,
 * and its rows, pulled from any source as they come so a million rows never sit in memory.
 *
 * @param context lines printed above the headings, e.g. "Cuộc thi: …", "Vòng: …", "Thời điểm xuất: …"
 * @param rows    called once; it hands each row (numbers, text, or null for an empty cell) to the sink in order
 */
public record Spreadsheet(String title, List<String> context, List<String> headings, RowSource rows) {

    public Spreadsheet {
        context = List.copyOf(context);
        headings = List.copyOf(headings);
    }

    /** Rows from anywhere: a list, a JDBC cursor, another module's ranking. */
    @FunctionalInterface
    public interface RowSource {
        void forEach(Consumer<List<?>> sink);
    }
}
