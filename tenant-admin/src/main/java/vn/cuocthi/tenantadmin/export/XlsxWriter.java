package vn.cuocthi.tenantadmin.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.xssf.streaming.SXSSFCell;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a {@link Spreadsheet} as xlsx with POI's streaming SXSSF: only a window of rows is in memory, the rest is
 * flushed to a temporary file, so the heap stays flat whatever the row count. Past the row limit of a sheet (about
 * a million) the table continues on a next sheet with the same heading.
 */
final class XlsxWriter {

    /** Rows kept in memory before flushing to the temporary file. */
    private static final int WINDOW = 200;
    private static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();

    private XlsxWriter() {
    }

    /** Each table on its own sheet (or sheets, past a sheet's rows), in order. */
    static void write(List<Spreadsheet> tables, OutputStream out) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(null, WINDOW, false, false);
        try {
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle heading = workbook.createCellStyle();
            heading.setFont(bold);
            for (Spreadsheet table : tables) {
                Pages pages = new Pages(workbook, table, heading);
                table.rows().forEach(pages::add);
                pages.ensureOne();
            }
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
            try {
                workbook.close();
            } catch (IOException ignored) {
                // the temporary files are already gone; nothing to keep
            }
        }
    }

    /** The sheets of one table: a new one, with the heading again, when a sheet is full. */
    private static final class Pages {
        private final SXSSFWorkbook workbook;
        private final Spreadsheet table;
        private final CellStyle heading;
        private SXSSFSheet sheet;
        private int next;
        private int opened;

        Pages(SXSSFWorkbook workbook, Spreadsheet table, CellStyle heading) {
            this.workbook = workbook;
            this.table = table;
            this.heading = heading;
        }

        void add(List<?> values) {
            if (sheet == null || next == MAX_ROWS) {
                open();
            }
            SXSSFRow row = sheet.createRow(next++);
            for (int i = 0; i < values.size(); i++) {
                Object value = values.get(i);
                if (value == null) {
                    continue;
                }
                SXSSFCell cell = row.createCell(i);
                if (Cells.numeric(value)) {
                    cell.setCellValue(((Number) value).doubleValue());
                } else {
                    cell.setCellValue(Cells.display(value));
                }
            }
        }

        void ensureOne() {
            if (sheet == null) {
                open();
            }
        }

        private void open() {
            int number = ++opened;
            sheet = workbook.createSheet(number == 1 ? sheetName(table.title()) : sheetName(table.title()) + " (" + number + ")");
            next = 0;
            text(sheet.createRow(next++), 0, table.title(), heading);
            for (String line : table.context()) {
                text(sheet.createRow(next++), 0, line, null);
            }
            next++;
            SXSSFRow headings = sheet.createRow(next++);
            for (int i = 0; i < table.headings().size(); i++) {
                text(headings, i, table.headings().get(i), heading);
                sheet.setColumnWidth(i, Math.min(60, Math.max(12, table.headings().get(i).length() + 4)) * 256);
            }
            sheet.createFreezePane(0, next);
        }

        private static void text(SXSSFRow row, int column, String value, CellStyle style) {
            SXSSFCell cell = row.createCell(column);
            cell.setCellValue(Cells.text(value));
            if (style != null) {
                cell.setCellStyle(style);
            }
        }

        /** Sheet names: at most 31 characters, none of {@code : \ / ? * [ ]}. */
        private static String sheetName(String title) {
            String clean = title.replaceAll("[:\\\\/?*\\[\\]']", " ").strip();
            return clean.length() <= 25 ? clean : clean.substring(0, 25).strip();
        }
    }
}
