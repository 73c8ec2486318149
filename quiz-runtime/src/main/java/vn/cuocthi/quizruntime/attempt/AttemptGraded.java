package vn.cuocthi.quizruntime.attempt;

import java.util.UUID;

/** An attempt got its grade (submitted or finalized after its deadline); published inside the grading transaction. */
public record AttemptGraded(UUID contestId, UUID contestantId, UUID attemptId, int roundIndex) {
}
