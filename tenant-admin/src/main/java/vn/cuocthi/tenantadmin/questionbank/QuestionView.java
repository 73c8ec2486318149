package vn.cuocthi.tenantadmin.questionbank;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import vn.cuocthi.platformcore.VietnamTime;
import vn.cuocthi.platformcore.question.Difficulty;
import vn.cuocthi.platformcore.question.Question;

/** A bank question as staff see it, correct options included (staff only; never on a contestant's path). */
public record QuestionView(UUID id, String text, boolean multiple, String topic, Difficulty difficulty, String explanation,
                           String legalSource, List<String> pools, List<Question.Option> options, OffsetDateTime createdAt) {

    static QuestionView of(Question question) {
        return new QuestionView(question.id(), question.text(), question.multiple(), question.topic(), question.difficulty(),
                question.explanation(), question.legalSource(), question.pools(), question.options(),
                VietnamTime.of(question.createdAt()));
    }
}
