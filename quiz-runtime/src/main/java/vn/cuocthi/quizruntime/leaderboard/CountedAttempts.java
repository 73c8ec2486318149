package vn.cuocthi.quizruntime.leaderboard;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.cuocthi.platformcore.attempt.CountedAttemptSql;
import vn.cuocthi.platformcore.contest.ExamRules.CountedAttempt;

/**
 * Which attempt counts for each contestant, per the contest's rule (best, first, last), in a round or over the
 * whole contest; disqualified contestants have none. Straight from PostgreSQL, the record. The rule itself is
 * {@link CountedAttemptSql}, shared with the staff rankings.
 */
@Repository
class CountedAttempts {

    private final JdbcClient jdbc;

    CountedAttempts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Counted attempts of the contest (round index, or null for the whole contest); one contestant when given. */
    List<Counted> of(UUID contestId, Integer roundIndex, CountedAttempt rule, UUID contestantId) {
        return jdbc.sql("""
                select distinct on (a.contestant_id) a.contestant_id, a.score, a.max_score, a.duration_ms, a.submitted_at,
                       a.prediction, a.graded_at
                from attempt a join contestant c on c.id = a.contestant_id and c.disqualified_at is null
                where a.contest_id = :contest and a.status <> 'IN_PROGRESS'
                  and (cast(:round as integer) is null or a.round_index = :round)
                  and (cast(:contestant as uuid) is null or a.contestant_id = :contestant)
                order by a.contestant_id, %s""".formatted(CountedAttemptSql.order(rule)))
                .param("contest", contestId).param("round", roundIndex).param("contestant", contestantId)
                .query((rs, row) -> new Counted(rs.getObject("contestant_id", UUID.class), rs.getInt("score"),
                        rs.getInt("max_score"), rs.getLong("duration_ms"), rs.getTimestamp("submitted_at").toInstant(),
                        (Long) rs.getObject("prediction")))
                .list();
    }

    /** Contestants whose attempts were graded at or after {@code since} (to catch up after a rebuild). */
    List<UUID> gradedSince(UUID contestId, Instant since) {
        return jdbc.sql("select distinct contestant_id from attempt where contest_id = ? and graded_at >= ?")
                .params(contestId, Timestamp.from(since)).query(UUID.class).list();
    }

    /** The round's actual figure the prediction question asks about: participants, or people with a perfect score. */
    long participants(UUID contestId, int roundIndex) {
        return jdbc.sql("""
                select count(distinct a.contestant_id) from attempt a join contestant c on c.id = a.contestant_id
                where a.contest_id = ? and a.round_index = ? and a.status <> 'IN_PROGRESS' and c.disqualified_at is null""")
                .params(contestId, roundIndex).query(Long.class).single();
    }

    long perfectScores(UUID contestId, int roundIndex) {
        return jdbc.sql("""
                select count(distinct a.contestant_id) from attempt a join contestant c on c.id = a.contestant_id
                where a.contest_id = ? and a.round_index = ? and a.status <> 'IN_PROGRESS' and a.score = a.max_score
                  and c.disqualified_at is null""")
                .params(contestId, roundIndex).query(Long.class).single();
    }

    record Counted(UUID contestantId, int score, int maxScore, long durationMs, Instant submittedAt, Long prediction) {
    }
}
