package vn.cuocthi.tenantadmin.unit;

import java.io.IOException;
import java.util.Arrays;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;

import vn.cuocthi.tenantadmin.export.ExportFormat;
import vn.cuocthi.tenantadmin.export.Spreadsheet;
import vn.cuocthi.tenantadmin.export.SpreadsheetDownload;

/**
 * The unit list as an Excel file that {@link UnitImport} reads back unchanged: the importer's own column names
 * (its header row is found below the title and context lines), one unit per row, numbers as numbers. Staff edit it in
 * Excel and import it again (UnitExportTest checks the round trip).
 */
@Component
class UnitSheet {

    private final UnitAdmin units;
    private final SpreadsheetDownload download;

    UnitSheet(UnitAdmin units, SpreadsheetDownload download) {
        this.units = units;
        this.download = download;
    }

    void send(HttpServletResponse response) throws IOException {
        Spreadsheet table = new Spreadsheet(download.word("units.sheet.title"), download.context(null, null),
                download.headings("units.sheet.code", "units.sheet.name", "units.sheet.parent", "units.sheet.headcount",
                        "units.sheet.population", "units.sheet.block"),
                sink -> units.list().forEach(unit -> sink.accept(Arrays.asList(unit.code(), unit.name(), unit.parentCode(),
                        unit.headcount(), unit.population(), unit.block()))));
        download.send(response, "danh-sach-don-vi", ExportFormat.XLSX, table);
    }
}
