package vn.cuocthi.quizruntime.attempt;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Attempts in the province's schema: the draw, the saved answers, the grade. PostgreSQL is the record. */
@Repository
class AttemptStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    AttemptStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    void insert(AttemptRow attempt, List<DrawnQuestion> draw) {
        jdbc.sql("""
                insert into attempt (id, contest_id, contestant_id, round_index, number, status, started_at, deadline,
                                     closes_at, writer, max_score)
                values (?, ?, ?, ?, ?, 'IN_PROGRESS', ?, ?, ?, ?, ?)""")
                .params(attempt.id(), attempt.contestId(), attempt.contestantId(), attempt.roundIndex(), attempt.number(),
                        ts(attempt.startedAt()), ts(attempt.deadline()), ts(attempt.closesAt()), attempt.writer(),
                        attempt.maxScore())
                .update();
        List<Object[]> rows = new ArrayList<>(draw.size());
        for (int position = 0; position < draw.size(); position++) {
            DrawnQuestion question = draw.get(position);
            rows.add(new Object[] {attempt.id(), position, question.questionId(), uuidArray(question.optionIds()), question.multiple()});
        }
        template.batchUpdate("insert into attempt_question (attempt_id, position, question_id, option_ids, multiple) "
                + "values (?, ?, ?, cast(? as uuid[]), ?)", rows);
    }

    Optional<AttemptRow> find(UUID id) {
        return jdbc.sql("select * from attempt where id = ?").param(id).query(AttemptStore::map).optional();
    }

    /** For update: submit, finalize and start of one contestant wait for each other. */
    Optional<AttemptRow> lock(UUID id) {
        return jdbc.sql("select * from attempt where id = ? for update").param(id).query(AttemptStore::map).optional();
    }

    /**
     * The attempts, locked for update in id order, without those another transaction holds locked (an autosave
     * batch's share lock, a finalizer): a submission batch never waits for a lock, so it never waits for a batch
     * that waits for it.
     */
    Map<UUID, AttemptRow> lockSkippingLocked(List<UUID> ids) {
        Map<UUID, AttemptRow> locked = new HashMap<>();
        jdbc.sql("select * from attempt where id = any(cast(? as uuid[])) order by id for update skip locked")
                .param(uuidArray(ids)).query(AttemptStore::map).list().forEach(row -> locked.put(row.id(), row));
        return locked;
    }

    /** Per contestant, each attempt's round index and number (what {@link #used} counts), in one query. */
    Map<UUID, List<int[]>> attemptNumbers(List<UUID> contestantIds) {
        Map<UUID, List<int[]>> numbers = new HashMap<>();
        if (contestantIds.isEmpty()) {
            return numbers;
        }
        jdbc.sql("select contestant_id, round_index, number from attempt where contestant_id = any(cast(? as uuid[]))")
                .param(uuidArray(contestantIds))
                .query((ResultSet rs) -> {
                    numbers.computeIfAbsent(rs.getObject("contestant_id", UUID.class), id -> new ArrayList<>())
                            .add(new int[] {rs.getInt("round_index"), rs.getInt("number")});
                });
        return numbers;
    }

    Optional<AttemptRow> inProgress(UUID contestantId) {
        return jdbc.sql("select * from attempt where contestant_id = ? and status = 'IN_PROGRESS'")
                .param(contestantId).query(AttemptStore::map).optional();
    }

    List<AttemptRow> ofContestant(UUID contestantId) {
        return jdbc.sql("select * from attempt where contestant_id = ? order by number")
                .param(contestantId).query(AttemptStore::map).list();
    }

    /** Overdue attempts no other node is finalizing right now (they are skipped, not waited for). */
    List<AttemptRow> lockOverdue(Instant now, int limit) {
        return jdbc.sql("""
                select * from attempt where status = 'IN_PROGRESS' and closes_at <= ?
                order by closes_at limit ? for update skip locked""")
                .params(ts(now), limit).query(AttemptStore::map).list();
    }

    void claim(UUID attemptId, String writer) {
        jdbc.sql("update attempt set writer = ? where id = ? and status = 'IN_PROGRESS'").params(writer, attemptId).update();
    }

    /**
     * Saves one answer in one statement, only while the attempt is open, before its deadline, for its current writer,
     * for a question of its draw and options of that question. Empty when any of that does not hold.
     * The attempt row is share-locked: saves do not wait for each other, but a submit or the finalizer (which lock
     * it for update before counting) either waits for this save to commit and counts it, or has graded first, and
     * then this save, re-reading the row once the grade is committed, finds it no longer open and saves nothing.
     * So a 200 always means the answer counts.
     */
    Optional<Instant> saveAnswer(UUID attemptId, UUID contestantId, String writer, UUID questionId, List<UUID> optionIds,
                                 Instant now) {
        String options = uuidArray(optionIds);
        return jdbc.sql("""
                insert into attempt_answer (attempt_id, question_id, option_ids, saved_at)
                select a.id, aq.question_id, cast(:options as uuid[]), :now
                from attempt a join attempt_question aq on aq.attempt_id = a.id and aq.question_id = :question
                where a.id = :attempt and a.contestant_id = :contestant and a.status = 'IN_PROGRESS'
                  and a.deadline > :now and a.writer = :writer
                  and aq.option_ids @> cast(:options as uuid[])
                  and (aq.multiple or cardinality(cast(:options as uuid[])) <= 1)
                for key share of a
                on conflict (attempt_id, question_id)
                    do update set option_ids = excluded.option_ids, saved_at = excluded.saved_at
                returning saved_at""")
                .param("options", options).param("now", ts(now)).param("question", questionId)
                .param("attempt", attemptId).param("contestant", contestantId).param("writer", writer)
                .query(Timestamp.class).optional().map(Timestamp::toInstant);
    }

    List<DrawnQuestion> draw(UUID attemptId) {
        return jdbc.sql("select question_id, option_ids, multiple from attempt_question where attempt_id = ? order by position")
                .param(attemptId)
                .query((rs, row) -> new DrawnQuestion(rs.getObject("question_id", UUID.class),
                        uuids(rs.getArray("option_ids")), rs.getBoolean("multiple")))
                .list();
    }

    Map<UUID, List<UUID>> answers(UUID attemptId) {
        Map<UUID, List<UUID>> answers = new LinkedHashMap<>();
        jdbc.sql("select question_id, option_ids from attempt_answer where attempt_id = ?").param(attemptId)
                .query((ResultSet rs) -> {
                    answers.put(rs.getObject("question_id", UUID.class), uuids(rs.getArray("option_ids")));
                });
        return answers;
    }

    /** The questions of attempt {@code ?} with exactly the correct options saved (a scalar subquery). */
    private static final String CORRECT = """
            (select count(*)::int from attempt_question aq
             join attempt_answer aa on aa.attempt_id = aq.attempt_id and aa.question_id = aq.question_id
             where aq.attempt_id = ?
               and cardinality(aa.option_ids) > 0
               and array(select x from unnest(aa.option_ids) x order by x)
                 = array(select o.id from question_option o where o.question_id = aq.question_id and o.correct order by o.id))""";

    /** How many questions of the attempt have exactly the correct options saved. */
    int correctCount(UUID attemptId) {
        return jdbc.sql("select " + CORRECT).param(attemptId).query(Integer.class).single();
    }

    /** {@link #correctCount} of several attempts in one query (the finalizer's batch); absent: none right. */
    Map<UUID, Integer> correctCounts(List<UUID> attemptIds) {
        Map<UUID, Integer> counts = new HashMap<>();
        jdbc.sql("""
                select aq.attempt_id, count(*) as correct from attempt_question aq
                join attempt_answer aa on aa.attempt_id = aq.attempt_id and aa.question_id = aq.question_id
                where aq.attempt_id = any(cast(? as uuid[]))
                  and cardinality(aa.option_ids) > 0
                  and array(select x from unnest(aa.option_ids) x order by x)
                    = array(select o.id from question_option o where o.question_id = aq.question_id and o.correct order by o.id)
                group by aq.attempt_id""")
                .param(uuidArray(attemptIds))
                .query((java.sql.ResultSet rs) -> {
                    counts.put(rs.getObject("attempt_id", UUID.class), rs.getInt("correct"));
                });
        return counts;
    }

    /** Records the grade once; empty when another request or node finalized the attempt first. */
    Optional<AttemptRow> grade(UUID attemptId, AttemptStatus status, Instant submittedAt, Instant gradedAt, long durationMs,
                               int correctCount, int score, Long prediction) {
        return jdbc.sql("""
                update attempt set status = ?, submitted_at = ?, graded_at = ?, duration_ms = ?, correct_count = ?,
                                   score = ?, prediction = ?
                where id = ? and status = 'IN_PROGRESS'
                returning *""")
                .params(status.name(), ts(submittedAt), ts(gradedAt), durationMs, correctCount, score, prediction, attemptId)
                .query(AttemptStore::map).optional();
    }

    /**
     * A submission's grade in one statement: counts the correct answers (the caller holds the row lock, so no
     * autosave of the attempt can commit in between), records the grade once, and returns the attempts the contestant
     * used up (for the result's attempts left, {@code usedRound} being the round open now). Empty when another request
     * or node finalized the attempt first. One round trip where the count, the update and the count of attempts were
     * three, each a wait for a carrier thread at the deadline rush.
     */
    Optional<Graded> gradeCounting(UUID attemptId, AttemptStatus status, Instant submittedAt, Instant gradedAt,
                                   long durationMs, int points, Long prediction, int usedRound) {
        return jdbc.sql("""
                with counted as (select %s as correct)
                update attempt a set status = ?, submitted_at = ?, graded_at = ?, duration_ms = ?,
                                     correct_count = counted.correct, score = counted.correct * ?, prediction = ?
                from counted
                where a.id = ? and a.status = 'IN_PROGRESS'
                returning a.*,
                  (select count(*) filter (where u.round_index = ?) from attempt u where u.contestant_id = a.contestant_id) as used_in_round,
                  (select count(*) from attempt u where u.contestant_id = a.contestant_id) as used_total,
                  (select coalesce(max(u.number), 0) from attempt u where u.contestant_id = a.contestant_id) as used_last""".formatted(CORRECT))
                .params(attemptId, status.name(), ts(submittedAt), ts(gradedAt), durationMs, points, prediction, attemptId, usedRound)
                .query((rs, row) -> new Graded(map(rs, row),
                        new Used(rs.getInt("used_in_round"), rs.getInt("used_total"), rs.getInt("used_last"))))
                .optional();
    }

    record Graded(AttemptRow attempt, Used used) {
    }

    /** Attempts of the contestant that used up an allowance: every attempt started, in a round and in total. */
    Used used(UUID contestantId, int roundIndex) {
        return jdbc.sql("""
                select count(*) filter (where round_index = ?) as in_round, count(*) as total, coalesce(max(number), 0) as last
                from attempt where contestant_id = ?""")
                .params(roundIndex, contestantId)
                .query((rs, row) -> new Used(rs.getInt("in_round"), rs.getInt("total"), rs.getInt("last")))
                .single();
    }

    record Used(int inRound, int total, int lastNumber) {
    }

    static AttemptRow map(ResultSet rs, int row) throws SQLException {
        return new AttemptRow(rs.getObject("id", UUID.class), rs.getObject("contest_id", UUID.class),
                rs.getObject("contestant_id", UUID.class), rs.getInt("round_index"), rs.getInt("number"),
                AttemptStatus.valueOf(rs.getString("status")), instant(rs, "started_at"), instant(rs, "deadline"),
                instant(rs, "closes_at"), rs.getString("writer"), rs.getInt("max_score"), instant(rs, "submitted_at"),
                (Integer) rs.getObject("score"), (Integer) rs.getObject("correct_count"), (Long) rs.getObject("duration_ms"),
                (Long) rs.getObject("prediction"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    static String uuidArray(List<UUID> ids) {
        return ids.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
    }

    private static List<UUID> uuids(java.sql.Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        Object[] values = (Object[]) array.getArray();
        List<UUID> ids = new ArrayList<>(values.length);
        for (Object value : values) {
            ids.add(value instanceof UUID uuid ? uuid : UUID.fromString(value.toString()));
        }
        return ids;
    }
}
