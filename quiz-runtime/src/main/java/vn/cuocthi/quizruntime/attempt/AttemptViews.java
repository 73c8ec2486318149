package vn.cuocthi.quizruntime.attempt;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What contestants receive about attempts. The exam's records have no field for a correct answer or an
 * explanation (invariant 3 holds by construction); only {@link Review}, served when the contest's policy allows,
 * carries them.
 */
public final class AttemptViews {

    private AttemptViews() {
    }

    /** An attempt being sat (start and resume): the same questions in the same order, and the saved answers. */
    public record AttemptView(UUID attemptId, UUID contestId, String round, int number, AttemptStatus status,
                              Instant startedAt, Instant deadline, long secondsLeft, List<QuestionView> questions,
                              Map<UUID, List<UUID>> answers, PredictionView prediction) {
    }

    public record QuestionView(UUID id, String text, boolean multiple, List<OptionView> options) {
    }

    public record OptionView(UUID id, String text) {
    }

    public record PredictionView(String question, boolean required) {
    }

    /** The grade. {@code round} counts from 1; {@code attemptsLeft} is null when attempts are unlimited. */
    public record AttemptResult(UUID attemptId, int round, AttemptStatus status, int score, int maxScore, int correctCount,
                                int questionCount, long durationMs, Instant submittedAt, Long prediction,
                                Integer attemptsLeft, boolean reviewAvailable) {
    }

    /** A contestant's attempts in a contest and what is left. */
    public record MyAttempts(List<AttemptSummary> attempts, Integer attemptsLeft, UUID inProgress) {
    }

    public record AttemptSummary(UUID attemptId, int number, String round, AttemptStatus status, Instant startedAt,
                                 Instant deadline, Integer score, int maxScore, Long durationMs, Instant submittedAt) {
    }

    /** Correct answers and explanations, once the contest's policy allows. */
    public record Review(UUID attemptId, List<ReviewQuestion> questions) {
    }

    public record ReviewQuestion(UUID id, String text, boolean multiple, List<ReviewOption> options, boolean answeredCorrectly,
                                 String explanation, String legalSource) {
    }

    public record ReviewOption(UUID id, String text, boolean correct, boolean chosen) {
    }
}
