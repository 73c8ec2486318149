package vn.cuocthi.tenantadmin.contest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.context.support.DefaultMessageSourceResolvable;

import vn.cuocthi.platformcore.contest.ContestDefinition;
import vn.cuocthi.platformcore.contest.ContestantGroup;
import vn.cuocthi.platformcore.contest.ExamRules;
import vn.cuocthi.platformcore.contest.Prediction;
import vn.cuocthi.platformcore.contest.Round;
import vn.cuocthi.platformcore.web.ApiException.FieldError;

/**
 * Once a contest's first round has started, contestants have sat exams under its rules: anything that would make
 * two contestants' exams incomparable is locked. Everything else stays editable, and audited.
 */
final class ContestFairness {

    private ContestFairness() {
    }

    /** The locked parts that {@code next} changes, as errors naming each field. */
    static List<FieldError> lockedChanges(ContestDefinition current, ContestDefinition next, Instant now) {
        List<FieldError> changes = new ArrayList<>();
        ExamRules before = current.exam();
        ExamRules after = next.exam();
        compare(changes, "exam.questionCount", before == null ? null : before.questionCount(), after == null ? null : after.questionCount());
        compare(changes, "exam.topicQuotas", before == null ? null : before.topicQuotas(), after == null ? null : after.topicQuotas());
        compare(changes, "exam.timeLimitSeconds", before == null ? null : before.timeLimitSeconds(), after == null ? null : after.timeLimitSeconds());
        compare(changes, "exam.attemptsPerRound", before == null ? null : before.attemptsPerRound(), after == null ? null : after.attemptsPerRound());
        compare(changes, "exam.attemptsTotal", before == null ? null : before.attemptsTotal(), after == null ? null : after.attemptsTotal());
        compare(changes, "exam.countedAttempt", before == null ? null : before.countedAttempt(), after == null ? null : after.countedAttempt());
        compare(changes, "exam.pointsPerQuestion", before == null ? null : before.pointsPerQuestion(), after == null ? null : after.pointsPerQuestion());
        compare(changes, "tieBreaks", current.tieBreaks(), next.tieBreaks());
        compare(changes, "prediction.measure", measure(current.prediction()), measure(next.prediction()));
        compare(changes, "groups", current.groups().stream().map(ContestantGroup::code).toList(),
                next.groups().stream().map(ContestantGroup::code).toList());
        for (Round round : current.rounds()) {
            if (round.startsAt() != null && !now.isBefore(round.startsAt().toInstant())) {
                boolean kept = next.rounds().stream().anyMatch(other -> sameRound(round, other));
                if (!kept) {
                    changes.add(FieldError.field("rounds", "contest.locked.round", round.name()));
                }
            }
        }
        return changes;
    }

    private static boolean sameRound(Round a, Round b) {
        return b != null && Objects.equals(a.name(), b.name()) && instant(a.startsAt()).equals(instant(b.startsAt()))
                && Objects.equals(instant(a.endsAt()), instant(b.endsAt()));
    }

    private static Object instant(java.time.OffsetDateTime time) {
        return time == null ? "" : time.toInstant();
    }

    private static Prediction.Measure measure(Prediction prediction) {
        return prediction == null ? null : prediction.measure();
    }

    private static void compare(List<FieldError> changes, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(FieldError.field(field, "contest.locked.field", label(field)));
        }
    }

    /**
     * The field as a reader names it ("số câu hỏi mỗi bài thi"), resolved in the reader's language when the message
     * is written (a {@code MessageSource} resolves such arguments itself); the path stays in the error's field.
     */
    private static DefaultMessageSourceResolvable label(String field) {
        return new DefaultMessageSourceResolvable(new String[] {"contest.field." + field}, field);
    }
}
