package vn.cuocthi.tenantadmin.questionbank.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class ImportMessagesTest {

    private static final Locale VIETNAMESE = Locale.of("vi");

    @Test
    void everyProblemCodeHasAVietnameseAndAnEnglishMessageTakingItsArguments() {
        Properties vietnamese = bundle("question-import.properties");
        Properties english = bundle("question-import_en.properties");

        for (ProblemCode code : ProblemCode.values()) {
            for (Properties messages : List.of(vietnamese, english)) {
                assertThat(messages.getProperty(code.key())).as(code.key()).isNotBlank();
                assertThat(new MessageFormat(messages.getProperty(code.key())).getFormatsByArgumentIndex())
                        .as("arguments of %s", code.key()).hasSize(code.arity());
            }
        }
    }

    @Test
    void bothLanguagesHaveTheSameKeysAndNoKeyIsUnused() {
        Set<String> vietnamese = bundle("question-import.properties").stringPropertyNames();
        Set<String> english = bundle("question-import_en.properties").stringPropertyNames();
        Set<String> codes = Arrays.stream(ProblemCode.values()).map(ProblemCode::key).collect(Collectors.toSet());

        assertThat(english).isEqualTo(vietnamese);
        assertThat(vietnamese).allSatisfy(key -> assertThat(
                codes.contains(key) || key.startsWith("location.") || key.startsWith("template."))
                .as(key).isTrue());
    }

    @Test
    void problemIsDescribedWithItsLineInVietnameseByDefault() {
        ImportProblem problem = ImportProblem.of(12, ProblemCode.QUESTION_OPTION_COUNT, 1, 2, 8);

        assertThat(ImportMessages.describe(problem, QuestionFormat.AIKEN, VIETNAMESE))
                .isEqualTo("Dòng 12: câu hỏi có 1 phương án, cần từ 2 đến 8.");
        assertThat(ImportMessages.describe(problem, QuestionFormat.XLSX, VIETNAMESE))
                .isEqualTo("Hàng 12: câu hỏi có 1 phương án, cần từ 2 đến 8.");
        assertThat(ImportMessages.describe(problem, QuestionFormat.DOCX, VIETNAMESE))
                .isEqualTo("Câu 12: câu hỏi có 1 phương án, cần từ 2 đến 8.");
        assertThat(ImportMessages.describe(problem, QuestionFormat.QTI21, Locale.ENGLISH))
                .isEqualTo("Item 12: the question has 1 option; it needs 2 to 8.");
    }

    @Test
    void vietnameseStaysTheDefaultOnAServerWhoseLocaleIsEnglish() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            ImportProblem problem = ImportProblem.of(0, ProblemCode.FILE_EMPTY);

            assertThat(ImportMessages.message(problem, VIETNAMESE)).isEqualTo("tệp rỗng, không có nội dung.");
            assertThat(ImportMessages.message(problem, Locale.FRENCH)).isEqualTo("tệp rỗng, không có nội dung.");
            assertThat(ImportMessages.message(problem, Locale.UK)).isEqualTo("the file is empty.");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void wholeFileProblemHasNoLocationAndReadsAsASentence() {
        ImportProblem problem = ImportProblem.of(0, ProblemCode.FILE_TOO_MANY_QUESTIONS, 10_000);

        assertThat(ImportMessages.describe(problem, QuestionFormat.XLSX, VIETNAMESE)).isEqualTo(
                "Tệp có hơn 10.000 câu hỏi, vượt giới hạn của một lần nhập; hãy chia thành nhiều tệp.");
        assertThat(ImportMessages.describe(problem, QuestionFormat.XLSX, Locale.ENGLISH)).startsWith(
                "The file has more than 10,000 questions");
    }

    @Test
    void lineNumbersAreNotGroupedLikeQuantities() {
        ImportProblem problem = ImportProblem.of(1234, ProblemCode.QUESTION_DUPLICATE_OF_ROW, 1001);

        assertThat(ImportMessages.describe(problem, QuestionFormat.XLSX, VIETNAMESE))
                .isEqualTo("Hàng 1234: câu hỏi trùng nội dung với câu hỏi ở hàng 1001.");
    }

    @Test
    void englishApostrophesSurviveMessageFormat() {
        ImportProblem problem = ImportProblem.of(3, ProblemCode.QUESTION_UNKNOWN_ANSWER, "E");

        assertThat(ImportMessages.message(problem, Locale.ENGLISH))
                .isEqualTo("the correct answer \"E\" matches none of the question's options.");
    }

    @Test
    void unknownCodeIsShownAsItselfRatherThanFailing() {
        ImportProblem problem = new ImportProblem(1, "no.such.key", List.of());

        assertThat(ImportMessages.message(problem, VIETNAMESE)).isEqualTo("no.such.key");
    }

    private static Properties bundle(String file) {
        try (InputStream in = ImportMessagesTest.class.getResourceAsStream("/i18n/" + file)) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
