package vn.cuocthi.tenantadmin.questionbank.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Aiken: a question line, option lines "A. …" or "A) …", then "ANSWER: B". Blank lines between questions are
 * optional. A question may run over several lines before its first option. "ANSWER: A,C" marks several options.
 */
final class AikenReader implements QuestionReader {

    private static final Pattern OPTION = Pattern.compile("([A-Z])[.)]\\s*(.*)");
    private static final Pattern ANSWER = Pattern.compile("(?i)ANSWER\\s*:\\s*(.*)");

    /** The question being read: its draft and its options as written, until its ANSWER line. */
    private static final class Open {
        final QuestionDraft draft;
        final List<String> letters = new ArrayList<>();
        final List<String> texts = new ArrayList<>();

        Open(int line, String text) {
            this.draft = new QuestionDraft(line).appendText(text);
        }
    }

    @Override
    public void read(byte[] content, ImportContext context) {
        Optional<List<String>> lines = TextContent.lines(content, context);
        if (lines.isEmpty()) {
            return;
        }
        Open open = null;
        int number = 0;
        for (String raw : lines.get()) {
            number++;
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (open == null) {
                open = new Open(number, line);
                continue;
            }
            Matcher answer = ANSWER.matcher(line);
            Matcher option = OPTION.matcher(line);
            if (answer.matches()) {
                close(open, answer.group(1), line, context);
                open = null;
            } else if (option.matches()) {
                String expected = QuestionRules.letter(open.letters.size());
                if (!option.group(1).equals(expected)) {
                    context.problem(open.draft, ProblemCode.OPTION_OUT_OF_ORDER, option.group(1), expected);
                }
                open.letters.add(option.group(1));
                open.texts.add(option.group(2));
            } else if (open.texts.isEmpty()) {
                open.draft.appendText(line);
            } else {
                // A plain line after the options: the ANSWER line is missing and a new question starts here.
                close(open, null, null, context);
                open = new Open(number, line);
            }
            if (context.full()) {
                return;
            }
        }
        if (open != null) {
            close(open, null, null, context);
        }
    }

    private static void close(Open open, String answer, String answerLine, ImportContext context) {
        QuestionDraft draft = open.draft;
        Set<String> correct = Set.of();
        if (answer == null) {
            context.answerProblem(draft, ProblemCode.AIKEN_MISSING_ANSWER);
        } else {
            Optional<Set<String>> letters = AnswerLetters.parse(answer);
            if (letters.isEmpty()) {
                context.answerProblem(draft, ProblemCode.AIKEN_BAD_ANSWER, answerLine);
            } else {
                correct = letters.get();
                for (String letter : correct) {
                    if (!open.letters.contains(letter)) {
                        context.answerProblem(draft, ProblemCode.QUESTION_UNKNOWN_ANSWER, letter);
                    }
                }
            }
        }
        for (int i = 0; i < open.texts.size(); i++) {
            draft.option(open.texts.get(i), correct.contains(open.letters.get(i)));
        }
        context.add(draft);
    }
}
