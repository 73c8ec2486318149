package vn.cuocthi.tenantadmin.questionbank;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.cuocthi.platformcore.question.Difficulty;
import vn.cuocthi.platformcore.question.NewQuestion;
import vn.cuocthi.platformcore.question.Question;
import vn.cuocthi.platformcore.question.QuestionStore;
import vn.cuocthi.platformcore.question.QuestionTexts;
import vn.cuocthi.platformcore.web.ApiException;
import vn.cuocthi.platformcore.web.ApiException.FieldError;

/** The province's question bank as staff manage it: add, browse, retire. */
@Service
public class QuestionBank {

    static final int MIN_OPTIONS = 2;
    static final int MAX_OPTIONS = 8;

    private final QuestionStore store;

    public QuestionBank(QuestionStore store) {
        this.store = store;
    }

    @Transactional
    public Question add(QuestionInput input, String actor) {
        NewQuestion question = validate(input);
        if (store.activeNormalizedTexts().contains(QuestionTexts.normalize(question.text()))) {
            throw ApiException.invalid(List.of(FieldError.field("text", "question.duplicate")));
        }
        UUID id = store.addAll(List.of(question), actor).getFirst();
        return store.find(id).orElseThrow();
    }

    /** Adds questions that an importer has already checked, refusing the whole batch if any is already in the bank. */
    @Transactional
    public int addChecked(List<NewQuestion> questions, String actor) {
        store.addAll(questions, actor);
        return questions.size();
    }

    @Transactional(readOnly = true)
    public List<Question> search(String topic, String text, int page, int size) {
        int limit = Math.min(Math.max(size, 1), 200);
        return store.search(topic, text, limit, Math.max(page, 0) * limit);
    }

    @Transactional
    public void retire(UUID id) {
        if (store.find(id).isEmpty()) {
            throw ApiException.notFound("question.notFound", id);
        }
        store.retire(id);
    }

    static NewQuestion validate(QuestionInput input) {
        List<FieldError> errors = new ArrayList<>();
        if (input == null) {
            throw ApiException.invalid(List.of(FieldError.field("", "question.text.required")));
        }
        String text = QuestionTexts.clean(input.text());
        if (text == null || text.isEmpty()) {
            errors.add(FieldError.field("text", "question.text.required"));
        } else if (text.length() > 4000) {
            errors.add(FieldError.field("text", "question.text.tooLong"));
        }
        List<QuestionInput.OptionInput> options = input.options() == null ? List.of() : input.options();
        if (options.size() < MIN_OPTIONS || options.size() > MAX_OPTIONS) {
            errors.add(FieldError.field("options", "question.options.count", options.size()));
        }
        Set<String> seen = new HashSet<>();
        List<NewQuestion.NewOption> cleaned = new ArrayList<>();
        int correct = 0;
        for (int i = 0; i < options.size(); i++) {
            QuestionInput.OptionInput option = options.get(i);
            String optionText = option == null ? null : QuestionTexts.clean(option.text());
            if (optionText == null || optionText.isEmpty()) {
                errors.add(FieldError.field("options[" + i + "].text", "question.option.text"));
                continue;
            }
            if (!seen.add(QuestionTexts.normalize(optionText))) {
                errors.add(FieldError.field("options[" + i + "].text", "question.option.duplicate", optionText));
            }
            boolean isCorrect = Boolean.TRUE.equals(option.correct());
            correct += isCorrect ? 1 : 0;
            cleaned.add(new NewQuestion.NewOption(optionText, isCorrect));
        }
        if (!options.isEmpty() && correct == 0) {
            errors.add(FieldError.field("options", "question.options.noCorrect"));
        }
        Difficulty difficulty = null;
        if (input.difficulty() != null && !input.difficulty().isBlank()) {
            try {
                difficulty = Difficulty.valueOf(input.difficulty().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(FieldError.field("difficulty", "question.difficulty", input.difficulty()));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return new NewQuestion(text, correct > 1, QuestionTexts.clean(input.topic()), difficulty,
                QuestionTexts.clean(input.explanation()), QuestionTexts.clean(input.legalSource()),
                input.pools() == null ? List.of() : input.pools().stream().map(String::strip).toList(), cleaned);
    }
}
