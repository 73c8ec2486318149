package vn.cuocthi.tenantadmin.export;

import java.io.OutputStream;
import java.util.List;

/** The spreadsheet formats staff download. */
public enum ExportFormat {
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    CSV("csv", "text/csv; charset=UTF-8");

    private final String extension;
    private final String contentType;

    ExportFormat(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }

    public void write(Spreadsheet table, OutputStream out) {
        write(List.of(table), out);
    }

    /** xlsx puts every table on a sheet of its own; csv, one table to a file, holds the first. */
    public void write(List<Spreadsheet> tables, OutputStream out) {
        if (this == XLSX) {
            XlsxWriter.write(tables, out);
        } else {
            CsvWriter.write(tables.getFirst(), out);
        }
    }
}
