package vn.cuocthi.tenantadmin.questionbank.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.cuocthi.tenantadmin.questionbank.importing.Imports.parse;
import static vn.cuocthi.tenantadmin.questionbank.importing.Imports.problems;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** The rules every format shares, shown through the cheapest formats to write. */
class QuestionRulesTest {

    @Test
    void questionNeedsTwoToEightOptions() {
        ImportResult result = parse(QuestionFormat.GIFT, """
                Một phương án? {=Một}

                Chín phương án? {=Một ~Hai ~Ba ~Bốn ~Năm ~Sáu ~Bảy ~Tám ~Chín}

                Tám phương án? {=Một ~Hai ~Ba ~Bốn ~Năm ~Sáu ~Bảy ~Tám}
                """);

        assertThat(problems(result)).containsExactly("1:gift.shortAnswer", "3:question.optionCount");
        assertThat(result.problems().get(1).args()).containsExactly(9, 2, 8);
        assertThat(result.questions()).singleElement().extracting(q -> q.options().size()).isEqualTo(8);
    }

    @Test
    void duplicateQuestionNamesTheLineOfItsFirstOccurrence() {
        ImportResult result = parse(QuestionFormat.AIKEN, """
                Cơ quan nào là cơ quan thường trực cải cách hành chính của tỉnh?
                A. Sở Nội vụ
                B. Sở Tư pháp
                ANSWER: A

                CƠ QUAN NÀO LÀ CƠ QUAN THƯỜNG TRỰC   CẢI CÁCH HÀNH CHÍNH CỦA TỈNH?
                A. Sở Nội vụ
                B. Văn phòng Ủy ban nhân dân tỉnh
                ANSWER: A
                """);

        assertThat(problems(result)).containsExactly("6:question.duplicateOfLine");
        assertThat(result.problems().getFirst().args()).containsExactly(1);
        assertThat(ImportMessages.describe(result.problems().getFirst(), QuestionFormat.AIKEN, Locale.ROOT))
                .isEqualTo("Dòng 6: câu hỏi trùng nội dung với câu hỏi ở dòng 1.");
    }

    @Test
    void optionsDifferingOnlyInCaseOrSpacingAreDuplicates() {
        ImportResult result = parse(QuestionFormat.AIKEN,
                "Câu hỏi?\nA. Bộ Nội vụ\nB. Bộ Tư pháp\nC. bộ  nội vụ\nANSWER: A\n");

        assertThat(problems(result)).containsExactly("1:option.duplicate");
        assertThat(result.problems().getFirst().args()).containsExactly("A", "C");
    }

    @Test
    void emptyOptionIsReportedWithItsLetter() {
        ImportResult result = parse(QuestionFormat.AIKEN, "Câu hỏi?\nA. Một\nB.\nANSWER: A\n");

        assertThat(problems(result)).containsExactly("1:option.textEmpty");
        assertThat(result.problems().getFirst().args()).containsExactly("B");
    }

    @Test
    void textsLongerThanTheLimitAreReported() {
        String longText = "Nội dung rất dài ".repeat(300);

        ImportResult result = parse(QuestionFormat.AIKEN, longText + "?\nA. " + longText + "\nB. Hai\nANSWER: A\n");

        assertThat(problems(result)).containsExactly("1:question.textTooLong", "1:option.textTooLong");
        assertThat(result.problems().get(1).args()).containsExactly("A", 4_000);
    }

    @Test
    void difficultyAcceptsTheWordsVietnameseBanksUse() {
        assertThat(Difficulty.parse("Dễ")).contains(Difficulty.EASY);
        assertThat(Difficulty.parse("NHẬN BIẾT")).contains(Difficulty.EASY);
        assertThat(Difficulty.parse("trung binh")).contains(Difficulty.MEDIUM);
        assertThat(Difficulty.parse("Thông hiểu")).contains(Difficulty.MEDIUM);
        assertThat(Difficulty.parse("Khó")).contains(Difficulty.HARD);
        assertThat(Difficulty.parse("Vận dụng cao")).contains(Difficulty.HARD);
        assertThat(Difficulty.parse("Rất khó")).isEmpty();
    }

    @Test
    void multipleIsTrueWhenSeveralOptionsAreCorrectOrTheFileDeclaresIt() {
        ImportResult result = parse(QuestionFormat.MOODLE_XML, """
                <quiz>
                <question type="multichoice"><questiontext><text>Nhiều đáp án, một đúng?</text></questiontext>
                <single>false</single>
                <answer fraction="100"><text>Một</text></answer><answer fraction="0"><text>Hai</text></answer>
                </question>
                <question type="multichoice"><questiontext><text>Một đáp án?</text></questiontext>
                <answer fraction="100"><text>Một</text></answer><answer fraction="0"><text>Hai</text></answer>
                </question>
                </quiz>""");

        assertThat(result.questions()).extracting(ImportedQuestion::multiple).containsExactly(true, false);
    }

    @Test
    void utf16TextWithByteOrderMarkIsRead() {
        String aiken = "Chỉ số SIPAS là gì?\r\nA. Chỉ số hài lòng về sự phục vụ hành chính\r\n"
                + "B. Chỉ số cải cách hành chính\r\nANSWER: A\r\n";
        byte[] utf16 = ("\uFEFF" + aiken).getBytes(StandardCharsets.UTF_16LE);

        ImportResult result = parse(QuestionFormat.AIKEN, utf16);

        assertThat(result.ok()).isTrue();
        assertThat(result.questions().getFirst().text()).isEqualTo("Chỉ số SIPAS là gì?");
    }

    @Test
    void fileWithoutAnyQuestionSaysSoNamingTheFormat() {
        ImportResult result = parse(QuestionFormat.GIFT, "// chỉ có chú thích\n// không có câu hỏi\n");

        assertThat(problems(result)).containsExactly("0:file.noQuestions");
        assertThat(result.problems().getFirst().args()).containsExactly("GIFT");
    }

    @Test
    void resultIsAllOrNothingYetListsTheValidQuestions() {
        ImportResult result = parse(QuestionFormat.AIKEN,
                "Câu đúng?\nA. Một\nB. Hai\nANSWER: A\n\nCâu sai?\nA. Một\nANSWER: A\n");

        assertThat(result.ok()).isFalse();
        assertThat(result.questions()).extracting(ImportedQuestion::text).containsExactly("Câu đúng?");
        assertThatThrownBy(() -> result.questions().add(result.questions().getFirst()))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void limitsMustBePositive() {
        assertThatThrownBy(() -> new ImportLimits(0, 1, 1, 1, 1, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(ImportLimits.defaults().maxBytes()).isEqualTo(20L * 1024 * 1024);
        assertThat(ImportLimits.defaults().maxQuestions()).isEqualTo(10_000);
    }

    @Test
    void problemsComeWholeFileFirstThenByLine() {
        String aiken = "Câu một?\nA. Một\nC. Hai\nANSWER: A\n\nCâu hai?\nA. Một\nB. Hai\nANSWER: A\n";
        ImportLimits oneQuestion = new ImportLimits(1 << 20, 1, 4_000, 10, 1 << 20, 100, 100);

        ImportResult result = parse(QuestionFormat.AIKEN, aiken.getBytes(StandardCharsets.UTF_8), oneQuestion);

        // The out-of-order letter is found first, the excess question later; the whole-file problem leads.
        assertThat(problems(result)).containsExactly("0:file.tooManyQuestions", "1:option.outOfOrder");
    }
}
