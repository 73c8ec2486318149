package vn.cuocthi.tenantadmin.questionbank;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.cuocthi.platformcore.contest.ContestantGroup;
import vn.cuocthi.platformcore.question.Difficulty;
import vn.cuocthi.platformcore.question.NewQuestion;
import vn.cuocthi.platformcore.question.QuestionStore;
import vn.cuocthi.platformcore.question.QuestionTexts;
import vn.cuocthi.platformcore.web.ApiException;
import vn.cuocthi.platformcore.web.ApiException.FieldError;
import vn.cuocthi.tenantadmin.questionbank.importing.ImportLimits;
import vn.cuocthi.tenantadmin.questionbank.importing.ImportProblem;
import vn.cuocthi.tenantadmin.questionbank.importing.ImportResult;
import vn.cuocthi.tenantadmin.questionbank.importing.ImportedQuestion;
import vn.cuocthi.tenantadmin.questionbank.importing.QuestionFormat;
import vn.cuocthi.tenantadmin.questionbank.importing.QuestionImporter;

/**
 * Imports a whole file into the bank, all or nothing: every problem of the file, and every question already in the
 * bank, is reported by line and nothing is written; otherwise every question is added in one transaction.
 */
@Service
public class QuestionImport {

    private final QuestionImporter importer = new QuestionImporter();
    private final QuestionStore store;

    public QuestionImport(QuestionStore store) {
        this.store = store;
    }

    @Transactional
    public int importFile(String formatParam, InputStream file, String actor) throws IOException {
        return importFile(formatParam, null, file, actor);
    }

    /**
     * @param pool a contestant group's code put on every imported question, so only that group's exams draw them;
     *             a row that names its own groups (the xlsx column "Nhóm đối tượng") keeps those. Blank: none.
     */
    @Transactional
    public int importFile(String formatParam, String pool, InputStream file, String actor) throws IOException {
        QuestionFormat format = QuestionFormat.fromParam(formatParam).orElseThrow(() -> ApiException.invalid(
                List.of(FieldError.field("format", "question.import.format", String.valueOf(formatParam)))));
        List<String> defaultPools = pool == null || pool.isBlank() ? List.of() : List.of(pool.strip());
        if (!defaultPools.isEmpty() && !ContestantGroup.validCode(defaultPools.getFirst())) {
            throw ApiException.invalid(List.of(FieldError.field("pool", "question.import.pool", pool.strip())));
        }
        ImportResult result = importer.parse(format, file, ImportLimits.defaults());
        List<FieldError> errors = new ArrayList<>();
        for (ImportProblem problem : result.problems()) {
            errors.add(problem.line() > 0
                    ? FieldError.line(problem.line(), problem.code(), problem.args().toArray())
                    : FieldError.field("file", problem.code(), problem.args().toArray()));
        }
        Set<String> bank = store.activeNormalizedTexts();
        for (ImportedQuestion question : result.questions()) {
            if (bank.contains(QuestionTexts.normalize(question.text()))) {
                errors.add(FieldError.line(question.line(), "question.import.inBank"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "question.import.refused", errors, errors.size());
        }
        try {
            store.addAll(result.questions().stream().map(question -> toNew(question, defaultPools)).toList(), actor);
        } catch (DuplicateKeyException e) {
            // someone added one of these questions between our check and our insert
            throw ApiException.conflict("question.import.raced");
        }
        return result.questions().size();
    }

    private static NewQuestion toNew(ImportedQuestion question, List<String> defaultPools) {
        return new NewQuestion(question.text(), question.multiple(), question.topic(),
                question.difficulty() == null ? null : Difficulty.valueOf(question.difficulty().toUpperCase(Locale.ROOT)),
                question.explanation(), question.legalSource(),
                question.pools().isEmpty() ? defaultPools : question.pools(),
                question.options().stream().map(option -> new NewQuestion.NewOption(option.text(), option.correct())).toList());
    }

    static Map<String, Object> summary(int imported) {
        Map<String, Object> body = new HashMap<>();
        body.put("imported", imported);
        return body;
    }
}
