package vn.cuocthi.tenantadmin.questionbank;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import vn.cuocthi.platformcore.question.Question;
import vn.cuocthi.platformcore.question.QuestionLimits;

/**
 * The console's question editor as typed, so that a refused correction is shown again unchanged. Options are a fixed
 * number of slots ({@link QuestionLimits#MAX_OPTIONS}); blank slots after the last one used are left out; {@code correct} holds the slots'
 * numbers (0-based) whose box is ticked.
 */
public record QuestionForm(String text, String topic, String difficulty, String explanation, String legalSource,
                           String pools, List<String> options, List<String> correct) {

    public QuestionForm {
        text = orEmpty(text);
        topic = orEmpty(topic);
        difficulty = orEmpty(difficulty);
        explanation = orEmpty(explanation);
        legalSource = orEmpty(legalSource);
        pools = orEmpty(pools);
        List<String> slots = new ArrayList<>(options == null ? List.of() : options.stream().map(QuestionForm::orEmpty).toList());
        while (slots.size() < QuestionLimits.MAX_OPTIONS) {
            slots.add("");
        }
        options = List.copyOf(slots.subList(0, Math.max(QuestionLimits.MAX_OPTIONS, slots.size())));
        correct = correct == null ? List.of() : List.copyOf(correct);
    }

    static QuestionForm of(Question question) {
        List<String> options = question.options().stream().map(Question.Option::text).toList();
        List<String> correct = new ArrayList<>();
        for (int i = 0; i < question.options().size(); i++) {
            if (question.options().get(i).correct()) {
                correct.add(String.valueOf(i));
            }
        }
        return new QuestionForm(question.text(), question.topic(), question.difficulty() == null ? "" : question.difficulty().name(),
                question.explanation(), question.legalSource(), String.join(", ", question.pools()), options, correct);
    }

    public boolean correct(int slot) {
        return correct.contains(String.valueOf(slot));
    }

    /** What the API would receive: the same checks ({@link QuestionBank#validate}) judge it. */
    QuestionInput input() {
        // Slots up to the last one used, so that a blank slot in between is refused under its own number and each
        // error's path (options[2].text) is the slot's.
        int used = 0;
        for (int i = 0; i < options.size(); i++) {
            if (!options.get(i).isBlank() || correct(i)) {
                used = i + 1;
            }
        }
        List<QuestionInput.OptionInput> typed = new ArrayList<>();
        for (int i = 0; i < used; i++) {
            typed.add(new QuestionInput.OptionInput(options.get(i), correct(i)));
        }
        List<String> pooled = Arrays.stream(pools.split(",")).map(String::strip).filter(pool -> !pool.isEmpty()).toList();
        return new QuestionInput(text, typed, topic, difficulty, explanation, legalSource, pooled);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
