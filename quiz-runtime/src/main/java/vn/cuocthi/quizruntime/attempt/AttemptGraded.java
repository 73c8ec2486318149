package vn.cuocthi.quizruntime.attempt;

import java.util.UUID;

import vn.cuocthi.platformcore.contest.Contest;

/**
 * An attempt got its grade (submitted or finalized after its deadline); published inside the grading transaction
 * (by the request after the commit, for a submission graded in a batch), with the contest the grade was made with (the board ranks by it without looking it up again).
 */
public record AttemptGraded(UUID contestId, UUID contestantId, UUID attemptId, int roundIndex, Contest contest) {
}
