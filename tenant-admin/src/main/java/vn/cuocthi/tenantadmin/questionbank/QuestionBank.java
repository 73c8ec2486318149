package vn.cuocthi.tenantadmin.questionbank;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.cuocthi.platformcore.TypedText;
import vn.cuocthi.platformcore.question.Difficulty;
import vn.cuocthi.platformcore.question.NewQuestion;
import vn.cuocthi.platformcore.question.Question;
import vn.cuocthi.platformcore.question.QuestionLimits;
import vn.cuocthi.platformcore.question.QuestionStore;
import vn.cuocthi.platformcore.question.QuestionTexts;
import vn.cuocthi.platformcore.web.ApiException;
import vn.cuocthi.platformcore.web.ApiException.FieldError;

/** The province's question bank as staff manage it: add, browse, retire. */
@Service
public class QuestionBank {

    /** 200 questions a page: far beyond any bank (ImportLimits allows 10,000 a file), and no overflow of the offset. */
    static final int MAX_PAGE = 10_000;

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
        if (page < 0 || page > MAX_PAGE) {
            throw ApiException.parameterOutOfRange("page", 0, MAX_PAGE);
        }
        int limit = Math.min(Math.max(size, 1), 200);
        return store.search(topic, text, limit, page * limit);
    }

    @Transactional(readOnly = true)
    public Optional<Question> find(UUID id) {
        return store.find(id);
    }

    /** A page of the bank for the console: the questions, how many exams drew each, and how many match in all. */
    @Transactional(readOnly = true)
    public BankPage page(String topic, String text, int page, int size) {
        List<Question> questions = search(topic, text, page, size);
        Map<UUID, Integer> drawn = store.drawCounts(questions.stream().map(Question::id).toList());
        List<BankPage.Entry> entries = questions.stream()
                .map(question -> new BankPage.Entry(question, drawn.getOrDefault(question.id(), 0))).toList();
        return new BankPage(entries, store.count(topic, text), page, Math.min(Math.max(size, 1), 200));
    }

    /**
     * Corrects a question. Its text and options never change once stored (exams cache them for good and past attempts
     * keep showing what they drew), so the correction is a new question and the old one is retired, in one transaction.
     * Checked like {@link #add}; refused when the question is already retired.
     *
     * @return the new question
     */
    @Transactional
    public Question replace(UUID id, QuestionInput input, String actor) {
        NewQuestion question = validate(input);
        Question current = store.find(id).filter(found -> !found.retired())
                .orElseThrow(() -> ApiException.notFound("question.notFound", id));
        String text = QuestionTexts.normalize(question.text());
        if (!text.equals(QuestionTexts.normalize(current.text())) && store.activeNormalizedTexts().contains(text)) {
            throw ApiException.invalid(List.of(FieldError.field("text", "question.duplicate")));
        }
        if (!store.retire(id)) {
            // retired by someone else since it was read: nothing to correct any more
            throw ApiException.notFound("question.notFound", id);
        }
        UUID replacement = store.addAll(List.of(question), actor).getFirst();
        return store.find(replacement).orElseThrow();
    }

    @Transactional
    public void retire(UUID id) {
        if (store.find(id).isEmpty()) {
            throw ApiException.notFound("question.notFound", id);
        }
        store.retire(id);
    }

    /** Checks a typed question by the rules and bounds the importers apply ({@link QuestionLimits}). */
    static NewQuestion validate(QuestionInput input) {
        List<FieldError> errors = new ArrayList<>();
        if (input == null) {
            throw ApiException.invalid(List.of(FieldError.field("", "question.text.required")));
        }
        String text = typed("text", input.text(), QuestionLimits.TEXT, "question.text.tooLong", errors);
        if (text == null && !refused(errors, "text")) {
            errors.add(FieldError.field("text", "question.text.required"));
        }
        List<QuestionInput.OptionInput> options = input.options() == null ? List.of() : input.options();
        if (options.size() < QuestionLimits.MIN_OPTIONS || options.size() > QuestionLimits.MAX_OPTIONS) {
            errors.add(FieldError.field("options", "question.options.count", options.size()));
        }
        Set<String> seen = new HashSet<>();
        List<NewQuestion.NewOption> cleaned = new ArrayList<>();
        int correct = 0;
        for (int i = 0; i < options.size(); i++) {
            QuestionInput.OptionInput option = options.get(i);
            String field = "options[" + i + "].text";
            String optionText = option == null ? null : typed(field, option.text(), QuestionLimits.TEXT, "question.option.tooLong", errors);
            if (optionText == null) {
                if (!refused(errors, field)) {
                    errors.add(FieldError.field(field, "question.option.text"));
                }
                continue;
            }
            if (!seen.add(QuestionTexts.normalize(optionText))) {
                errors.add(FieldError.field(field, "question.option.duplicate", optionText));
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
        String topic = typed("topic", input.topic(), QuestionLimits.TOPIC, "question.topic.tooLong", errors);
        String explanation = typed("explanation", input.explanation(), QuestionLimits.TEXT, "question.explanation.tooLong", errors);
        String legalSource = typed("legalSource", input.legalSource(), QuestionLimits.TEXT, "question.legalSource.tooLong", errors);
        List<String> pools = new ArrayList<>();
        List<String> writtenPools = input.pools() == null ? List.of() : input.pools();
        for (int i = 0; i < writtenPools.size(); i++) {
            String code = writtenPools.get(i) == null ? null : writtenPools.get(i).strip();
            if (!QuestionLimits.validPool(code)) {
                errors.add(FieldError.field("pools[" + i + "]", "question.import.pool", String.valueOf(code)));
            } else if (!pools.contains(code)) {
                pools.add(code);
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return new NewQuestion(text, correct > 1, topic, difficulty, explanation, legalSource, pools, cleaned);
    }

    private static boolean refused(List<FieldError> errors, String field) {
        return errors.stream().anyMatch(error -> field.equals(error.field()));
    }

    /**
     * A typed text: refused with control or bidi characters (the shared rule; line breaks are fine, they become
     * spaces), cleaned like every stored question text, and held to {@code maxLength}. Null when blank or refused.
     */
    private static String typed(String field, String value, int maxLength, String tooLong, List<FieldError> errors) {
        if (value == null) {
            return null;
        }
        if (TypedText.refused(value, TypedText.Kind.LONG)) {
            errors.add(FieldError.field(field, "text.control"));
            return null;
        }
        String cleaned = QuestionTexts.clean(value);
        if (cleaned.length() > maxLength) {
            errors.add(FieldError.field(field, tooLong, maxLength));
        }
        return cleaned.isEmpty() ? null : cleaned;
    }
}
