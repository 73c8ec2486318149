package vn.cuocthi.tenantadmin.questionbank.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cuocthi.tenantadmin.questionbank.importing.Documents.docx;
import static vn.cuocthi.tenantadmin.questionbank.importing.Imports.correctOptions;
import static vn.cuocthi.tenantadmin.questionbank.importing.Imports.optionTexts;
import static vn.cuocthi.tenantadmin.questionbank.importing.Imports.parse;
import static vn.cuocthi.tenantadmin.questionbank.importing.Imports.problems;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

import vn.cuocthi.tenantadmin.questionbank.importing.Documents.AutoNumber;

class DocxImportTest {

    @Test
    void docx_bankWrittenByAnOfficerIsReadWhole() {
        ImportResult result = Imports.parseFixture(QuestionFormat.DOCX, "docx/officer-bank.docx");

        assertThat(result.problems()).isEmpty();
        assertThat(result.questions()).extracting(ImportedQuestion::line).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(correctOptions(result.questions().get(0)))
                .containsExactly("Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ");
        ImportedQuestion twoColumns = result.questions().get(1);
        assertThat(optionTexts(twoColumns)).containsExactly("4 nội dung", "5 nội dung", "6 nội dung", "7 nội dung");
        assertThat(correctOptions(twoColumns)).containsExactly("6 nội dung");
        assertThat(twoColumns.explanation()).startsWith("Sáu nội dung gồm cải cách thể chế;");
        assertThat(twoColumns.legalSource()).isEqualTo("Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ");
        assertThat(correctOptions(result.questions().get(3))).containsExactly(
                "Thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính");
        assertThat(result.questions().get(3).topic()).isEqualTo("Cơ chế một cửa, một cửa liên thông");
        assertThat(correctOptions(result.questions().get(4))).containsExactly("Trung tâm Phục vụ hành chính công");
        assertThat(result.questions().get(6).difficulty()).isEqualTo("EASY");
        assertThat(result.questions().get(7).text()).contains("thành phố trực thuộc Trung ương do cơ quan nào");
        assertThat(correctOptions(result.questions().get(7))).containsExactly("Bộ Nội vụ");
    }

    @Test
    void docx_questionsNumberedInEveryUsualWayAreReadWithTheirNumber() {
        ImportResult result = parse(QuestionFormat.DOCX, docx(
                "Câu 1: Cơ quan nào là cơ quan thường trực về cải cách hành chính của tỉnh?",
                "A. *Sở Nội vụ", "B. Sở Tư pháp",
                "Câu 2. Chỉ số PAR Index do cơ quan nào chủ trì xác định?",
                "A. Văn phòng Chính phủ", "B. Bộ Nội vụ*",
                "3. Chỉ số SIPAS đo lường điều gì?",
                "A) *Sự hài lòng của người dân, tổ chức", "B) Năng lực cạnh tranh cấp tỉnh",
                "4) Cổng Dịch vụ công quốc gia có địa chỉ nào?",
                "a. dichvucong.gov.vn*", "b. congdichvu.gov.vn"));

        assertThat(result.problems()).isEmpty();
        assertThat(result.questions()).extracting(ImportedQuestion::line).containsExactly(1, 2, 3, 4);
        assertThat(result.questions()).extracting(ImportedQuestion::text).containsExactly(
                "Cơ quan nào là cơ quan thường trực về cải cách hành chính của tỉnh?",
                "Chỉ số PAR Index do cơ quan nào chủ trì xác định?",
                "Chỉ số SIPAS đo lường điều gì?",
                "Cổng Dịch vụ công quốc gia có địa chỉ nào?");
    }

    @Test
    void docx_starBeforeOrAfterTheLetterOrAtTheEndMarksTheAnswerAndIsRemoved() {
        ImportResult result = parse(QuestionFormat.DOCX, docx(
                "Câu 1: Trước chữ cái?", "*A. Đúng", "B. Sai",
                "Câu 2: Sau chữ cái?", "A. Sai", "B*. Đúng",
                "Câu 3: Sau dấu chấm?", "A.* Đúng", "B. Sai",
                "Câu 4: Cuối phương án?", "A. Sai", "B. Đúng *"));

        assertThat(result.problems()).isEmpty();
        assertThat(result.questions()).allSatisfy(q -> {
            assertThat(correctOptions(q)).containsExactly("Đúng");
            assertThat(optionTexts(q)).containsExactlyInAnyOrder("Đúng", "Sai");
        });
    }

    @Test
    void docx_wholeOptionInBoldIsTheCorrectOne() {
        ImportResult result = parse(QuestionFormat.DOCX, docx(
                "**Câu 1: Nghị quyết số 76/NQ-CP được ban hành ngày nào?**",
                "A. 08/11/2011", "B. **15/7/2021**", "C. 23/4/2018"));

        assertThat(result.problems()).isEmpty();
        assertThat(correctOptions(result.questions().getFirst())).containsExactly("15/7/2021");
    }

    @Test
    void docx_boldLetterOrPartlyBoldTextDoesNotMarkAnAnswer() {
        ImportResult result = parse(QuestionFormat.DOCX, docx(
                "Câu 1: Văn bản nào quy định về cơ chế một cửa?",
                "**A.** Nghị định số 61/2018/NĐ-CP", "B. Nghị định số **63/2010**/NĐ-CP"));

        assertThat(problems(result)).containsExactly("1:question.noCorrect");
    }

    @Test
    void docx_starAndBoldNamingDifferentOptionsIsReported() {
        ImportResult result = parse(QuestionFormat.DOCX, docx(
                "Câu 7: Cơ quan nào chủ trì xác định Chỉ số SIPAS?",
                "A. *Bộ Nội vụ", "B. **Bộ Tư pháp**"));

        assertThat(problems(result)).containsExactly("7:docx.answerConflict");
        assertThat(result.problems().getFirst().args()).containsExactly("A", "B", "—");
    }

    @Test
    void docx_starAndBoldOnTheSameOptionAgree() {
        ImportResult result = parse(QuestionFormat.DOCX, docx(
                "Câu 1: Cơ quan nào chủ trì xác định Chỉ số SIPAS?", "A. **Bộ Nội vụ***", "B. Bộ Tư pháp"));

        assertThat(result.problems()).isEmpty();
        assertThat(correctOptions(result.questions().getFirst())).containsExactly("Bộ Nội vụ");
    }

    @Test
    void docx_everyOptionInBoldCannotTellTheAnswer() {
        ImportResult result = parse(QuestionFormat.DOCX, docx(
                "Câu 1: Câu hỏi?", "**A. Một**", "**B. Hai**"));

        assertThat(problems(result)).containsExactly("1:docx.allOptionsBold");
    }

    @Test
    void docx_questionWithoutAnyMarkedAnswerIsReported() {
        ImportResult result = parse(QuestionFormat.DOCX, docx("Câu 3: Câu hỏi?", "A. Một", "B. Hai"));

        assertThat(problems(result)).containsExactly("3:question.noCorrect");
    }

    @Test
    void docx_linesAfterTheOptionsGiveTopicDifficultyExplanationLegalSourceAndAnswer() {
        ImportResult result = parse(QuestionFormat.DOCX, docx(
                "Câu 1: Bộ phận Một cửa cấp xã do cơ quan nào thành lập?",
                "A. Ủy ban nhân dân cấp xã", "B. Hội đồng nhân dân cấp xã", "C. Sở Nội vụ",
                "Đáp án: A",
                "Chủ đề: Cơ chế một cửa",
                "Mức độ: Trung bình",
                "Giải thích: Chủ tịch Ủy ban nhân dân cấp xã quyết định thành lập Bộ phận Một cửa.",
                "Căn cứ: Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ"));

        assertThat(result.problems()).isEmpty();
        ImportedQuestion question = result.questions().getFirst();
        assertThat(correctOptions(question)).containsExactly("Ủy ban nhân dân cấp xã");
        assertThat(question.topic()).isEqualTo("Cơ chế một cửa");
        assertThat(question.difficulty()).isEqualTo("MEDIUM");
        assertThat(question.explanation()).startsWith("Chủ tịch Ủy ban nhân dân cấp xã");
        assertThat(question.legalSource()).isEqualTo("Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ");
    }

    @Test
    void docx_answerLineDisagreeingWithTheStarIsReported() {
        ImportResult result = parse(QuestionFormat.DOCX, docx(
                "Câu 1: Câu hỏi?", "A. Một*", "B. Hai", "Đáp án: B"));

        assertThat(problems(result)).containsExactly("1:docx.answerConflict");
        assertThat(result.problems().getFirst().args()).containsExactly("A", "—", "B");
    }

    @Test
    void docx_wordAutomaticNumberingForQuestionsAndOptionsIsRead() {
        byte[] document = Documents.builder()
                .numbered(AutoNumber.NUMBER, "Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 – 2030 "
                        + "có bao nhiêu nội dung?")
                .numbered(AutoNumber.LETTER, "4 nội dung")
                .numbered(AutoNumber.LETTER, "**6 nội dung**")
                .numbered(AutoNumber.LETTER, "8 nội dung")
                .numbered(AutoNumber.NUMBER, "Nội dung nào thuộc Chương trình tổng thể giai đoạn 2021 – 2030?")
                .numbered(AutoNumber.LETTER, "Cải cách tài chính công *")
                .numbered(AutoNumber.LETTER, "Cải cách giáo dục phổ thông")
                .bytes();

        ImportResult result = parse(QuestionFormat.DOCX, document);

        assertThat(result.problems()).isEmpty();
        assertThat(result.questions()).extracting(ImportedQuestion::line).containsExactly(1, 2);
        assertThat(correctOptions(result.questions().getFirst())).containsExactly("6 nội dung");
        assertThat(correctOptions(result.questions().get(1))).containsExactly("Cải cách tài chính công");
    }

    @Test
    void docx_numberAndLettersTypedInsideWordsOwnListsAreNotKeptInTheText() {
        byte[] document = Documents.builder()
                .numbered(AutoNumber.NUMBER, "Câu 9: Cơ quan nào là cơ quan thường trực cải cách hành chính của tỉnh?")
                .numbered(AutoNumber.LETTER, "A. Sở Nội vụ*")
                .numbered(AutoNumber.LETTER, "B. Sở Tư pháp")
                .bytes();

        ImportedQuestion question = parse(QuestionFormat.DOCX, document).questions().getFirst();

        assertThat(question.line()).isEqualTo(9);
        assertThat(question.text()).startsWith("Cơ quan nào");
        assertThat(optionTexts(question)).containsExactly("Sở Nội vụ", "Sở Tư pháp");
    }

    @Test
    void docx_optionsSharingALineSeparatedByTabsAreSplit() {
        ImportResult result = parse(QuestionFormat.DOCX, docx(
                "Câu 1: Cổng Dịch vụ công quốc gia vận hành từ năm nào?",
                "A. 2018\tB. **2019**", "C. 2020\t\tD. 2021"));

        assertThat(result.problems()).isEmpty();
        assertThat(optionTexts(result.questions().getFirst())).containsExactly("2018", "2019", "2020", "2021");
        assertThat(correctOptions(result.questions().getFirst())).containsExactly("2019");
    }

    @Test
    void docx_optionsOnSeparateLinesOfOneParagraphAreSplit() {
        ImportResult result = parse(QuestionFormat.DOCX, docx(
                "Câu 1: Cổng Dịch vụ công quốc gia vận hành từ năm nào?\nA. 2018\nB. 2019*\nC. 2020"));

        assertThat(result.problems()).isEmpty();
        assertThat(optionTexts(result.questions().getFirst())).containsExactly("2018", "2019", "2020");
    }

    @Test
    void docx_questionTextMayContinueOnTheNextParagraph() {
        ImportResult result = parse(QuestionFormat.DOCX, docx(
                "Câu 1:", "Theo Nghị quyết số 76/NQ-CP,", "trọng tâm cải cách hành chính gồm nội dung nào?",
                "A. Cải cách thể chế*", "B. Tăng biên chế"));

        assertThat(result.questions().getFirst().text())
                .isEqualTo("Theo Nghị quyết số 76/NQ-CP, trọng tâm cải cách hành chính gồm nội dung nào?");
    }

    @Test
    void docx_titleAndLetterheadTableBeforeTheFirstQuestionAreSkipped() {
        byte[] document = Documents.builder()
                .table("UBND TỈNH CAO BẰNG\nSỞ NỘI VỤ",
                        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc")
                .paragraph("BỘ CÂU HỎI")
                .paragraph("Cuộc thi trực tuyến tìm hiểu về cải cách hành chính năm 2025")
                .paragraph("Câu 1: Câu hỏi?").paragraph("A. Một*").paragraph("B. Hai")
                .bytes();

        ImportResult result = parse(QuestionFormat.DOCX, document);

        assertThat(result.problems()).isEmpty();
        assertThat(result.questions()).hasSize(1);
    }

    @Test
    void docx_tableAmongTheQuestionsIsReported() {
        byte[] document = Documents.builder()
                .paragraph("Câu 1: Câu hỏi?").paragraph("A. Một*").paragraph("B. Hai")
                .table("Câu 2", "Câu hỏi trong bảng?", "A", "B")
                .bytes();

        assertThat(problems(parse(QuestionFormat.DOCX, document))).containsExactly("1:docx.table");
    }

    @Test
    void docx_unrecognisedParagraphAfterTheOptionsIsReportedButSectionHeadingsAreNot() {
        ImportResult result = parse(QuestionFormat.DOCX, docx(
                "Câu 1: Câu hỏi?", "A. Một*", "B. Hai",
                "Ghi chú: câu này dễ",
                "PHẦN II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH",
                "Câu 2: Câu hỏi khác?", "A. Một*", "B. Hai"));

        assertThat(problems(result)).containsExactly("1:docx.unrecognisedParagraph");
        assertThat(result.problems().getFirst().args()).containsExactly("Ghi chú: câu này dễ");
    }

    @Test
    void docx_optionBeforeTheFirstQuestionIsReportedSoNothingIsSilentlyLost() {
        ImportResult result = parse(QuestionFormat.DOCX, docx(
                "Câu hỏi số một: Câu hỏi?", "A. Một*", "B. Hai", "Câu 2: Câu hỏi?", "A. Một*", "B. Hai"));

        assertThat(problems(result)).containsExactly("0:docx.optionBeforeFirstQuestion",
                "0:docx.optionBeforeFirstQuestion");
    }

    @Test
    void docx_optionLettersOutOfOrderAreReported() {
        ImportResult result = parse(QuestionFormat.DOCX, docx("Câu 4: Câu hỏi?", "A. Một*", "C. Hai"));

        assertThat(problems(result)).containsExactly("4:option.outOfOrder");
    }

    @Test
    void docx_trackedChangesAreReportedBecauseDeletedTextWouldBeRead() {
        byte[] document = Documents.builder()
                .paragraphWithTrackedChanges("Câu 1: Nghị quyết số ", "76", "30c")
                .paragraph("A. Một*").paragraph("B. Hai")
                .bytes();

        assertThat(problems(parse(QuestionFormat.DOCX, document))).containsExactly("0:docx.trackedChanges");
    }

    @Test
    void docx_pictureInAQuestionIsReported() {
        byte[] document = Documents.builder()
                .paragraphWithPicture("Câu 1: Biểu tượng nào là của Cổng Dịch vụ công quốc gia?")
                .paragraph("A. Hình 1*").paragraph("B. Hình 2")
                .bytes();

        assertThat(problems(parse(QuestionFormat.DOCX, document))).containsExactly("1:question.image");
    }

    @Test
    void docx_decomposedUnicodeFromAMacComesOutComposed() {
        String question = "Câu 1: Bộ phận Một cửa tiếp nhận hồ sơ của tổ chức, cá nhân ở đâu?";

        ImportResult result = parse(QuestionFormat.DOCX, docx(Normalizer.normalize(question, Normalizer.Form.NFD),
                Normalizer.normalize("A. Trụ sở Ủy ban nhân dân*", Normalizer.Form.NFD), "B. Nhà văn hóa"));

        assertThat(result.problems()).isEmpty();
        assertThat(result.questions().getFirst().text())
                .isEqualTo("Bộ phận Một cửa tiếp nhận hồ sơ của tổ chức, cá nhân ở đâu?");
        assertThat(correctOptions(result.questions().getFirst())).containsExactly("Trụ sở Ủy ban nhân dân");
    }

    @Test
    void docx_excelWorkbookUploadedAsWordIsNamedForWhatItIs() {
        ImportResult result = parse(QuestionFormat.DOCX, Workbooks.xlsx(Workbooks.TEMPLATE_HEADER));

        assertThat(problems(result)).containsExactly("0:file.isOtherFormat");
        assertThat(result.problems().getFirst().args()).containsExactly("Excel (.xlsx)", "Word (.docx)");
    }
}
