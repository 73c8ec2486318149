package vn.cuocthi.tenantadmin.questionbank.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cuocthi.tenantadmin.questionbank.importing.Imports.correctOptions;
import static vn.cuocthi.tenantadmin.questionbank.importing.Imports.optionTexts;
import static vn.cuocthi.tenantadmin.questionbank.importing.Imports.parse;
import static vn.cuocthi.tenantadmin.questionbank.importing.Imports.problems;
import static vn.cuocthi.tenantadmin.questionbank.importing.Workbooks.TEMPLATE_HEADER;
import static vn.cuocthi.tenantadmin.questionbank.importing.Workbooks.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.text.Normalizer;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxImportTest {

    private static final Object[] PAR_INDEX = {
        "Chỉ số cải cách hành chính (PAR Index) do cơ quan nào chủ trì xác định?",
        "Bộ Nội vụ", "Bộ Tư pháp", "Văn phòng Chính phủ", null, "A", "Chỉ số đánh giá", "Dễ", null, null};

    @Test
    void xlsx_bankWrittenByAnOfficerIsReadWhole() {
        ImportResult result = Imports.parseFixture(QuestionFormat.XLSX, "xlsx/officer-bank.xlsx");

        assertThat(result.problems()).isEmpty();
        assertThat(result.questions()).extracting(ImportedQuestion::line).containsExactly(4, 5, 6, 8, 9, 10);
        assertThat(correctOptions(result.questions().get(0))).containsExactly("15/7/2021");
        assertThat(optionTexts(result.questions().get(1))).containsExactly("4", "5", "6", "7");
        assertThat(correctOptions(result.questions().get(1))).containsExactly("6");
        assertThat(correctOptions(result.questions().get(2))).containsExactly("2019");
        assertThat(result.questions().get(3).options()).hasSize(3);
        assertThat(result.questions().get(3).difficulty()).isEqualTo("MEDIUM");
        assertThat(result.questions().get(3).topic()).isEqualTo("Cơ chế một cửa");
        // The fixture's cell is decomposed (NFD); this literal is composed.
        assertThat(result.questions().get(4).text()).startsWith("Chỉ số đo lường sự hài lòng của người dân");
        assertThat(result.questions().get(5).multiple()).isTrue();
    }

    @Test
    void xlsx_groupColumnPutsEachRowInTheNamedPools() {
        Object[] header = {"Câu hỏi", "Phương án A", "Phương án B", "Đáp án đúng", "Nhóm đối tượng"};
        ImportResult result = parse(QuestionFormat.XLSX, xlsx(header,
                new Object[] {"Câu hỏi dành cho cán bộ, công chức?", "Có", "Không", "A", "CBCCVC"},
                new Object[] {"Câu hỏi dành cho cả hai nhóm?", "Có", "Không", "A", " CBCCVC, ND;ND "},
                new Object[] {"Câu hỏi dành cho mọi nhóm?", "Có", "Không", "A", null}));

        assertThat(result.problems()).isEmpty();
        assertThat(result.questions()).extracting(ImportedQuestion::pools)
                .containsExactly(java.util.List.of("CBCCVC"), java.util.List.of("CBCCVC", "ND"), java.util.List.of());
    }

    @Test
    void xlsx_groupCodeWithSpacesOrDiacriticsIsReportedOnItsRow() {
        Object[] header = {"Câu hỏi", "Phương án A", "Phương án B", "Đáp án đúng", "Nhóm đối tượng"};
        ImportResult result = parse(QuestionFormat.XLSX, xlsx(header,
                new Object[] {"Câu hỏi dành cho nhân dân?", "Có", "Không", "A", "Nhân dân"}));

        assertThat(problems(result)).containsExactly("2:question.badPool");
        assertThat(result.problems().getFirst().args()).containsExactly("Nhân dân");
    }

    @Test
    void xlsx_templateLayoutGivesOneQuestionPerRowWithEveryColumn() {
        ImportResult result = parse(QuestionFormat.XLSX, xlsx(TEMPLATE_HEADER, PAR_INDEX, new Object[] {
            "Những chỉ số nào do Bộ Nội vụ chủ trì triển khai hằng năm?", "PAR Index", "SIPAS", "PCI", null, "A,B",
            "Chỉ số đánh giá", "Trung bình", "PCI do VCCI công bố.",
            "Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ"}));

        assertThat(result.problems()).isEmpty();
        assertThat(result.questions()).extracting(ImportedQuestion::line).containsExactly(2, 3);
        ImportedQuestion first = result.questions().getFirst();
        assertThat(optionTexts(first)).containsExactly("Bộ Nội vụ", "Bộ Tư pháp", "Văn phòng Chính phủ");
        assertThat(correctOptions(first)).containsExactly("Bộ Nội vụ");
        assertThat(first.topic()).isEqualTo("Chỉ số đánh giá");
        assertThat(first.difficulty()).isEqualTo("EASY");
        ImportedQuestion second = result.questions().get(1);
        assertThat(second.multiple()).isTrue();
        assertThat(correctOptions(second)).containsExactly("PAR Index", "SIPAS");
        assertThat(second.difficulty()).isEqualTo("MEDIUM");
        assertThat(second.explanation()).isEqualTo("PCI do VCCI công bố.");
        assertThat(second.legalSource()).isEqualTo("Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ");
    }

    @Test
    void xlsx_rowWithoutCorrectAnswerIsReportedWithItsRowNumber() {
        Object[] noAnswer = PAR_INDEX.clone();
        noAnswer[5] = null;

        ImportResult result = parse(QuestionFormat.XLSX,
                xlsx(TEMPLATE_HEADER, PAR_INDEX.clone(), null, null, noAnswer));

        assertThat(problems(result)).containsExactly("5:question.duplicateOfRow", "5:question.noCorrect");
        assertThat(result.problems().getFirst().args()).containsExactly(2);
    }

    @Test
    void xlsx_headersAreMatchedByNameInAnyOrderIgnoringCaseDiacriticsAndHints() {
        Object[] header = {"STT", "ĐÁP ÁN ĐÚNG (VD: B hoặc A,C)", "phuong an b", "Câu hỏi:", "Phương án A", "muc do"};
        Object[] row = {1, "b", "Sở Nội vụ", "Cơ quan nào là cơ quan thường trực cải cách hành chính của tỉnh?",
            "Sở Tư pháp", "khó"};

        ImportResult result = parse(QuestionFormat.XLSX, xlsx(header, row));

        assertThat(result.problems()).isEmpty();
        ImportedQuestion question = result.questions().getFirst();
        assertThat(optionTexts(question)).containsExactly("Sở Tư pháp", "Sở Nội vụ");
        assertThat(correctOptions(question)).containsExactly("Sở Nội vụ");
        assertThat(question.difficulty()).isEqualTo("HARD");
    }

    @Test
    void xlsx_singleLetterOptionHeadersAndATitleAboveTheHeaderAreAccepted() {
        ImportResult result = parse(QuestionFormat.XLSX, xlsx(
                new Object[] {"BỘ CÂU HỎI CUỘC THI TÌM HIỂU VỀ CẢI CÁCH HÀNH CHÍNH"},
                null,
                new Object[] {"Câu hỏi", "A", "B", "C", "Đáp án"},
                new Object[] {"Cổng Dịch vụ công quốc gia chính thức vận hành từ năm nào?", 2018, 2019, 2020, "B"}));

        assertThat(result.problems()).isEmpty();
        ImportedQuestion question = result.questions().getFirst();
        assertThat(question.line()).isEqualTo(4);
        assertThat(optionTexts(question)).containsExactly("2018", "2019", "2020");
    }

    @Test
    void xlsx_emptyRowsAreSkippedAndRowNumbersStayAsExcelShowsThem() {
        Object[] second = PAR_INDEX.clone();
        second[0] = "Chỉ số SIPAS do cơ quan nào chủ trì triển khai?";

        ImportResult result = parse(QuestionFormat.XLSX, xlsx(TEMPLATE_HEADER, PAR_INDEX, null,
                new Object[] {"  ", null, ""}, second));

        assertThat(result.questions()).extracting(ImportedQuestion::line).containsExactly(2, 5);
    }

    @Test
    void xlsx_everyProblemOfEveryRowIsReported() {
        ImportResult result = parse(QuestionFormat.XLSX, xlsx(TEMPLATE_HEADER,
                new Object[] {"", "Một", "Hai", null, null, "A"},
                new Object[] {"Câu có một phương án?", "Một", null, null, null, "A"},
                new Object[] {"Câu có phương án trống ở giữa?", "Một", null, "Ba", null, "A"},
                new Object[] {"Câu có đáp án ngoài phương án?", "Một", "Hai", null, null, "D"},
                new Object[] {"Câu có đáp án viết sai?", "Một", "Hai", null, null, "Bộ Nội vụ"},
                new Object[] {"Câu có phương án trùng?", "Sở Nội vụ", "SỞ NỘI VỤ", null, null, "A"},
                new Object[] {"Câu có mức độ lạ?", "Một", "Hai", null, null, "A", null, "Rất khó"}));

        assertThat(problems(result)).containsExactly(
                "2:question.textEmpty",
                "3:question.optionCount",
                "4:option.textEmpty",
                "5:question.unknownAnswer",
                "6:question.badAnswerKey",
                "7:option.duplicate",
                "8:question.unknownDifficulty");
        assertThat(result.questions()).isEmpty();
    }

    @Test
    void xlsx_questionsAreReadFromTheFirstSheetWithAHeaderRow() throws IOException {
        byte[] workbook;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Workbooks.fill(book.createSheet("Hướng dẫn"), new Object[] {"Điền câu hỏi ở trang sau."});
            Workbooks.fill(book.createSheet("Câu hỏi"), TEMPLATE_HEADER, PAR_INDEX);
            book.write(out);
            workbook = out.toByteArray();
        }

        ImportResult result = parse(QuestionFormat.XLSX, workbook);

        assertThat(result.questions()).singleElement().extracting(ImportedQuestion::line).isEqualTo(2);
    }

    @Test
    void xlsx_headerRowIsLookedForInTheFirstTwentyRowsOnly() {
        Object[][] rows = new Object[26][];
        for (int r = 0; r < 25; r++) {
            rows[r] = new Object[] {"Ghi chú " + (r + 1)};
        }
        rows[25] = TEMPLATE_HEADER;

        ImportResult result = parse(QuestionFormat.XLSX, xlsx(rows));

        assertThat(problems(result)).containsExactly("0:xlsx.noHeader");
    }

    @Test
    void xlsx_readingStopsOnceTheFileHasMoreQuestionsThanAllowed() {
        Object[][] rows = new Object[6][];
        rows[0] = TEMPLATE_HEADER;
        for (int r = 1; r < rows.length; r++) {
            rows[r] = new Object[] {"Câu hỏi số " + r + "?", "Một", "Hai", null, null, "A"};
        }
        ImportLimits three = new ImportLimits(1 << 20, 3, 4_000, 1_000, 10 << 20, 100, 100);

        ImportResult result = parse(QuestionFormat.XLSX, xlsx(rows), three);

        assertThat(problems(result)).containsExactly("0:file.tooManyQuestions");
        assertThat(result.questions()).hasSize(3);
    }

    @Test
    void xlsx_workbookWithoutHeaderRowIsReportedNamingTheColumnsNeeded() {
        ImportResult result = parse(QuestionFormat.XLSX, xlsx(new Object[] {"Nội dung", "Lựa chọn 1", "Lựa chọn 2"}));

        assertThat(problems(result)).containsExactly("0:xlsx.noHeader");
        assertThat(result.problems().getFirst().args().getFirst().toString())
                .contains("Câu hỏi", "Phương án A", "Phương án B", "Đáp án đúng");
    }

    @Test
    void xlsx_repeatedColumnIsReported() {
        ImportResult result = parse(QuestionFormat.XLSX, xlsx(
                new Object[] {"Câu hỏi", "Phương án A", "Phương án B", "Đáp án đúng", "Phương án A"}, PAR_INDEX));

        assertThat(problems(result)).contains("0:xlsx.duplicateColumn");
    }

    @Test
    void xlsx_decomposedUnicodeCellsComeOutComposed() {
        Object[] row = PAR_INDEX.clone();
        row[0] = Normalizer.normalize((String) row[0], Normalizer.Form.NFD);
        Object[] header = TEMPLATE_HEADER.clone();
        header[0] = Normalizer.normalize("Câu hỏi", Normalizer.Form.NFD);

        ImportResult result = parse(QuestionFormat.XLSX, xlsx(header, row));

        assertThat(result.questions().getFirst().text()).isEqualTo(PAR_INDEX[0]);
    }

    @Test
    void xlsx_wordDocumentUploadedAsExcelIsNamedForWhatItIs() {
        ImportResult result = parse(QuestionFormat.XLSX, Documents.docx("Câu 1: Câu hỏi?", "A. Một", "B. Hai"));

        assertThat(problems(result)).containsExactly("0:file.isOtherFormat");
        assertThat(result.problems().getFirst().args()).containsExactly("Word (.docx)", "Excel (.xlsx)");
    }
}
