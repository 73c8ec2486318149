package vn.cuocthi.tenantadmin.questionbank.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds small Excel workbooks in tests: rows of cells, a String or a Number each, null for no cell. */
final class Workbooks {

    static final Object[] TEMPLATE_HEADER = {"Câu hỏi", "Phương án A", "Phương án B", "Phương án C", "Phương án D",
        "Đáp án đúng", "Chủ đề", "Mức độ", "Giải thích", "Căn cứ pháp lý"};

    private Workbooks() {
    }

    static byte[] xlsx(Object[]... rows) {
        return xlsx("Câu hỏi", rows);
    }

    static byte[] xlsx(String sheetName, Object[]... rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fill(workbook.createSheet(sheetName), rows);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void fill(XSSFSheet sheet, Object[]... rows) {
        for (int r = 0; r < rows.length; r++) {
            if (rows[r] == null) {
                continue;
            }
            Row row = sheet.createRow(r);
            for (int c = 0; c < rows[r].length; c++) {
                Object value = rows[r][c];
                if (value instanceof Number number) {
                    row.createCell(c).setCellValue(number.doubleValue());
                } else if (value != null) {
                    row.createCell(c).setCellValue(value.toString());
                }
            }
        }
    }
}
