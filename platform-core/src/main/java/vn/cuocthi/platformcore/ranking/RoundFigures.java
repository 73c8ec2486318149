package vn.cuocthi.platformcore.ranking;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import vn.cuocthi.platformcore.contest.Contest;
import vn.cuocthi.platformcore.contest.ContestStore;
import vn.cuocthi.platformcore.contest.Prediction;
import vn.cuocthi.platformcore.contest.Round;
import vn.cuocthi.platformcore.contest.TieBreak;
import vn.cuocthi.platformcore.web.ApiException;

/**
 * Frozen prediction figures. A round's figure is computed the first time anyone (a reader or the scheduled
 * {@link RoundFigureFreezer}) asks after the round has closed: its end plus grace has passed and no exam of it is
 * still open, so no grade can still change the count. It is stored once ({@code on conflict do nothing}: two nodes
 * freezing at once keep the first) and from then on read, never recounted; a later change of data does not move
 * it. Staff may recompute it, which is audited with the value before and after.
 */
@Repository
public class RoundFigures {

    static final String SYSTEM = "system";

    private final JdbcClient jdbc;
    private final CountedAttempts counted;
    private final ContestStore contests;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    RoundFigures(JdbcClient jdbc, CountedAttempts counted, ContestStore contests, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
        this.counted = counted;
        this.contests = contests;
        this.clock = clock;
    }

    /** Whether the contest ranks by the prediction, so its rounds need a figure. */
    public static boolean applies(Contest contest) {
        Prediction prediction = contest.definition().prediction();
        return prediction != null && prediction.measure() != null
                && contest.definition().tieBreaks().contains(TieBreak.PREDICTION);
    }

    /** The contest's frozen figures by round index, freezing first those that have just become due. */
    public Map<Integer, RoundFigure> frozen(Contest contest) {
        Map<Integer, RoundFigure> figures = stored(contest.id());
        if (applies(contest)) {
            for (int i = 0; i < contest.definition().rounds().size(); i++) {
                if (!figures.containsKey(i)) {
                    int round = i;
                    freezeIfDue(contest, round).ifPresent(figure -> figures.put(round, figure));
                }
            }
        }
        return figures;
    }

    /** Freezes the round's figure if the round has closed and it is not frozen yet; the stored figure, if any. */
    public Optional<RoundFigure> freezeIfDue(Contest contest, int roundIndex) {
        Optional<RoundFigure> existing = find(contest.id(), roundIndex);
        if (existing.isPresent() || !applies(contest) || !due(contest, roundIndex, clock.instant())) {
            return existing;
        }
        Prediction.Measure measure = contest.definition().prediction().measure();
        int frozen = jdbc.sql("""
                insert into round_figure (contest_id, round_index, measure, value, method, computed_at, computed_by)
                values (?, ?, ?, ?, 'AT_CLOSE', ?, ?) on conflict do nothing""")
                .params(contest.id(), roundIndex, measure.name(), compute(contest, roundIndex, measure),
                        Timestamp.from(clock.instant()), SYSTEM)
                .update();
        Optional<RoundFigure> stored = find(contest.id(), roundIndex);
        if (frozen > 0) {
            events.publishEvent(new RoundFigureFrozen(contest.id(), roundIndex));
        }
        return stored;
    }

    /** Counts again and stores the result in place of the frozen figure; audited. 409 before the round has closed. */
    @Transactional
    public RoundFigure recompute(Contest contest, int roundIndex, String actor) {
        if (!applies(contest)) {
            throw ApiException.conflict("results.figure.notUsed");
        }
        if (!due(contest, roundIndex, clock.instant())) {
            throw ApiException.conflict("results.figure.notClosed", roundIndex + 1);
        }
        contests.lock(contest.id());
        RoundFigure before = find(contest.id(), roundIndex).orElse(null);
        Prediction.Measure measure = contest.definition().prediction().measure();
        jdbc.sql("""
                insert into round_figure (contest_id, round_index, measure, value, method, computed_at, computed_by)
                values (?, ?, ?, ?, 'RECOMPUTED', ?, ?)
                on conflict (contest_id, round_index) do update set measure = excluded.measure, value = excluded.value,
                    method = excluded.method, computed_at = excluded.computed_at, computed_by = excluded.computed_by""")
                .params(contest.id(), roundIndex, measure.name(), compute(contest, roundIndex, measure),
                        Timestamp.from(clock.instant()), actor)
                .update();
        RoundFigure after = find(contest.id(), roundIndex).orElseThrow();
        contests.audit(contest.id(), "FIGURE_RECOMPUTED", actor, before, after);
        events.publishEvent(new RoundFigureFrozen(contest.id(), roundIndex));
        return after;
    }

    public Optional<RoundFigure> find(UUID contestId, int roundIndex) {
        return jdbc.sql("select * from round_figure where contest_id = ? and round_index = ?")
                .params(contestId, roundIndex).query(RoundFigures::map).optional();
    }

    private Map<Integer, RoundFigure> stored(UUID contestId) {
        Map<Integer, RoundFigure> figures = new TreeMap<>();
        jdbc.sql("select * from round_figure where contest_id = ?").param(contestId).query(RoundFigures::map).list()
                .forEach(figure -> figures.put(figure.roundIndex(), figure));
        return figures;
    }

    /** The round has closed: its end plus grace is past and no exam of it is still open. */
    private boolean due(Contest contest, int roundIndex, Instant now) {
        Round round = contest.definition().rounds().get(roundIndex);
        Integer grace = contest.definition().exam() == null ? null : contest.definition().exam().graceSeconds();
        Instant closes = round.endsAt().toInstant().plusSeconds(grace == null ? 0 : grace);
        return !now.isBefore(closes) && !counted.inProgress(contest.id(), roundIndex);
    }

    private long compute(Contest contest, int roundIndex, Prediction.Measure measure) {
        return measure == Prediction.Measure.PARTICIPANTS
                ? counted.participants(contest, roundIndex)
                : counted.perfectScores(contest, roundIndex);
    }

    private static RoundFigure map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new RoundFigure(rs.getInt("round_index"), Prediction.Measure.valueOf(rs.getString("measure")),
                rs.getLong("value"), RoundFigure.Method.valueOf(rs.getString("method")),
                rs.getTimestamp("computed_at").toInstant(), rs.getString("computed_by"));
    }
}
