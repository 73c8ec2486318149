package vn.cuocthi.platformcore.attempt;

import vn.cuocthi.platformcore.contest.ExamRules.CountedAttempt;

/**
 * The one definition of "the attempt that counts" (best, first or last per the contest's rule) as SQL, shared by
 * the live leaderboard, the public unit statistics, the staff rankings and the unit reports, so they can never
 * disagree about whose score counts. Disqualified contestants have no counted attempt; attempts still in progress
 * never count.
 */
public final class CountedAttemptSql {

    private CountedAttemptSql() {
    }

    /**
     * One row per contestant: {@code contestant_id, score, max_score, duration_ms, submitted_at, prediction,
     * graded_at, number}. Named parameters {@code :contest} and {@code :round} (a round index, or null for the
     * whole contest). Use it as a CTE: {@code with counted as (<this>) ...}.
     */
    public static String select(CountedAttempt rule) {
        return """
                select distinct on (a.contestant_id) a.contestant_id, a.score, a.max_score, a.duration_ms,
                       a.submitted_at, a.prediction, a.graded_at, a.number
                from attempt a join contestant c on c.id = a.contestant_id and c.disqualified_at is null
                where a.contest_id = :contest and a.status <> 'IN_PROGRESS'
                  and (cast(:round as integer) is null or a.round_index = :round)
                order by a.contestant_id, %s""".formatted(order(rule));
    }

    /** The SQL order (over alias {@code a} of {@code attempt}) that puts a contestant's counted attempt first. */
    public static String order(CountedAttempt rule) {
        return switch (rule == null ? CountedAttempt.BEST : rule) {
            case BEST -> "a.score desc, a.duration_ms asc, a.submitted_at asc, a.number asc";
            case FIRST -> "a.number asc";
            case LAST -> "a.number desc";
        };
    }
}
