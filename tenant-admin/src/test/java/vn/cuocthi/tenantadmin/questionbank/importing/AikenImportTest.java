package vn.cuocthi.tenantadmin.questionbank.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cuocthi.tenantadmin.questionbank.importing.Imports.correctOptions;
import static vn.cuocthi.tenantadmin.questionbank.importing.Imports.optionTexts;
import static vn.cuocthi.tenantadmin.questionbank.importing.Imports.parse;
import static vn.cuocthi.tenantadmin.questionbank.importing.Imports.parseFixture;
import static vn.cuocthi.tenantadmin.questionbank.importing.Imports.problems;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;

import org.junit.jupiter.api.Test;

class AikenImportTest {

    @Test
    void aiken_validFileGivesEveryQuestionWithItsAnswerAndLine() {
        ImportResult result = parseFixture(QuestionFormat.AIKEN, "aiken/cchc-valid.txt");

        assertThat(result.ok()).isTrue();
        assertThat(result.questions()).extracting(ImportedQuestion::line).containsExactly(1, 8, 15, 22);
        ImportedQuestion first = result.questions().getFirst();
        assertThat(first.text()).startsWith("Chương trình tổng thể cải cách hành chính nhà nước");
        assertThat(optionTexts(first)).hasSize(4).contains("Nghị quyết số 76/NQ-CP của Chính phủ");
        assertThat(correctOptions(first)).containsExactly("Nghị quyết số 76/NQ-CP của Chính phủ");
        assertThat(first.multiple()).isFalse();
        assertThat(first.topic()).isNull();
        assertThat(first.difficulty()).isNull();
        assertThat(correctOptions(result.questions().get(1))).containsExactly("15/7/2021");
        assertThat(result.questions().get(3).options()).hasSize(3);
    }

    @Test
    void aiken_everyProblemIsReportedWithTheLineWhereItsQuestionStarts() {
        ImportResult result = parseFixture(QuestionFormat.AIKEN, "aiken/cchc-problems.txt");

        assertThat(result.ok()).isFalse();
        assertThat(problems(result)).containsExactly(
                "1:question.optionCount",
                "5:aiken.missingAnswer",
                "11:question.unknownAnswer",
                "16:option.duplicate",
                "22:aiken.badAnswer",
                "22:question.duplicateOfLine");
        assertThat(result.problems().getFirst().args()).containsExactly(1, 2, 8);
        assertThat(result.problems().get(2).args()).containsExactly("E");
        assertThat(result.problems().get(3).args()).containsExactly("A", "B");
        assertThat(result.problems().get(5).args()).containsExactly(1);
    }

    @Test
    void aiken_crlfAndBomAndDecomposedUnicodeGiveTheSameQuestions() {
        String lf = "Cơ quan nào là cơ quan thường trực về cải cách hành chính của tỉnh?\nA. Sở Nội vụ\n"
                + "B. Sở Tư pháp\nANSWER: A\n";
        String crlf = Normalizer.normalize(lf, Normalizer.Form.NFD).replace("\n", "\r\n");
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] withBom = concat(bom, crlf.getBytes(StandardCharsets.UTF_8));

        ImportResult plain = parse(QuestionFormat.AIKEN, lf);
        ImportResult decomposed = parse(QuestionFormat.AIKEN, withBom);

        assertThat(decomposed.ok()).isTrue();
        assertThat(decomposed.questions()).isEqualTo(plain.questions());
        assertThat(decomposed.questions().getFirst().text())
                .isEqualTo("Cơ quan nào là cơ quan thường trực về cải cách hành chính của tỉnh?");
    }

    @Test
    void aiken_questionsNeedNoBlankLineBetweenThem() {
        ImportResult result = parse(QuestionFormat.AIKEN, """
                Chỉ số PAR Index là chỉ số gì?
                A. Chỉ số cải cách hành chính
                B. Chỉ số năng lực cạnh tranh cấp tỉnh
                ANSWER: A
                Chỉ số SIPAS là chỉ số gì?
                A. Chỉ số hài lòng về sự phục vụ hành chính
                B. Chỉ số cải cách hành chính
                ANSWER: A
                """);

        assertThat(result.ok()).isTrue();
        assertThat(result.questions()).extracting(ImportedQuestion::line).containsExactly(1, 5);
    }

    @Test
    void aiken_questionTextMayRunOverSeveralLines() {
        ImportResult result = parse(QuestionFormat.AIKEN, """
                Theo Nghị quyết số 76/NQ-CP,
                trọng tâm cải cách hành chính giai đoạn 2021 – 2030 không gồm nội dung nào?
                A. Cải cách thể chế
                B. Xây dựng và phát triển Chính phủ điện tử, Chính phủ số
                C. Tăng số lượng đơn vị hành chính cấp huyện
                ANSWER: C
                """);

        assertThat(result.questions()).singleElement().satisfies(q -> assertThat(q.text()).isEqualTo(
                "Theo Nghị quyết số 76/NQ-CP, trọng tâm cải cách hành chính giai đoạn 2021 – 2030 "
                        + "không gồm nội dung nào?"));
    }

    @Test
    void aiken_severalAnswerLettersMakeAMultipleChoiceQuestion() {
        ImportResult result = parse(QuestionFormat.AIKEN, """
                Những chỉ số nào do Bộ Nội vụ chủ trì triển khai hằng năm?
                A. Chỉ số cải cách hành chính (PAR Index)
                B. Chỉ số hài lòng của người dân, tổ chức (SIPAS)
                C. Chỉ số giá tiêu dùng (CPI)
                ANSWER: A, B
                """);

        ImportedQuestion question = result.questions().getFirst();
        assertThat(question.multiple()).isTrue();
        assertThat(correctOptions(question)).containsExactly(
                "Chỉ số cải cách hành chính (PAR Index)", "Chỉ số hài lòng của người dân, tổ chức (SIPAS)");
    }

    @Test
    void aiken_optionLettersOutOfOrderAreReported() {
        ImportResult result = parse(QuestionFormat.AIKEN, """
                Bộ phận một cửa cấp tỉnh đặt tại đâu?
                A. Trung tâm Phục vụ hành chính công tỉnh
                C. Sở Nội vụ
                ANSWER: A
                """);

        assertThat(problems(result)).containsExactly("1:option.outOfOrder");
        assertThat(result.problems().getFirst().args()).containsExactly("C", "B");
    }

    @Test
    void aiken_lastQuestionWithoutAnswerLineIsReported() {
        ImportResult result = parse(QuestionFormat.AIKEN, "Câu hỏi?\nA. Một\nB. Hai\n");

        assertThat(problems(result)).containsExactly("1:aiken.missingAnswer");
    }

    @Test
    void aiken_answerLineIsCaseInsensitiveAndAcceptsLowerCaseLetter() {
        ImportResult result = parse(QuestionFormat.AIKEN, "Câu hỏi?\nA. Một\nB. Hai\nAnswer: b\n");

        assertThat(result.ok()).isTrue();
        assertThat(correctOptions(result.questions().getFirst())).isEqualTo(List.of("Hai"));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
