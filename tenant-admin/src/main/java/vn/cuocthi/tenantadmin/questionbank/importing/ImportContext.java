package vn.cuocthi.tenantadmin.questionbank.importing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** What one import has found so far: the drafts and the problems, within the limits. */
final class ImportContext {

    private final QuestionFormat format;
    private final ImportLimits limits;
    private final List<QuestionDraft> drafts = new ArrayList<>();
    private final List<ImportProblem> problems = new ArrayList<>();
    private int unlistedProblems;
    private boolean full;

    ImportContext(QuestionFormat format, ImportLimits limits) {
        this.format = format;
        this.limits = limits;
    }

    QuestionFormat format() {
        return format;
    }

    ImportLimits limits() {
        return limits;
    }

    void problem(int line, ProblemCode code, Object... args) {
        if (problems.size() < limits.maxProblems()) {
            problems.add(ImportProblem.of(line, code, args));
        } else {
            unlistedProblems++;
        }
    }

    /** A problem with one question: the question is then left out of the valid ones. */
    void problem(QuestionDraft draft, ProblemCode code, Object... args) {
        draft.markFlawed();
        problem(draft.line(), code, args);
    }

    /** A problem with a question's answer key, which makes "no correct answer" needless to say as well. */
    void answerProblem(QuestionDraft draft, ProblemCode code, Object... args) {
        draft.markAnswerReported();
        problem(draft, code, args);
    }

    boolean hasProblems() {
        return problemCount() > 0;
    }

    /** Problems reported so far, listed or not. */
    int problemCount() {
        return problems.size() + unlistedProblems;
    }

    /**
     * Keeps a question. Past {@link ImportLimits#maxQuestions()} it reports the file once and returns false: readers
     * stop there, so a huge file costs no more than the limit.
     */
    boolean add(QuestionDraft draft) {
        if (drafts.size() >= limits.maxQuestions()) {
            if (!full) {
                full = true;
                problem(0, ProblemCode.FILE_TOO_MANY_QUESTIONS, limits.maxQuestions());
            }
            return false;
        }
        drafts.add(draft);
        return true;
    }

    /** True once the file has more questions than allowed; readers stop reading. */
    boolean full() {
        return full;
    }

    List<QuestionDraft> drafts() {
        return drafts;
    }

    /** The problems, whole-file ones first, then by line; the count of unlisted ones last. */
    List<ImportProblem> problems() {
        List<ImportProblem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparingInt(ImportProblem::line));
        if (unlistedProblems > 0) {
            sorted.add(ImportProblem.of(0, ProblemCode.FILE_TOO_MANY_PROBLEMS, unlistedProblems));
        }
        return sorted;
    }
}
