package vn.cuocthi.tenantadmin.questionbank.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.cuocthi.platformcore.question.QuestionLimits;

/** The rules every format shares: a question has text, 2 to 8 distinct options and a correct answer. */
final class QuestionRules {

    static final int MIN_OPTIONS = QuestionLimits.MIN_OPTIONS;
    static final int MAX_OPTIONS = QuestionLimits.MAX_OPTIONS;

    private QuestionRules() {
    }

    /** Checks every draft, reporting all it finds, duplicates included; returns the questions that passed. */
    static List<ImportedQuestion> check(ImportContext context) {
        Map<String, Integer> firstLineByText = new HashMap<>();
        List<ImportedQuestion> passed = new ArrayList<>();
        for (QuestionDraft draft : context.drafts()) {
            check(draft, context, firstLineByText).ifPresent(passed::add);
        }
        return passed;
    }

    /** The letter people use for the option at {@code index}: A, B, C… */
    static String letter(int index) {
        return index < 26 ? String.valueOf((char) ('A' + index)) : String.valueOf(index + 1);
    }

    private static Optional<ImportedQuestion> check(QuestionDraft draft, ImportContext context,
                                                    Map<String, Integer> firstLineByText) {
        int line = draft.line();
        int problemsBefore = context.problemCount();
        int maxLength = context.limits().maxTextLength();

        String text = QuestionText.tidy(draft.text());
        if (text.isEmpty()) {
            context.problem(line, ProblemCode.QUESTION_TEXT_EMPTY);
        } else if (text.length() > maxLength) {
            context.problem(line, ProblemCode.QUESTION_TEXT_TOO_LONG, maxLength);
        } else {
            Integer firstLine = firstLineByText.putIfAbsent(QuestionText.normalize(text), line);
            if (firstLine != null) {
                context.problem(line, Location.of(context.format()).duplicateCode(), firstLine);
            }
        }
        if (draft.image()) {
            context.problem(line, ProblemCode.QUESTION_IMAGE);
        }

        List<ImportedOption> options = checkOptions(draft, context);
        long correct = options.stream().filter(ImportedOption::correct).count();
        if (!draft.answerReported()) {
            if (correct == 0) {
                context.problem(line, ProblemCode.QUESTION_NO_CORRECT);
            } else if (correct > 1 && Boolean.FALSE.equals(draft.declaredMultiple())) {
                context.problem(line, ProblemCode.QUESTION_SINGLE_WITH_MANY_CORRECT, correct);
            }
        }

        String difficulty = null;
        String writtenDifficulty = QuestionText.tidyOrNull(draft.difficulty());
        if (writtenDifficulty != null) {
            Optional<Difficulty> level = Difficulty.parse(writtenDifficulty);
            if (level.isPresent()) {
                difficulty = level.get().name();
            } else {
                context.problem(line, ProblemCode.QUESTION_UNKNOWN_DIFFICULTY, writtenDifficulty);
            }
        }
        int maxText = context.limits().maxTextLength();
        String topic = bounded(draft.topic(), line, ProblemCode.QUESTION_TOPIC_TOO_LONG, Math.min(maxText, QuestionLimits.TOPIC), context);
        String explanation = bounded(draft.explanation(), line, ProblemCode.QUESTION_EXPLANATION_TOO_LONG, maxText, context);
        String legalSource = bounded(draft.legalSource(), line, ProblemCode.QUESTION_LEGAL_SOURCE_TOO_LONG, maxText, context);
        List<String> pools = pools(draft.pools(), line, context);

        if (draft.flawed() || context.problemCount() > problemsBefore) {
            return Optional.empty();
        }
        boolean multiple = correct > 1 || Boolean.TRUE.equals(draft.declaredMultiple());
        return Optional.of(new ImportedQuestion(text, multiple, options, topic, difficulty, explanation,
                legalSource, pools, line));
    }

    private static List<ImportedOption> checkOptions(QuestionDraft draft, ImportContext context) {
        int line = draft.line();
        int maxLength = context.limits().maxTextLength();
        List<QuestionDraft.Option> written = draft.options();
        if (written.size() < MIN_OPTIONS || written.size() > MAX_OPTIONS) {
            context.problem(line, ProblemCode.QUESTION_OPTION_COUNT, written.size(), MIN_OPTIONS, MAX_OPTIONS);
        }
        List<ImportedOption> options = new ArrayList<>(written.size());
        Map<String, String> letterByText = new HashMap<>();
        for (int i = 0; i < written.size(); i++) {
            String letter = letter(i);
            String text = QuestionText.tidy(written.get(i).text());
            if (text.isEmpty()) {
                context.problem(line, ProblemCode.OPTION_TEXT_EMPTY, letter);
            } else if (text.length() > maxLength) {
                context.problem(line, ProblemCode.OPTION_TEXT_TOO_LONG, letter, maxLength);
            } else {
                String sameAs = letterByText.putIfAbsent(QuestionText.normalize(text), letter);
                if (sameAs != null) {
                    context.problem(line, ProblemCode.OPTION_DUPLICATE, sameAs, letter);
                }
            }
            options.add(new ImportedOption(text, written.get(i).correct()));
        }
        return options;
    }

    /** Group codes separated by commas or semicolons; each one a valid code, kept once. */
    private static List<String> pools(String cell, int line, ImportContext context) {
        String tidy = QuestionText.tidyOrNull(cell);
        if (tidy == null) {
            return List.of();
        }
        List<String> codes = new ArrayList<>();
        for (String written : tidy.split("[,;]")) {
            String code = written.strip();
            if (code.isEmpty()) {
                continue;
            }
            if (!QuestionLimits.validPool(code)) {
                context.problem(line, ProblemCode.QUESTION_BAD_POOL, code);
            } else if (!codes.contains(code)) {
                codes.add(code);
            }
        }
        return codes;
    }

    private static String bounded(String value, int line, ProblemCode tooLong, int maxLength, ImportContext context) {
        String tidy = QuestionText.tidyOrNull(value);
        if (tidy != null && tidy.length() > maxLength) {
            context.problem(line, tooLong, maxLength);
        }
        return tidy;
    }
}
