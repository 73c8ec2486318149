package vn.cuocthi.quizruntime.attempt;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import vn.cuocthi.platformcore.contest.Contest;
import vn.cuocthi.platformcore.contest.ContestStore;

/**
 * Grades a batch of submissions of one province in the current transaction, in five statements whatever its size:
 * lock the attempts, count their correct answers, record the grades, count the attempts their contestants used
 * (and the contests' version check). Only the plain case is graded here: the attempt open, before its deadline plus
 * grace, its contestant's, its current writer's, the prediction given when required. Anything else (and an attempt
 * another transaction holds locked: an autosave batch's share lock, a finalizer; skipped rather than waited for, so
 * no two batches ever wait for each other) is left to the request, which submits it on its own as before and gets
 * the same answer it always did (the grade already stored, the refusal, the finalized grade).
 */
@Repository
class BatchedSubmits {

    private static final String GRADE = """
            update attempt a set status = 'SUBMITTED', submitted_at = g.submitted_at, graded_at = g.graded_at,
                                 duration_ms = g.duration_ms, correct_count = g.correct, score = g.score, prediction = g.prediction
            from unnest(?, ?, ?, ?, ?, ?, ?) as g(id, submitted_at, graded_at, duration_ms, correct, score, prediction)
            where a.id = g.id and a.status = 'IN_PROGRESS'
            returning a.*""";

    private final JdbcTemplate template;
    private final AttemptStore store;
    private final ContestStore contests;

    BatchedSubmits(JdbcTemplate template, AttemptStore store, ContestStore contests) {
        this.template = template;
        this.store = store;
        this.contests = contests;
    }

    /** Each submission's grade, or empty: left to the request; call inside the batch's transaction. */
    List<Optional<SubmitGroupCommit.Graded>> write(List<SubmitGroupCommit.PendingSubmit> batch) {
        Map<UUID, AttemptRow> locked = store.lockSkippingLocked(batch.stream().map(SubmitGroupCommit.PendingSubmit::attemptId)
                .distinct().toList());
        Map<UUID, Contest> byId = new HashMap<>();
        List<SubmitGroupCommit.PendingSubmit> plain = new ArrayList<>();
        Set<UUID> taken = new HashSet<>();
        for (SubmitGroupCommit.PendingSubmit pending : batch) {
            AttemptRow attempt = locked.get(pending.attemptId());
            if (attempt == null || !taken.add(attempt.id())) {
                continue; // locked elsewhere, not found, or twice in the batch: the request submits it on its own
            }
            Contest contest = byId.computeIfAbsent(attempt.contestId(), id -> contests.find(id).orElseThrow());
            if (plain(pending, attempt, contest)) {
                plain.add(pending);
            }
        }
        Map<UUID, AttemptRow> graded = plain.isEmpty() ? Map.of() : grade(plain, locked, byId,
                store.correctCounts(plain.stream().map(SubmitGroupCommit.PendingSubmit::attemptId).toList()));
        Map<UUID, List<int[]>> numbers = store.attemptNumbers(graded.values().stream().map(AttemptRow::contestantId).distinct().toList());
        List<Optional<SubmitGroupCommit.Graded>> results = new ArrayList<>(batch.size());
        Set<UUID> answered = new HashSet<>();
        for (SubmitGroupCommit.PendingSubmit pending : batch) {
            AttemptRow row = graded.get(pending.attemptId());
            if (row == null || !answered.add(row.id())) {
                results.add(Optional.empty());
                continue;
            }
            Contest contest = byId.get(row.contestId());
            int roundNow = Attempts.roundIndexAt(contest, pending.now());
            results.add(Optional.of(new SubmitGroupCommit.Graded(row, contest, used(numbers.getOrDefault(row.contestantId(), List.of()),
                    roundNow), roundNow)));
        }
        return results;
    }

    /** The checks of {@link Attempts#submit} that let a submission be graded as submitted now, with no error. */
    private static boolean plain(SubmitGroupCommit.PendingSubmit pending, AttemptRow attempt, Contest contest) {
        boolean predictionRequired = contest.definition().prediction() != null
                && Boolean.TRUE.equals(contest.definition().prediction().required());
        return attempt.contestantId().equals(pending.contestantId()) && !attempt.finished()
                && attempt.writer().equals(pending.writer()) && pending.now().isBefore(attempt.closesAt())
                && !(pending.prediction() == null && pending.now().isBefore(attempt.deadline()) && predictionRequired);
    }

    private Map<UUID, AttemptRow> grade(List<SubmitGroupCommit.PendingSubmit> plain, Map<UUID, AttemptRow> locked,
                                        Map<UUID, Contest> byId, Map<UUID, Integer> correct) {
        return template.execute((ConnectionCallback<Map<UUID, AttemptRow>>) connection -> {
            int n = plain.size();
            UUID[] ids = new UUID[n];
            Timestamp[] submitted = new Timestamp[n];
            Timestamp[] gradedAt = new Timestamp[n];
            Long[] durations = new Long[n];
            Integer[] corrects = new Integer[n];
            Integer[] scores = new Integer[n];
            Long[] predictions = new Long[n];
            for (int i = 0; i < n; i++) {
                SubmitGroupCommit.PendingSubmit pending = plain.get(i);
                AttemptRow attempt = locked.get(pending.attemptId());
                Instant submittedAt = pending.now().isAfter(attempt.deadline()) ? attempt.deadline() : pending.now();
                ids[i] = attempt.id();
                submitted[i] = Timestamp.from(submittedAt);
                gradedAt[i] = Timestamp.from(pending.now());
                durations[i] = Duration.between(attempt.startedAt(), submittedAt).toMillis();
                corrects[i] = correct.getOrDefault(attempt.id(), 0);
                scores[i] = corrects[i] * Attempts.points(byId.get(attempt.contestId()).definition().exam());
                predictions[i] = pending.prediction();
            }
            Map<UUID, AttemptRow> graded = new HashMap<>();
            try (PreparedStatement statement = connection.prepareStatement(GRADE)) {
                Array[] arrays = {connection.createArrayOf("uuid", ids), connection.createArrayOf("timestamptz", submitted),
                        connection.createArrayOf("timestamptz", gradedAt), connection.createArrayOf("bigint", durations),
                        connection.createArrayOf("integer", corrects), connection.createArrayOf("integer", scores),
                        connection.createArrayOf("bigint", predictions)};
                for (int i = 0; i < arrays.length; i++) {
                    statement.setArray(i + 1, arrays[i]);
                }
                try (ResultSet rs = statement.executeQuery()) {
                    for (int row = 0; rs.next(); row++) {
                        AttemptRow one = AttemptStore.map(rs, row);
                        graded.put(one.id(), one);
                    }
                }
            }
            return graded;
        });
    }

    /** {@link AttemptStore#used} from the contestant's attempts (round index, number). */
    private static AttemptStore.Used used(List<int[]> attempts, int roundIndex) {
        int inRound = 0;
        int last = 0;
        for (int[] attempt : attempts) {
            inRound += attempt[0] == roundIndex ? 1 : 0;
            last = Math.max(last, attempt[1]);
        }
        return new AttemptStore.Used(inRound, attempts.size(), last);
    }
}
