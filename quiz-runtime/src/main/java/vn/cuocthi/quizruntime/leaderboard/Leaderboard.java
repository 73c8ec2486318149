package vn.cuocthi.quizruntime.leaderboard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

import vn.cuocthi.platformcore.contest.Contest;
import vn.cuocthi.platformcore.contest.ContestStore;
import vn.cuocthi.platformcore.contest.Prediction;
import vn.cuocthi.platformcore.contest.Round;
import vn.cuocthi.platformcore.contest.TieBreak;
import vn.cuocthi.platformcore.tenancy.TenantKeys;
import vn.cuocthi.platformcore.web.ApiException;
import vn.cuocthi.quizruntime.attempt.AttemptGraded;

/**
 * Live leaderboards per round and overall, as Redis sorted sets keyed by province and contest. Every member scores
 * 0 and sorts by its {@link RankingKey}, so Redis' lexicographic order is the contest's tie-break order. Redis only
 * holds what PostgreSQL can rebuild: a board without its "built" marker (Redis restarted, flushed, or the round's
 * prediction just settled) is rebuilt from the counted attempts before it is read.
 */
@Service
public class Leaderboard {

    private static final Logger log = LoggerFactory.getLogger(Leaderboard.class);
    private static final Duration READ_CACHE = Duration.ofSeconds(2);

    private static final RedisScript<Long> REPLACE = RedisScript.of("""
            if redis.call('EXISTS', KEYS[3]) == 0 then return 0 end
            local old = redis.call('HGET', KEYS[2], ARGV[1])
            if old then redis.call('ZREM', KEYS[1], old) end
            redis.call('ZADD', KEYS[1], 0, ARGV[2])
            redis.call('HSET', KEYS[2], ARGV[1], ARGV[2])
            return 1""", Long.class);

    private static final RedisScript<Long> SWAP = RedisScript.of("""
            redis.call('DEL', KEYS[1], KEYS[2])
            if redis.call('EXISTS', KEYS[3]) == 1 then redis.call('RENAME', KEYS[3], KEYS[1]) end
            if redis.call('EXISTS', KEYS[4]) == 1 then redis.call('RENAME', KEYS[4], KEYS[2]) end
            redis.call('SET', KEYS[5], ARGV[1])
            return 1""", Long.class);

    private final StringRedisTemplate redis;
    private final ContestStore contests;
    private final CountedAttempts counted;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final Map<String, CachedBoard> cache = new ConcurrentHashMap<>();
    /** After a round ends, late submits within the grace and the finalizer's pass still change the actual figure. */
    private final Duration settleMargin;

    Leaderboard(StringRedisTemplate redis, ContestStore contests, CountedAttempts counted, JdbcClient jdbc, Clock clock,
                @org.springframework.beans.factory.annotation.Value("${cuocthi.leaderboard.settle-margin:60s}") Duration settleMargin) {
        this.settleMargin = settleMargin;
        this.redis = redis;
        this.contests = contests;
        this.counted = counted;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Moves the contestant on the round's board and the overall board, once the grade is committed. */
    @TransactionalEventListener
    public void onGraded(AttemptGraded graded) {
        try {
            Contest contest = contests.find(graded.contestId()).orElseThrow();
            record(contest, graded.roundIndex(), graded.contestantId());
            record(contest, null, graded.contestantId());
        } catch (RuntimeException e) {
            // the grade is safe in PostgreSQL; the board catches up at its next rebuild
            log.warn("Leaderboard of contest {} not updated for {}: {}", graded.contestId(), graded.contestantId(), e.toString());
        }
    }

    /** The top of a board: a round (1-based) or, with null, the whole contest. */
    public Board top(UUID contestId, Integer roundNumber, int limit) {
        Contest contest = contests.findPublished(contestId)
                .orElseThrow(() -> ApiException.notFound("contest.notFound", contestId));
        Integer roundIndex = roundIndex(contest, roundNumber);
        int size = Math.max(1, Math.min(limit, 100));
        String cacheKey = TenantKeys.local(contestId, roundIndex, size);
        CachedBoard cached = cache.get(cacheKey);
        Instant now = clock.instant();
        if (cached != null && cached.at().plus(READ_CACHE).isAfter(now)) {
            return cached.board();
        }
        Board board = read(contest, roundIndex, size, now);
        cache.put(cacheKey, new CachedBoard(board, now));
        return board;
    }

    private Board read(Contest contest, Integer roundIndex, int size, Instant now) {
        Long actual = actualFigure(contest, roundIndex, now);
        Keys keys = keys(contest, roundIndex, actual);
        List<String> members;
        try {
            if (!Boolean.TRUE.equals(redis.hasKey(keys.built()))) {
                rebuild(contest, roundIndex, actual, keys);
            }
            Set<String> range = redis.opsForZSet().range(keys.board(), 0, size - 1);
            members = range == null ? List.of() : new ArrayList<>(range);
        } catch (RuntimeException e) {
            log.warn("Leaderboard read from PostgreSQL: Redis unavailable ({})", e.toString());
            members = fromDatabase(contest, roundIndex, actual).stream().limit(size).toList();
        }
        return board(contest, roundIndex, actual, members);
    }

    private void record(Contest contest, Integer roundIndex, UUID contestantId) {
        Long actual = actualFigure(contest, roundIndex, clock.instant());
        Keys keys = keys(contest, roundIndex, actual);
        for (CountedAttempts.Counted one : counted.of(contest.id(), roundIndex, contest.definition().exam().countedAttempt(), contestantId)) {
            redis.execute(REPLACE, List.of(keys.board(), keys.members(), keys.built()), contestantId.toString(),
                    RankingKey.of(one, contest.definition().tieBreaks(), actual));
        }
    }

    /**
     * Rebuilds a board from PostgreSQL into fresh keys and swaps them in, then replays contestants graded while it
     * read, so a grade committed during the rebuild is not lost to the swap.
     */
    private void rebuild(Contest contest, Integer roundIndex, Long actual, Keys keys) {
        String lock = keys.built() + ":lock";
        if (!Boolean.TRUE.equals(redis.opsForValue().setIfAbsent(lock, "1", Duration.ofSeconds(30)))) {
            return; // another request rebuilds it; this one reads what is there
        }
        try {
            Instant readAt = clock.instant();
            List<String> members = fromDatabase(contest, roundIndex, actual);
            String suffix = ":tmp:" + UUID.randomUUID();
            String tmpBoard = keys.board() + suffix;
            String tmpMembers = keys.members() + suffix;
            if (!members.isEmpty()) {
                Map<String, String> byContestant = new HashMap<>();
                Set<org.springframework.data.redis.core.ZSetOperations.TypedTuple<String>> tuples = new java.util.HashSet<>();
                for (String member : members) {
                    byContestant.put(RankingKey.parse(member).contestantId().toString(), member);
                    tuples.add(org.springframework.data.redis.core.ZSetOperations.TypedTuple.of(member, 0.0));
                }
                redis.opsForZSet().add(tmpBoard, tuples);
                redis.opsForHash().putAll(tmpMembers, byContestant);
            }
            redis.execute(SWAP, List.of(keys.board(), keys.members(), tmpBoard, tmpMembers, keys.built()),
                    readAt.toString());
            for (UUID contestantId : counted.gradedSince(contest.id(), readAt.minusSeconds(2))) {
                record(contest, roundIndex, contestantId);
            }
            log.info("Rebuilt leaderboard {} from PostgreSQL: {} entries", keys.board(), members.size());
        } finally {
            redis.delete(lock);
        }
    }

    private List<String> fromDatabase(Contest contest, Integer roundIndex, Long actual) {
        return counted.of(contest.id(), roundIndex, contest.definition().exam().countedAttempt(), null).stream()
                .map(one -> RankingKey.of(one, contest.definition().tieBreaks(), actual))
                .sorted()
                .toList();
    }

    private Board board(Contest contest, Integer roundIndex, Long actual, List<String> members) {
        List<CountedAttempts.Counted> rows = members.stream().map(RankingKey::parse).toList();
        Map<UUID, Person> people = people(contest.id(), rows.stream().map(CountedAttempts.Counted::contestantId).toList());
        List<Entry> entries = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            CountedAttempts.Counted row = rows.get(i);
            Person person = people.getOrDefault(row.contestantId(), new Person("?", null, null));
            entries.add(new Entry(i + 1, Names.mask(person.fullName()), person.unit(), person.group(), row.score(),
                    row.maxScore(), row.durationMs(), row.submittedAt(), actual == null ? null : row.prediction(),
                    actual == null ? null : RankingKey.distance(row.prediction(), actual)));
        }
        String round = roundIndex == null ? null : contest.definition().rounds().get(roundIndex).name();
        return new Board(contest.id(), roundIndex == null ? null : roundIndex + 1, round, contest.definition().tieBreaks(),
                contest.definition().tieBreaks().contains(TieBreak.PREDICTION) && roundIndex != null, actual, entries);
    }

    private Map<UUID, Person> people(UUID contestId, List<UUID> ids) {
        Map<UUID, Person> people = new HashMap<>();
        if (ids.isEmpty()) {
            return people;
        }
        jdbc.sql("""
                select c.id, c.full_name, u.name as unit, c.group_code from contestant c
                left join contest_unit u on u.contest_id = c.contest_id and u.code = c.unit_code
                where c.contest_id = ? and c.id = any(cast(? as uuid[]))""")
                .params(contestId, ids.stream().map(UUID::toString).collect(java.util.stream.Collectors.joining(",", "{", "}")))
                .query((java.sql.ResultSet rs) -> {
                    people.put(rs.getObject("id", UUID.class), new Person(rs.getString("full_name"), rs.getString("unit"),
                            rs.getString("group_code")));
                });
        return people;
    }

    /** The round's actual figure once it is final (the round over, late submits finalized); null before, or overall. */
    private Long actualFigure(Contest contest, Integer roundIndex, Instant now) {
        Prediction prediction = contest.definition().prediction();
        if (roundIndex == null || prediction == null || prediction.measure() == null
                || !contest.definition().tieBreaks().contains(TieBreak.PREDICTION)) {
            return null;
        }
        Round round = contest.definition().rounds().get(roundIndex);
        int grace = contest.definition().exam().graceSeconds() == null ? 0 : contest.definition().exam().graceSeconds();
        if (now.isBefore(round.endsAt().toInstant().plusSeconds(grace).plus(settleMargin))) {
            return null;
        }
        return prediction.measure() == Prediction.Measure.PARTICIPANTS
                ? counted.participants(contest.id(), roundIndex)
                : counted.perfectScores(contest.id(), roundIndex);
    }

    private static Integer roundIndex(Contest contest, Integer roundNumber) {
        if (roundNumber == null) {
            return null;
        }
        if (roundNumber < 1 || roundNumber > contest.definition().rounds().size()) {
            throw ApiException.notFound("leaderboard.roundNotFound", roundNumber);
        }
        return roundNumber - 1;
    }

    private static Keys keys(Contest contest, Integer roundIndex, Long actual) {
        // the tie-break order and the settled figure are part of the name: a change of either starts a new board
        String base = TenantKeys.redis("lb", contest.id(), roundIndex == null ? "all" : "r" + roundIndex,
                Integer.toHexString(contest.definition().tieBreaks().hashCode()), actual == null ? "live" : "settled" + actual);
        return new Keys(base, base + ":m", base + ":built");
    }

    private record Keys(String board, String members, String built) {
    }

    private record Person(String fullName, String unit, String group) {
    }

    private record CachedBoard(Board board, Instant at) {
    }

    /**
     * A board: its tie-break order, whether the prediction settled (with the actual figure), and the entries with
     * the figures that placed them.
     */
    public record Board(UUID contestId, Integer round, String roundName, List<TieBreak> tieBreaks,
                        boolean predictionPending, Long actualFigure, List<Entry> entries) {
        public Board {
            predictionPending = predictionPending && actualFigure == null;
        }
    }

    public record Entry(int rank, String name, String unit, String group, int score, int maxScore, long durationMs,
                        Instant submittedAt, Long prediction, Long predictionDistance) {
    }
}
