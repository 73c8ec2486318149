package vn.cuocthi.tenantadmin.questionbank.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cuocthi.tenantadmin.questionbank.importing.Imports.correctOptions;
import static vn.cuocthi.tenantadmin.questionbank.importing.Imports.parse;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxQuestionTemplateTest {

    @Test
    void template_hasTheVietnameseHeadersInTheirOrder() throws IOException {
        try (XSSFWorkbook workbook = open(template(null))) {
            XSSFSheet questions = workbook.getSheetAt(0);

            assertThat(questions.getSheetName()).isEqualTo("Câu hỏi");
            List<String> headers = new ArrayList<>();
            questions.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
            assertThat(headers).containsExactly("Câu hỏi", "Phương án A", "Phương án B", "Phương án C",
                    "Phương án D", "Phương án E", "Phương án F", "Phương án G", "Phương án H",
                    "Đáp án đúng (VD: B hoặc A,C)", "Chủ đề", "Mức độ (Dễ/Trung bình/Khó)", "Giải thích",
                    "Căn cứ pháp lý", "Nhóm đối tượng (mã nhóm, VD: CBCCVC,ND)");
        }
    }

    @Test
    void template_exampleRowImportsAsAValidQuestion() throws IOException {
        ImportResult result = parse(QuestionFormat.XLSX, template(null));

        assertThat(result.problems()).isEmpty();
        ImportedQuestion example = result.questions().getFirst();
        assertThat(example.line()).isEqualTo(2);
        assertThat(example.text()).startsWith("Chương trình tổng thể cải cách hành chính nhà nước");
        assertThat(correctOptions(example)).containsExactly("Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ");
        assertThat(example.options()).hasSize(4);
        assertThat(example.difficulty()).isEqualTo("EASY");
        assertThat(example.topic()).isNotBlank();
        assertThat(example.explanation()).isNotBlank();
        assertThat(example.legalSource()).isEqualTo("Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ");
    }

    @Test
    void template_instructionsSheetExplainsEveryColumnAndTheLimits() throws IOException {
        try (XSSFWorkbook workbook = open(template(null))) {
            XSSFSheet instructions = workbook.getSheetAt(1);
            StringBuilder text = new StringBuilder();
            instructions.forEach(row -> row.forEach(cell -> text.append(cell.getStringCellValue()).append('\n')));

            assertThat(instructions.getSheetName()).isEqualTo("Hướng dẫn");
            assertThat(text.toString()).contains("Câu hỏi", "Phương án A", "Đáp án đúng", "A,C", "Chủ đề",
                    "Mức độ", "Giải thích", "Căn cứ pháp lý", "10.000 câu hỏi", "20 MB");
        }
    }

    @Test
    void template_difficultyColumnOffersTheThreeLevels() throws IOException {
        try (XSSFWorkbook workbook = open(template(null))) {
            List<? extends DataValidation> validations = workbook.getSheetAt(0).getDataValidations();

            assertThat(validations).singleElement().satisfies(v -> {
                assertThat(v.getValidationConstraint().getExplicitListValues())
                        .containsExactly("Dễ", "Trung bình", "Khó");
                assertThat(v.getRegions().getCellRangeAddress(0).getFirstColumn()).isEqualTo(11);
            });
        }
    }

    @Test
    void template_cellsAreTextSoDatesAndNumbersStayAsTyped() throws IOException {
        try (XSSFWorkbook workbook = open(template(null))) {
            Cell example = workbook.getSheetAt(0).getRow(1).getCell(0);

            assertThat(example.getCellStyle().getDataFormatString()).isEqualTo("@");
            assertThat(workbook.getSheetAt(0).getColumnStyle(1).getDataFormatString()).isEqualTo("@");
        }
    }

    @Test
    void template_inEnglishKeepsTheHeadersTheImporterReads() throws IOException {
        byte[] english = template(Locale.ENGLISH);

        ImportResult result = parse(QuestionFormat.XLSX, english);

        assertThat(result.problems()).isEmpty();
        assertThat(result.questions().getFirst().difficulty()).isEqualTo("EASY");
        try (XSSFWorkbook workbook = open(english)) {
            assertThat(workbook.getSheetAt(1).getSheetName()).isEqualTo("Instructions");
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Câu hỏi");
        }
    }

    private static byte[] template(Locale locale) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (locale == null) {
            XlsxQuestionTemplate.write(out);
        } else {
            XlsxQuestionTemplate.write(out, locale);
        }
        return out.toByteArray();
    }

    private static XSSFWorkbook open(byte[] workbook) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(workbook));
    }
}
