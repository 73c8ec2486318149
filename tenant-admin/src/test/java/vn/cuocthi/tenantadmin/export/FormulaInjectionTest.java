package vn.cuocthi.tenantadmin.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Cells a spreadsheet would run as formulas are neutralised; numbers and ordinary text are left alone. */
class FormulaInjectionTest {

    private static final List<String> HOSTILE = List.of("=HYPERLINK(\"http://x.example\",\"Bấm\")", "+1+cmd|' /C calc'!A0",
            "-2+3", "@SUM(A1:A2)", "\t=1+1", "\r=1+1");

    @Test
    void everyDangerousLeadIsNeutralised() {
        for (String value : HOSTILE) {
            assertThat(Cells.text(value)).as(value).isEqualTo("'" + value);
        }
        assertThat(Cells.text("Nguyễn Văn A")).isEqualTo("Nguyễn Văn A");
        assertThat(Cells.text("a=b")).isEqualTo("a=b");
        assertThat(Cells.text("")).isEmpty();
        assertThat(Cells.text(null)).isNull();
        assertThat(Cells.text("x".repeat(40_000))).hasSize(Cells.MAX_TEXT);
    }

    @Test
    void csvKeepsTheBomQuotesAndNeutralises() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportFormat.CSV.write(table(), out);
        byte[] bytes = out.toByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        assertThat(text.split("\r\n", -1)).containsExactly("Báo cáo", "Cuộc thi: =thử", "", "Họ và tên,Điểm",
                "\"'=HYPERLINK(\"\"http://x.example\"\",\"\"Bấm\"\")\",-3", "'@SUM(A1:A2),2.50", "\"Trần, Thị B\",", "");
    }

    @Test
    void xlsxHoldsTextNotFormulasAndNumbersAsNumbers() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportFormat.XLSX.write(table(), out);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Cuộc thi: =thử");
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Họ và tên");
            XSSFRow hostile = sheet.getRow(4);
            assertThat(hostile.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(hostile.getCell(0).getStringCellValue()).startsWith("'=HYPERLINK");
            assertThat(hostile.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(hostile.getCell(1).getNumericCellValue()).isEqualTo(-3.0);
            assertThat(sheet.getRow(5).getCell(1).getNumericCellValue()).isEqualTo(2.5);
            assertThat(sheet.getRow(6).getCell(1)).isNull();
        }
    }

    private static Spreadsheet table() {
        return new Spreadsheet("Báo cáo", List.of("Cuộc thi: =thử"), List.of("Họ và tên", "Điểm"), sink -> {
            sink.accept(List.of(HOSTILE.getFirst(), -3));
            sink.accept(List.of("@SUM(A1:A2)", new BigDecimal("2.50")));
            sink.accept(Arrays.asList("Trần, Thị B", null));
        });
    }
}
