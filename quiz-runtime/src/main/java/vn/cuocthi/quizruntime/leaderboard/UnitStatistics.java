package vn.cuocthi.quizruntime.leaderboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import vn.cuocthi.platformcore.attempt.CountedAttemptSql;
import vn.cuocthi.platformcore.contest.Contest;
import vn.cuocthi.platformcore.contest.ContestStore;
import vn.cuocthi.platformcore.tenancy.TenantKeys;
import vn.cuocthi.platformcore.web.ApiException;

/**
 * Participation by unit, live: for each unit of the contest's own list, how many of its people took part (a graded
 * attempt in the round, or in the contest), its headcount, the rate, and the average of the counted scores.
 * Computed in PostgreSQL, kept for a few seconds so a busy morning does not recount on every page view.
 */
@Service
public class UnitStatistics {

    private static final Duration CACHE = Duration.ofSeconds(10);

    private final JdbcClient jdbc;
    private final ContestStore contests;
    private final Clock clock;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    UnitStatistics(JdbcClient jdbc, ContestStore contests, Clock clock) {
        this.jdbc = jdbc;
        this.contests = contests;
        this.clock = clock;
    }

    public Statistics of(UUID contestId, Integer roundNumber) {
        Contest contest = contests.findPublished(contestId)
                .orElseThrow(() -> ApiException.notFound("contest.notFound", contestId));
        if (roundNumber != null && (roundNumber < 1 || roundNumber > contest.definition().rounds().size())) {
            throw ApiException.notFound("leaderboard.roundNotFound", roundNumber);
        }
        String key = TenantKeys.local(contestId, roundNumber);
        Instant now = clock.instant();
        Cached cached = cache.get(key);
        if (cached != null && cached.at().plus(CACHE).isAfter(now)) {
            return cached.statistics();
        }
        Integer roundIndex = roundNumber == null ? null : roundNumber - 1;
        List<UnitParticipation> units = jdbc.sql("""
                with counted as (%s)
                select u.code, u.name, u.parent_code, u.headcount, u.population, u.block,
                       count(counted.contestant_id) as participants, avg(counted.score) as average
                from contest_unit u
                left join contestant c on c.contest_id = u.contest_id and c.unit_code = u.code
                left join counted on counted.contestant_id = c.id
                where u.contest_id = :contest
                group by u.code, u.name, u.parent_code, u.headcount, u.population, u.block
                order by u.code""".formatted(CountedAttemptSql.select(contest.definition().exam().countedAttempt())))
                .param("contest", contestId).param("round", roundIndex)
                .query((rs, row) -> {
                    int participants = rs.getInt("participants");
                    int headcount = rs.getInt("headcount");
                    Integer population = (Integer) rs.getObject("population");
                    BigDecimal average = rs.getBigDecimal("average");
                    return new UnitParticipation(rs.getString("code"), rs.getString("name"), rs.getString("parent_code"),
                            rs.getString("block"), participants, headcount, rate(participants, headcount), population,
                            population == null ? null : rate(participants, population),
                            average == null ? null : average.setScale(2, RoundingMode.HALF_UP));
                })
                .list();
        int participants = units.stream().mapToInt(UnitParticipation::participants).sum();
        int headcount = units.stream().mapToInt(UnitParticipation::headcount).sum();
        Statistics statistics = new Statistics(contestId, roundNumber, now, participants, headcount,
                rate(participants, headcount), units);
        cache.put(key, new Cached(statistics, now));
        return statistics;
    }

    /** Percent with two decimals; null when there is nobody to count against. */
    private static BigDecimal rate(int participants, int of) {
        return of <= 0 ? null : BigDecimal.valueOf(participants * 100L).divide(BigDecimal.valueOf(of), 2, RoundingMode.HALF_UP);
    }

    private record Cached(Statistics statistics, Instant at) {
    }

    public record Statistics(UUID contestId, Integer round, Instant computedAt, int participants, int headcount,
                             BigDecimal participationRate, List<UnitParticipation> units) {
    }

    /** One unit: participants, headcount, rate in percent (and against the population, for localities), average score. */
    public record UnitParticipation(String code, String name, String parentCode, String block, int participants,
                                    int headcount, BigDecimal participationRate, Integer population,
                                    BigDecimal populationRate, BigDecimal averageScore) {
    }
}
