package vn.cuocthi.tenantadmin.questionbank.importing;

import java.util.List;

/**
 * What the import found. It is all or nothing: when there is any problem the caller imports nothing and shows every
 * problem, so that the file can be fixed in one go. {@code questions} still lists the questions that were valid.
 */
public record ImportResult(List<ImportedQuestion> questions, List<ImportProblem> problems) {

    public ImportResult {
        questions = List.copyOf(questions);
        problems = List.copyOf(problems);
    }

    /** True when the whole file may be imported. */
    public boolean ok() {
        return problems.isEmpty();
    }
}
