package vn.cuocthi.tenantadmin.questionbank.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Shortcuts for the import tests: run the importer on text, bytes or a fixture, and read problems compactly. */
final class Imports {

    static final String FIXTURES = "/question-import/";

    private Imports() {
    }

    static ImportResult parse(QuestionFormat format, String text) {
        return parse(format, text.getBytes(StandardCharsets.UTF_8));
    }

    static ImportResult parse(QuestionFormat format, byte[] content) {
        return parse(format, content, ImportLimits.defaults());
    }

    static ImportResult parse(QuestionFormat format, byte[] content, ImportLimits limits) {
        return new QuestionImporter().parse(format, new ByteArrayInputStream(content), limits);
    }

    static ImportResult parseFixture(QuestionFormat format, String name) {
        return parse(format, fixture(name));
    }

    static byte[] fixture(String name) {
        try (InputStream in = Imports.class.getResourceAsStream(FIXTURES + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each problem as "line:code", e.g. "12:question.optionCount", in the order reported. */
    static List<String> problems(ImportResult result) {
        return result.problems().stream().map(p -> p.line() + ":" + p.code()).toList();
    }

    /** The option texts of a question. */
    static List<String> optionTexts(ImportedQuestion question) {
        return question.options().stream().map(ImportedOption::text).toList();
    }

    /** The option texts marked correct. */
    static List<String> correctOptions(ImportedQuestion question) {
        return question.options().stream().filter(ImportedOption::correct).map(ImportedOption::text).toList();
    }
}
