package vn.cuocthi.tenantadmin.export;

import java.io.OutputStream;

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
        if (this == XLSX) {
            XlsxWriter.write(table, out);
        } else {
            CsvWriter.write(table, out);
        }
    }
}
