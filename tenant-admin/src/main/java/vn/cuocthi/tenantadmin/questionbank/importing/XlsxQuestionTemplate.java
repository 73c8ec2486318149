package vn.cuocthi.tenantadmin.questionbank.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The Excel template officers download to write a question bank: a "Câu hỏi" sheet with the headers the importer
 * reads, one example row and a drop-down for the difficulty, then a sheet of instructions.
 */
public final class XlsxQuestionTemplate {

    private static final Locale VIETNAMESE = Locale.of("vi");
    private static final int INSTRUCTION_LINES = 12;
    private static final int EXAMPLE_OPTIONS = 4;
    private static final int VALIDATED_ROWS = 10_000;

    /** A column of the template: its header and width in characters. */
    private record Column(XlsxColumn column, int option, int width) {
        String title() {
            return column.title(option);
        }
    }

    private XlsxQuestionTemplate() {
    }

    /** Writes the template with Vietnamese instructions. */
    public static void write(OutputStream out) throws IOException {
        write(out, VIETNAMESE);
    }

    /** Writes the template with instructions and example in the given language; headers are always Vietnamese. */
    public static void write(OutputStream out, Locale locale) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            writeQuestions(workbook, locale);
            writeInstructions(workbook, locale);
            workbook.write(out);
        }
    }

    private static List<Column> columns() {
        List<Column> columns = new ArrayList<>();
        columns.add(new Column(XlsxColumn.QUESTION, -1, 60));
        for (int option = 0; option < QuestionRules.MAX_OPTIONS; option++) {
            columns.add(new Column(XlsxColumn.OPTION, option, 30));
        }
        columns.add(new Column(XlsxColumn.CORRECT, -1, 16));
        columns.add(new Column(XlsxColumn.TOPIC, -1, 24));
        columns.add(new Column(XlsxColumn.DIFFICULTY, -1, 16));
        columns.add(new Column(XlsxColumn.EXPLANATION, -1, 45));
        columns.add(new Column(XlsxColumn.LEGAL_SOURCE, -1, 35));
        columns.add(new Column(XlsxColumn.POOLS, -1, 24));
        return columns;
    }

    private static void writeQuestions(XSSFWorkbook workbook, Locale locale) {
        XSSFSheet sheet = workbook.createSheet(text("template.sheet.questions", locale));
        // Text format keeps what officers type as typed: "01/7/2025" or "1.000" must not become dates or numbers.
        CellStyle text = workbook.createCellStyle();
        text.setDataFormat(workbook.createDataFormat().getFormat("@"));
        text.setWrapText(true);
        text.setVerticalAlignment(VerticalAlignment.TOP);
        CellStyle header = headerStyle(workbook);

        List<Column> columns = columns();
        Row headerRow = sheet.createRow(0);
        Row example = sheet.createRow(1);
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            sheet.setDefaultColumnStyle(i, text);
            sheet.setColumnWidth(i, column.width() * 256);
            headerRow.createCell(i).setCellValue(column.title());
            headerRow.getCell(i).setCellStyle(header);
            String value = exampleValue(column, locale);
            if (value != null) {
                example.createCell(i).setCellValue(value);
                example.getCell(i).setCellStyle(text);
            }
            if (column.column() == XlsxColumn.DIFFICULTY) {
                addDifficultyList(sheet, i);
            }
        }
        sheet.createFreezePane(0, 1);
    }

    private static String exampleValue(Column column, Locale locale) {
        return switch (column.column()) {
            case QUESTION -> text("template.example.question", locale);
            case OPTION -> column.option() < EXAMPLE_OPTIONS
                    ? text("template.example.option" + QuestionRules.letter(column.option()), locale) : null;
            case CORRECT -> text("template.example.answer", locale);
            case TOPIC -> text("template.example.topic", locale);
            case DIFFICULTY -> text("template.example.difficulty", locale);
            case EXPLANATION -> text("template.example.explanation", locale);
            case LEGAL_SOURCE -> text("template.example.legalSource", locale);
            // optional, and left empty: an example copied as is would otherwise hide a question from other groups
            case POOLS -> null;
        };
    }

    private static CellStyle headerStyle(XSSFWorkbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(bold);
        style.setWrapText(true);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        style.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setBorderBottom(BorderStyle.THIN);
        return style;
    }

    private static void addDifficultyList(XSSFSheet sheet, int column) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation list = helper.createValidation(
                helper.createExplicitListConstraint(new String[] {"Dễ", "Trung bình", "Khó"}),
                new CellRangeAddressList(1, VALIDATED_ROWS, column, column));
        list.setShowErrorBox(true);
        list.setEmptyCellAllowed(true);
        sheet.addValidationData(list);
    }

    private static void writeInstructions(XSSFWorkbook workbook, Locale locale) {
        XSSFSheet sheet = workbook.createSheet(text("template.sheet.instructions", locale));
        sheet.setColumnWidth(0, 120 * 256);
        CellStyle wrap = workbook.createCellStyle();
        wrap.setWrapText(true);
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle title = workbook.createCellStyle();
        title.setFont(bold);
        sheet.createRow(0).createCell(0).setCellValue(text("template.instructions.title", locale));
        sheet.getRow(0).getCell(0).setCellStyle(title);
        ImportLimits limits = ImportLimits.defaults();
        for (int line = 1; line <= INSTRUCTION_LINES; line++) {
            String instruction = text("template.instructions." + line, locale, limits.maxQuestions(),
                    limits.maxBytes() / (1024 * 1024));
            sheet.createRow(line + 1).createCell(0).setCellValue(instruction);
            sheet.getRow(line + 1).getCell(0).setCellStyle(wrap);
        }
    }

    private static String text(String key, Locale locale, Object... args) {
        return ImportMessages.text(key, locale, args);
    }
}
