package vn.cuocthi.quizruntime.attempt;

import java.time.Instant;
import java.util.UUID;

/** An attempt as stored. {@code closesAt} is the deadline plus the grace for late submits. */
record AttemptRow(UUID id, UUID contestId, UUID contestantId, int roundIndex, int number, AttemptStatus status,
                  Instant startedAt, Instant deadline, Instant closesAt, String writer, int maxScore, Instant submittedAt,
                  Integer score, Integer correctCount, Long durationMs, Long prediction) {

    boolean finished() {
        return status != AttemptStatus.IN_PROGRESS;
    }
}
