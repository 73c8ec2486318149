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

class MoodleXmlImportTest {

    private static List<ImportedQuestion> quiz;

    @BeforeAll
    static void readTheQuiz() {
        ImportResult result = parseFixture(QuestionFormat.MOODLE_XML, "moodle/cchc-quiz.xml");
        assertThat(result.problems()).isEmpty();
        quiz = result.questions();
    }

    @Test
    void moodle_questionsComeInOrderWithTheLineOfTheirQuestionElement() {
        assertThat(quiz).extracting(ImportedQuestion::line).containsExactly(14, 49, 79, 98);
    }

    @Test
    void moodle_htmlIsStrippedToPlainTextWithEntitiesDecoded() {
        ImportedQuestion question = quiz.getFirst();

        assertThat(question.text()).isEqualTo("Chỉ số cải cách hành chính (PAR Index) của các bộ, cơ quan ngang bộ "
                + "và Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương do cơ quan nào chủ trì xác định hằng năm?");
        assertThat(optionTexts(question)).containsExactly(
                "Bộ Nội vụ", "Văn phòng Chính phủ", "Bộ Tư pháp & Bộ Tài chính");
    }

    @Test
    void moodle_singleMultichoiceHasTheAnswerWithPositiveFractionAsCorrect() {
        assertThat(correctOptions(quiz.getFirst())).containsExactly("Bộ Nội vụ");
        assertThat(quiz.getFirst().multiple()).isFalse();
    }

    @Test
    void moodle_generalFeedbackBecomesTheExplanationAndEmptyFeedbackNone() {
        assertThat(quiz.getFirst().explanation()).startsWith("Bộ Nội vụ là cơ quan thường trực cải cách hành chính");
        assertThat(quiz.get(1).explanation()).isNull();
    }

    @Test
    void moodle_multipleAnswerQuestionKeepsEveryPositiveFractionAsCorrect() {
        ImportedQuestion question = quiz.get(1);

        assertThat(question.multiple()).isTrue();
        assertThat(correctOptions(question)).hasSize(2);
        assertThat(optionTexts(question)).last().isEqualTo("Tốc độ tăng trưởng kinh tế của tỉnh");
    }

    @Test
    void moodle_trueFalseBecomesTwoOptionsDungAndSai() {
        ImportedQuestion question = quiz.get(2);

        assertThat(optionTexts(question)).containsExactly("Đúng", "Sai");
        assertThat(correctOptions(question)).containsExactly("Đúng");
        assertThat(question.multiple()).isFalse();
    }

    @Test
    void moodle_categorySetsTheTopicOfTheQuestionsAfterIt() {
        assertThat(quiz).extracting(ImportedQuestion::topic)
                .containsExactly("Chỉ số đánh giá", "Chỉ số đánh giá", "Cơ chế một cửa", "Cơ chế một cửa");
    }

    @Test
    void moodle_plainTextFormatKeepsAngleBracketsAsWritten() {
        assertThat(quiz.get(3).text()).endsWith("có được để trống < hay không?");
    }

    @Test
    void moodle_otherTypesImagesBadFractionsAndIncompleteTrueFalseAreReported() {
        ImportResult result = parseFixture(QuestionFormat.MOODLE_XML, "moodle/unsupported-types.xml");

        assertThat(problems(result)).containsExactly(
                "3:moodle.unsupportedType",
                "7:question.image",
                "14:moodle.unsupportedType",
                "17:moodle.badFraction",
                "23:moodle.badTrueFalse");
        assertThat(result.problems().get(0).args()).containsExactly(1, "shortanswer");
        assertThat(result.problems().get(2).args()).containsExactly(3, "essay");
        assertThat(result.problems().get(3).args()).containsExactly("một trăm");
    }

    @Test
    void moodle_malformedXmlIsReportedWithItsLineAndColumn() {
        ImportResult result = parseFixture(QuestionFormat.MOODLE_XML, "moodle/malformed.xml");

        assertThat(problems(result)).containsExactly("0:xml.malformed");
        assertThat(result.problems().getFirst().args()).first().isEqualTo(4);
    }

    @Test
    void moodle_fileWhoseRootIsNotQuizIsRefused() {
        ImportResult result = parse(QuestionFormat.MOODLE_XML, "<?xml version=\"1.0\"?><html><body>Câu</body></html>");

        assertThat(problems(result)).containsExactly("0:moodle.notQuiz");
    }

    @Test
    void moodle_singleChoiceWithTwoPositiveFractionsIsReported() {
        ImportResult result = parse(QuestionFormat.MOODLE_XML, """
                <quiz><question type="multichoice">
                <questiontext format="html"><text>Cơ quan nào?</text></questiontext>
                <single>true</single>
                <answer fraction="100"><text>Sở Nội vụ</text></answer>
                <answer fraction="50"><text>Văn phòng UBND tỉnh</text></answer>
                </question></quiz>""");

        assertThat(problems(result)).containsExactly("1:question.singleWithManyCorrect");
    }
}
