package vn.cuocthi.tenantadmin.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.cuocthi.platformcore.Uuids;
import vn.cuocthi.platformcore.contest.Contest;
import vn.cuocthi.platformcore.contest.ContestantGroup;
import vn.cuocthi.platformcore.contest.ExamRules;
import vn.cuocthi.platformcore.contest.Round;
import vn.cuocthi.platformcore.personal.ContestantRows;
import vn.cuocthi.platformcore.ranking.RoundFigures;
import vn.cuocthi.tenantadmin.results.Publication;

/**
 * Demo contestants with graded exams, so a local run shows rankings with every tie-break value: in each round of the
 * (closed) letter contest, whose results are then frozen and published, and in the first round of the contest open
 * now. Rows are written as the exam engine leaves them (a submitted attempt with its score, duration and guess);
 * scores repeat on purpose, so the prediction, the duration and the submission time visibly break ties. The
 * contestants cannot sign in: their password hash is deliberately malformed, which the sign-in treats as a mismatch.
 */
@Component
class DemoResults {

    static final List<String> NAMES = List.of("Nguyễn Văn An", "Trần Thị Bích", "Lê Minh Châu", "Phạm Quốc Dũng",
            "Hoàng Thị Giang", "Vũ Đức Hải", "Đặng Thu Hà", "Bùi Văn Khánh", "Đỗ Thị Lan", "Hồ Quang Minh",
            "Ngô Thị Ngọc", "Dương Văn Phúc", "Lý Thị Quỳnh", "Mai Văn Sơn");
    private static final String UNUSABLE_PASSWORD = "{argon2id}demo-contestant-cannot-sign-in";

    private final JdbcClient jdbc;
    private final RoundFigures figures;
    private final Publication publication;
    private final Clock clock;
    private final ContestantRows rows;

    DemoResults(JdbcClient jdbc, RoundFigures figures, Publication publication, Clock clock, ContestantRows rows) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.figures = figures;
        this.publication = publication;
        this.clock = clock;
    }

    /**
     * Every round of the letter's (past) contest sat by the demo contestants. Called before the contest is published:
     * the figure freezer only looks at published contests, so no round's figure is frozen without these exams.
     */
    void sitEveryRound(Contest draft, List<String> units) {
        List<UUID> people = contestants(draft, units);
        for (int round = 0; round < draft.definition().rounds().size(); round++) {
            Round r = draft.definition().rounds().get(round);
            sitRound(draft, people, round, r.startsAt().toInstant(), r.endsAt().toInstant());
        }
    }

    /** The published closed contest: its figures frozen and every round's results published. */
    void publishResults(Contest closed) {
        figures.frozen(closed);
        for (int round = 1; round <= closed.definition().rounds().size(); round++) {
            publication.publish(closed.id(), round, DemoContent.ACTOR);
        }
    }

    /** The contest open now: its first round sat between its start and a minute ago. */
    void sitFirstRound(Contest draft, List<String> units) {
        Instant start = draft.definition().rounds().getFirst().startsAt().toInstant();
        Instant until = clock.instant().minusSeconds(60);
        if (until.isAfter(start)) {
            sitRound(draft, contestants(draft, units), 0, start, until);
        }
    }

    private List<UUID> contestants(Contest contest, List<String> units) {
        List<ContestantGroup> groups = contest.definition().groups();
        List<UUID> ids = new java.util.ArrayList<>();
        for (int i = 0; i < NAMES.size(); i++) {
            Instant registered = contest.firstStart().orElse(clock.instant());
            UUID id = rows.insert(new ContestantRows.NewRow(contest.id(), NAMES.get(i), cccd(i), null, null, null, null,
                    null, units.isEmpty() ? null : units.get(i % units.size()), null, groups.get(i % groups.size()).code(),
                    UNUSABLE_PASSWORD, "ND13-2023/v1", registered, registered, "demo"));
            ids.add(id);
        }
        return ids;
    }

    private static String cccd(int i) {
        return String.format("000999%06d", i + 1);
    }

    /**
     * All but every fifth contestant sit the round once (a different fifth each round). Scores fall in a few steps so
     * that several people share each one; guesses scatter around the number who sit, durations and times differ.
     */
    private void sitRound(Contest contest, List<UUID> people, int round, Instant from, Instant to) {
        ExamRules exam = contest.definition().exam();
        int questions = exam.questionCount() == null ? 10 : exam.questionCount();
        int points = exam.pointsPerQuestion() == null ? 1 : exam.pointsPerQuestion();
        int limit = exam.timeLimitSeconds() == null ? 1200 : exam.timeLimitSeconds();
        long sitting = people.stream().filter(p -> (people.indexOf(p) + round) % 5 != 4).count();
        long span = Math.max(1, Duration.between(from, to).toSeconds());
        for (int i = 0; i < people.size(); i++) {
            if ((i + round) % 5 == 4) {
                continue;
            }
            int correct = Math.max(0, questions - (i * 7 + round) % 4);
            long durationMs = Math.min(limit * 1000L - 1, 95_000L + (i * 37_813L + round * 11_071L) % (limit * 600L));
            Instant submitted = from.plusSeconds(span * (i + 1) / (people.size() + 2)).plusMillis(i * 17L);
            long guess = Math.max(0, sitting - 3 + (i * 5 + round) % 7);
            Instant started = submitted.minusMillis(durationMs);
            Instant deadline = started.plusSeconds(limit);
            jdbc.sql("""
                    insert into attempt (id, contest_id, contestant_id, round_index, number, status, started_at, deadline,
                        closes_at, writer, max_score, submitted_at, graded_at, score, correct_count, duration_ms, prediction)
                    values (?, ?, ?, ?, ?, 'SUBMITTED', ?, ?, ?, 'demo', ?, ?, ?, ?, ?, ?, ?)""")
                    .params(Uuids.v7(), contest.id(), people.get(i), round, round + 1, Timestamp.from(started),
                            Timestamp.from(deadline), Timestamp.from(deadline), questions * points, Timestamp.from(submitted),
                            Timestamp.from(submitted), correct * points, correct, durationMs, guess)
                    .update();
        }
    }
}
