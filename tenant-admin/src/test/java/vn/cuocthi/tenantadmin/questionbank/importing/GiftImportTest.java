package vn.cuocthi.tenantadmin.questionbank.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cuocthi.tenantadmin.questionbank.importing.Imports.correctOptions;
import static vn.cuocthi.tenantadmin.questionbank.importing.Imports.optionTexts;
import static vn.cuocthi.tenantadmin.questionbank.importing.Imports.parse;
import static vn.cuocthi.tenantadmin.questionbank.importing.Imports.parseFixture;
import static vn.cuocthi.tenantadmin.questionbank.importing.Imports.problems;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GiftImportTest {

    private static List<ImportedQuestion> bank;

    @BeforeAll
    static void readTheValidBank() {
        ImportResult result = parseFixture(QuestionFormat.GIFT, "gift/cchc-valid.gift");
        assertThat(result.problems()).isEmpty();
        bank = result.questions();
    }

    @Test
    void gift_validBankGivesEveryQuestionAtTheLineItStarts() {
        assertThat(bank).extracting(ImportedQuestion::line).containsExactly(6, 14, 24, 30, 32);
    }

    @Test
    void gift_titleIsNotPartOfTheQuestionText() {
        assertThat(bank.getFirst().text()).isEqualTo("Chương trình tổng thể cải cách hành chính nhà nước "
                + "giai đoạn 2021 – 2030 được ban hành kèm theo văn bản nào?");
    }

    @Test
    void gift_equalsMarksTheRightAnswerAndTildeTheWrongOnes() {
        ImportedQuestion question = bank.getFirst();

        assertThat(correctOptions(question)).containsExactly("Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ");
        assertThat(question.options()).hasSize(4);
        assertThat(question.multiple()).isFalse();
    }

    @Test
    void gift_answerFeedbackIsDroppedAndGeneralFeedbackBecomesTheExplanation() {
        ImportedQuestion question = bank.getFirst();

        assertThat(optionTexts(question)).contains("Nghị quyết số 30c/NQ-CP ngày 08/11/2011 của Chính phủ");
        assertThat(question.explanation()).isEqualTo("Nghị quyết số 76/NQ-CP ban hành Chương trình tổng thể "
                + "cải cách hành chính nhà nước giai đoạn 2021 – 2030.");
    }

    @Test
    void gift_positiveWeightsAreCorrectAnswersOfAMultipleChoiceQuestion() {
        ImportedQuestion question = bank.get(1);

        assertThat(question.multiple()).isTrue();
        assertThat(correctOptions(question)).hasSize(3).first().isEqualTo("Cải cách thể chế");
        assertThat(optionTexts(question)).last()
                .isEqualTo("Tăng số lượng cơ quan chuyên môn thuộc Ủy ban nhân dân cấp tỉnh");
    }

    @Test
    void gift_categorySetsTheTopicOfTheQuestionsAfterIt() {
        assertThat(bank).extracting(ImportedQuestion::topic).containsExactly(
                "Chương trình tổng thể", "Chương trình tổng thể",
                "Thủ tục hành chính", "Thủ tục hành chính", "Thủ tục hành chính");
    }

    @Test
    void gift_escapedEqualsSignStaysInTheQuestionText() {
        assertThat(bank.get(2).text()).contains("\"Thủ tục hành chính = trình tự, cách thức thực hiện");
        assertThat(bank.get(2).options()).hasSize(3);
    }

    @Test
    void gift_escapedEqualsSignStaysInOptionText() {
        ImportResult result = parse(QuestionFormat.GIFT, "Biểu thức nào đúng? {=1 + 1 \\= 2 ~1 + 1 \\= 3}");

        assertThat(optionTexts(result.questions().getFirst())).containsExactly("1 + 1 = 2", "1 + 1 = 3");
        assertThat(correctOptions(result.questions().getFirst())).containsExactly("1 + 1 = 2");
    }

    @Test
    void gift_escapedBracesTildeHashAndColonAreText() {
        ImportResult result = parse(QuestionFormat.GIFT,
                "::Tiêu đề\\: phụ:: Ký hiệu \\{A\\} \\# 1 \\~ 2 là gì? {=Ký hiệu \\# số ~Ký hiệu \\{ngoặc\\}}");

        ImportedQuestion question = result.questions().getFirst();
        assertThat(question.text()).isEqualTo("Ký hiệu {A} # 1 ~ 2 là gì?");
        assertThat(optionTexts(question)).containsExactly("Ký hiệu # số", "Ký hiệu {ngoặc}");
    }

    @Test
    void gift_questionOnOneLineWithoutTitleIsRead() {
        assertThat(bank.get(3).text()).isEqualTo("Cổng Dịch vụ công quốc gia có địa chỉ truy cập nào?");
        assertThat(correctOptions(bank.get(3))).containsExactly("dichvucong.gov.vn");
    }

    @Test
    void gift_htmlQuestionsAreStrippedToPlainTextWithEntitiesDecoded() {
        ImportedQuestion question = bank.get(4);

        assertThat(question.text()).isEqualTo("Trong hồ sơ, ký hiệu { } và dấu \"~\" được dùng để làm gì?");
        assertThat(optionTexts(question)).containsExactly(
                "Không có ý nghĩa pháp lý, chỉ là ký hiệu trình bày", "Đánh dấu hồ sơ quá hạn");
    }

    @Test
    void gift_everyOtherQuestionTypeIsReportedOnItsLineNeverGuessed() {
        ImportResult result = parseFixture(QuestionFormat.GIFT, "gift/unsupported.gift");

        assertThat(result.questions()).isEmpty();
        assertThat(problems(result)).containsExactly(
                "3:gift.trueFalse",
                "5:gift.shortAnswer",
                "7:gift.matching",
                "12:gift.numerical",
                "14:gift.essay",
                "16:gift.missingWord",
                "18:gift.noAnswers",
                "20:gift.unclosedAnswers");
    }

    @Test
    void gift_singleChoiceWithTwoEqualsAnswersIsReported() {
        ImportResult result = parse(QuestionFormat.GIFT,
                "Cơ quan thường trực cải cách hành chính của tỉnh? {=Sở Nội vụ =Sở Nội Vụ tỉnh ~Sở Tư pháp}");

        assertThat(problems(result)).containsExactly("1:question.singleWithManyCorrect");
    }

    @Test
    void gift_noPositiveWeightMeansNoCorrectAnswer() {
        ImportResult result = parse(QuestionFormat.GIFT, "Câu hỏi? {~%-50%Một ~%0%Hai ~Ba}");

        assertThat(problems(result)).containsExactly("1:question.noCorrect");
    }

    @Test
    void gift_badWeightAndTextBeforeTheFirstAnswerAreReported() {
        ImportResult result = parse(QuestionFormat.GIFT, "Câu một? {Một =Hai ~Ba}\n\nCâu hai? {=Một ~%năm%Hai}");

        assertThat(problems(result)).containsExactly("1:gift.badAnswer", "3:gift.badWeight");
        assertThat(result.problems().get(0).args()).containsExactly("Một");
        assertThat(result.problems().get(1).args()).containsExactly("%năm%");
    }

    @Test
    void gift_commentLinesInsideAQuestionAreIgnored() {
        ImportResult result = parse(QuestionFormat.GIFT, """
                Chỉ số PAR Index do cơ quan nào chủ trì xác định? {
                // đáp án đúng là Bộ Nội vụ
                =Bộ Nội vụ
                ~Văn phòng Chính phủ
                }
                """);

        assertThat(result.ok()).isTrue();
        assertThat(optionTexts(result.questions().getFirst())).containsExactly("Bộ Nội vụ", "Văn phòng Chính phủ");
    }
}
