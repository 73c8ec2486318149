package vn.cuocthi.quizruntime.leaderboard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.ZSetOperations.TypedTuple;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.event.TransactionalEventListener;

import vn.cuocthi.platformcore.contest.Contest;
import vn.cuocthi.platformcore.contest.ContestStore;
import vn.cuocthi.platformcore.contest.ContestantGroup;
import vn.cuocthi.platformcore.contest.TieBreak;
import vn.cuocthi.platformcore.ranking.CountedAttempts;
import vn.cuocthi.platformcore.ranking.RankedAttempt;
import vn.cuocthi.platformcore.ranking.Ranking;
import vn.cuocthi.platformcore.ranking.RoundFigure;
import vn.cuocthi.platformcore.ranking.RoundFigureFrozen;
import vn.cuocthi.platformcore.ranking.RoundFigures;
import vn.cuocthi.platformcore.ranking.StandingChanged;
import vn.cuocthi.platformcore.tenancy.AfterRelease;
import vn.cuocthi.platformcore.tenancy.TenantKeys;
import vn.cuocthi.platformcore.web.ApiException;
import vn.cuocthi.quizruntime.attempt.AttemptGraded;

/**
 * Live leaderboards per round and overall, for everyone and per contestant group, as Redis sorted sets. Every
 * member scores 0 and sorts by its {@link Ranking#key}, so Redis' byte order is the contest's ranking order, the
 * one the staff results use. Redis only holds what PostgreSQL can rebuild: a board without its "built" marker
 * (Redis restarted or flushed, a new tie-break order, a figure just frozen) is rebuilt from the counted attempts
 * before it is read, and {@link LeaderboardReconciliation} replays what a failed write may have missed.
 */
@Service
public class Leaderboard {

    private static final Logger log = LoggerFactory.getLogger(Leaderboard.class);
    private static final Duration READ_CACHE = Duration.ofSeconds(2);
    /** Grades committed just before a pass may carry a slightly earlier time than the pass: replay a margin. */
    private static final Duration RECONCILE_OVERLAP = Duration.ofSeconds(10);
    private static final Duration FIRST_LOOK_BACK = Duration.ofMinutes(10);

    private static final RedisScript<Long> REPLACE = RedisScript.of("""
            if redis.call('EXISTS', KEYS[3]) == 0 then return 0 end
            local old = redis.call('HGET', KEYS[2], ARGV[1])
            if old then redis.call('ZREM', KEYS[1], old) end
            if ARGV[2] == '' then redis.call('HDEL', KEYS[2], ARGV[1]) return 1 end
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
    private final RoundFigures figures;
    private final BoardPeople people;
    private final Clock clock;
    private final TransactionTemplate reads;
    private final Map<String, CachedBoard> cache = new ConcurrentHashMap<>();
    /** Per contest, the contest and its frozen figures a place is read with: a place then costs only Redis calls. */
    private final Map<String, CachedFigures> figuresCache = new ConcurrentHashMap<>();

    Leaderboard(StringRedisTemplate redis, ContestStore contests, CountedAttempts counted, RoundFigures figures,
                BoardPeople people, Clock clock, PlatformTransactionManager transactions) {
        this.reads = new TransactionTemplate(transactions);
        this.reads.setReadOnly(true);
        // its own transaction even when called inside another: the board never holds the grade's connection
        this.reads.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.redis = redis;
        this.contests = contests;
        this.counted = counted;
        this.figures = figures;
        this.people = people;
        this.clock = clock;
    }

    /**
     * Moves the contestant on the round's and the overall boards, once the grade is committed and the transaction
     * has given its connection back ({@link AfterRelease}): the Redis round trips hold no pooled connection. A grade of
     * a submission batch is announced by its request after the batch's commit, outside any transaction: at once.
     */
    @TransactionalEventListener(fallbackExecution = true)
    public void onGraded(AttemptGraded graded) {
        AfterRelease.defer(() -> place(graded));
    }

    /**
     * The board's reads (the frozen figures, the counted attempts of the round and overall) in one
     * read-only transaction, then the Redis writes with no connection held. Each of those reads took its own
     * pooled connection before: at the deadline rush every checkout waited in the pool's queue again (docs/benchmarks.md,
     * "Submissions at the deadline rush").
     */
    private void place(AttemptGraded graded) {
        try {
            Contest contest = graded.contest(); // the one the grade was made with: no look-up again
            List<Placement> placements = reads.execute(status -> {
                Map<Integer, RoundFigure> frozen = figures.frozen(contest);
                List<Placement> both = new ArrayList<>(placements(contest, graded.roundIndex(), graded.contestantId(), frozen));
                both.addAll(placements(contest, null, graded.contestantId(), frozen));
                return both;
            });
            write(placements);
        } catch (RuntimeException e) {
            // the grade is safe in PostgreSQL; reconciliation or the next rebuild puts it on the boards
            log.warn("Leaderboard of contest {} not updated for {}: {}", graded.contestId(), graded.contestantId(), e.toString());
        }
    }

    /** A disqualification (or reinstatement) announced by the staff side: off (or back on) every board at once. */
    @EventListener
    public void onStandingChanged(StandingChanged changed) {
        contests.find(changed.contestId()).ifPresent(contest -> {
            Map<Integer, RoundFigure> frozen = figures.frozen(contest);
            for (int round = 0; round < contest.definition().rounds().size(); round++) {
                record(contest, round, changed.contestantId(), frozen);
            }
            record(contest, null, changed.contestantId(), frozen);
        });
        // after the boards moved: a read in between would otherwise cache the old board again
        String prefix = TenantKeys.local(changed.contestId()) + "/";
        cache.keySet().removeIf(key -> key.startsWith(prefix));
    }

    /**
     * Replays what the boards of the contest may have missed since the last pass (a grade whose Redis write
     * failed, a lost announcement), from PostgreSQL's graded and status-changed times. The watermark lives in Redis
     * beside the boards (when Redis lost it, the boards are gone too and are rebuilt on their next read); replaying
     * a contestant is idempotent, and only boards that exist (built) are written.
     */
    void reconcile(Contest contest) {
        // outside the boards' ":lb:" names: flushing or listing the boards does not see it
        String watermark = TenantKeys.redis("lbsync", contest.id());
        Instant now = clock.instant();
        String last = redis.opsForValue().get(watermark);
        // the first pass (a new node, Redis flushed) looks back a while: boards built before it may miss grades too
        Instant since = last == null ? now.minus(FIRST_LOOK_BACK) : Instant.parse(last).minus(RECONCILE_OVERLAP);
        Map<Integer, RoundFigure> frozen = figures.frozen(contest);
        Set<UUID> overall = new HashSet<>();
        for (CountedAttempts.Change change : counted.changedSince(contest.id(), since)) {
            record(contest, change.roundIndex(), change.contestantId(), frozen);
            if (overall.add(change.contestantId())) {
                record(contest, null, change.contestantId(), frozen);
            }
        }
        redis.opsForValue().set(watermark, now.toString(), Duration.ofDays(30));
    }

    /** The top of a board: a round (1-based) or, with null, the whole contest; one group or, with null, everyone. */
    public Board top(UUID contestId, Integer roundNumber, String group, int limit) {
        Contest contest = contests.findPublished(contestId)
                .orElseThrow(() -> ApiException.notFound("contest.notFound", contestId));
        Integer roundIndex = roundIndex(contest, roundNumber);
        String groupCode = group == null || group.isBlank() ? null : group;
        if (groupCode != null && contest.definition().groups().stream().noneMatch(g -> g.code().equals(groupCode))) {
            throw ApiException.notFound("leaderboard.groupNotFound", groupCode);
        }
        int size = Math.max(1, Math.min(limit, 100));
        String cacheKey = TenantKeys.local(contestId, roundIndex, groupCode, size);
        CachedBoard cached = cache.get(cacheKey);
        Instant now = clock.instant();
        if (cached != null && cached.at().plus(READ_CACHE).isAfter(now) && !cached.at().isAfter(now)) {
            return cached.board();
        }
        Board board = read(contest, roundIndex, groupCode, size);
        cache.put(cacheKey, new CachedBoard(board, now));
        return board;
    }

    /**
     * Where a contestant stands on a board (a round's or, with {@code roundNumber} null, the contest's; everyone's
     * or, with a group code, that group's), counting from 1; empty when not on it (yet) or Redis is away (the
     * pages then simply show no place).
     */
    public OptionalInt placeOf(UUID contestId, Integer roundNumber, String group, UUID contestantId) {
        Optional<CachedFigures> read = withFigures(contestId);
        if (read.isEmpty() || roundNumber != null && (roundNumber < 1 || roundNumber > read.get().contest().definition().rounds().size())) {
            return OptionalInt.empty();
        }
        Contest contest = read.get().contest();
        Integer roundIndex = roundNumber == null ? null : roundNumber - 1;
        try {
            Map<Integer, RoundFigure> frozen = read.get().frozen();
            Keys keys = keys(contest, roundIndex, group, frozen);
            if (!Boolean.TRUE.equals(redis.hasKey(keys.built()))) {
                rebuild(contest, roundIndex, group, keys, frozen); // grades reach only built boards
            }
            Object member = redis.opsForHash().get(keys.members(), contestantId.toString());
            Long rank = member == null ? null : redis.opsForZSet().rank(keys.board(), member.toString());
            return rank == null ? OptionalInt.empty() : OptionalInt.of(rank.intValue() + 1);
        } catch (RuntimeException e) {
            log.debug("No place for {}: Redis unavailable ({})", contestantId, e.toString());
            return OptionalInt.empty();
        }
    }

    /**
     * The published contest and its frozen figures, kept as briefly as the boards ({@link #READ_CACHE}): every
     * signed-in board view and result page asks for a place, and the contest's version check and the figures'
     * queries (one, plus one per round not frozen yet) were most of its cost. A figure frozen on this node drops
     * the entry at once ({@link #onFigureFrozen}); one frozen on another node is seen within the read cache.
     */
    private Optional<CachedFigures> withFigures(UUID contestId) {
        String key = TenantKeys.local(contestId);
        Instant now = clock.instant();
        CachedFigures cached = figuresCache.get(key);
        if (cached != null && cached.at().plus(READ_CACHE).isAfter(now) && !cached.at().isAfter(now)) {
            return Optional.of(cached);
        }
        Optional<CachedFigures> fresh = contests.findPublished(contestId)
                .map(contest -> new CachedFigures(contest,
                        java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(figures.frozen(contest))), now));
        fresh.ifPresentOrElse(value -> figuresCache.put(key, value), () -> figuresCache.remove(key));
        return fresh;
    }

    /** After the freeze's commit (or at once outside a transaction): the next place is read with the new figure. */
    @TransactionalEventListener(fallbackExecution = true)
    public void onFigureFrozen(RoundFigureFrozen frozen) {
        figuresCache.remove(TenantKeys.local(frozen.contestId()));
    }

    private Board read(Contest contest, Integer roundIndex, String group, int size) {
        Map<Integer, RoundFigure> frozen = figures.frozen(contest);
        Keys keys = keys(contest, roundIndex, group, frozen);
        List<String> members;
        try {
            if (!Boolean.TRUE.equals(redis.hasKey(keys.built()))) {
                rebuild(contest, roundIndex, group, keys, frozen);
            }
            Set<String> range = redis.opsForZSet().range(keys.board(), 0, size - 1);
            members = range == null ? List.of() : new ArrayList<>(range);
        } catch (RuntimeException e) {
            log.warn("Leaderboard read from PostgreSQL: Redis unavailable ({})", e.toString());
            members = fromDatabase(contest, roundIndex, group).stream().limit(size).toList();
        }
        return board(contest, roundIndex, group, roundIndex == null ? null : frozen.get(roundIndex), members);
    }

    /** Updates the boards of one round (or overall) for everyone and for the contestant's group. */
    private void record(Contest contest, Integer roundIndex, UUID contestantId, Map<Integer, RoundFigure> frozen) {
        write(placements(contest, roundIndex, contestantId, frozen));
    }

    /** What the boards of one round (or overall) hold for the contestant: per group, its member or none (""). */
    private List<Placement> placements(Contest contest, Integer roundIndex, UUID contestantId, Map<Integer, RoundFigure> frozen) {
        List<RankedAttempt> rows = counted.of(contest, roundIndex, null, contestantId);
        List<String> groups = new ArrayList<>();
        groups.add(null);
        contest.definition().groups().stream().map(ContestantGroup::code).forEach(groups::add);
        List<Placement> placements = new ArrayList<>(groups.size());
        for (String group : groups) {
            String member = rows.stream().filter(row -> group == null || group.equals(row.groupCode())).findFirst()
                    .map(row -> Ranking.key(row, contest.definition().tieBreaks())).orElse("");
            placements.add(new Placement(keys(contest, roundIndex, group, frozen), contestantId, member));
        }
        return placements;
    }

    private void write(List<Placement> placements) {
        for (Placement placement : placements) {
            Keys keys = placement.keys();
            redis.execute(REPLACE, List.of(keys.board(), keys.members(), keys.built()), placement.contestantId().toString(),
                    placement.member());
        }
    }

    private record Placement(Keys keys, UUID contestantId, String member) {
    }

    /**
     * Rebuilds a board from PostgreSQL into fresh keys and swaps them in, then replays contestants graded while it
     * read, so a grade committed during the rebuild is not lost to the swap.
     */
    private void rebuild(Contest contest, Integer roundIndex, String group, Keys keys, Map<Integer, RoundFigure> frozen) {
        String lock = keys.built() + ":lock";
        if (!Boolean.TRUE.equals(redis.opsForValue().setIfAbsent(lock, "1", Duration.ofSeconds(30)))) {
            return; // another request rebuilds it; this one reads what is there
        }
        try {
            Instant readAt = clock.instant();
            List<String> members = fromDatabase(contest, roundIndex, group);
            String suffix = ":tmp:" + UUID.randomUUID();
            String tmpBoard = keys.board() + suffix;
            String tmpMembers = keys.members() + suffix;
            if (!members.isEmpty()) {
                Map<String, String> byContestant = new HashMap<>();
                Set<TypedTuple<String>> tuples = new HashSet<>();
                for (String member : members) {
                    byContestant.put(Ranking.parse(member).contestantId().toString(), member);
                    tuples.add(TypedTuple.of(member, 0.0));
                }
                redis.opsForZSet().add(tmpBoard, tuples);
                redis.opsForHash().putAll(tmpMembers, byContestant);
            }
            redis.execute(SWAP, List.of(keys.board(), keys.members(), tmpBoard, tmpMembers, keys.built()),
                    readAt.toString());
            for (CountedAttempts.Change change : counted.changedSince(contest.id(), readAt.minusSeconds(2))) {
                record(contest, roundIndex, change.contestantId(), frozen);
            }
            log.info("Rebuilt leaderboard {} from PostgreSQL: {} entries", keys.board(), members.size());
        } finally {
            redis.delete(lock);
        }
    }

    private List<String> fromDatabase(Contest contest, Integer roundIndex, String group) {
        return counted.of(contest, roundIndex, group, null).stream()
                .map(one -> Ranking.key(one, contest.definition().tieBreaks()))
                .sorted()
                .toList();
    }

    private Board board(Contest contest, Integer roundIndex, String group, RoundFigure figure, List<String> members) {
        List<RankedAttempt> rows = members.stream().map(Ranking::parse).toList();
        Map<UUID, BoardPeople.Person> who = people.of(contest.id(), rows.stream().map(RankedAttempt::contestantId).toList());
        List<Entry> entries = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            RankedAttempt row = rows.get(i);
            BoardPeople.Person person = who.getOrDefault(row.contestantId(), BoardPeople.Person.UNKNOWN);
            entries.add(new Entry(i + 1, Names.mask(person.fullName()), person.unit(), row.groupCode(), row.score(),
                    row.maxScore(), row.durationMs(), row.submittedAt(), row.predictionDistance() == null ? null : row.prediction(),
                    row.predictionDistance()));
        }
        String round = roundIndex == null ? null : contest.definition().rounds().get(roundIndex).name();
        boolean pending = roundIndex != null && RoundFigures.applies(contest);
        return new Board(contest.id(), roundIndex == null ? null : roundIndex + 1, round, group,
                contest.definition().tieBreaks(), pending, figure == null ? null : figure.value(), figure, entries);
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

    /**
     * A board's keys. The tie-break order (by name: the same in every JVM) and the frozen figures it ranks by are
     * part of the name, so a change of either starts a new board, which is then rebuilt.
     */
    static Keys keys(Contest contest, Integer roundIndex, String group, Map<Integer, RoundFigure> frozen) {
        String figuresPart;
        if (roundIndex != null) {
            RoundFigure figure = frozen.get(roundIndex);
            figuresPart = figure == null ? "live" : "f" + figure.value();
        } else {
            String all = frozen.values().stream().map(f -> f.roundIndex() + "=" + f.value()).collect(Collectors.joining(","));
            figuresPart = all.isEmpty() ? "live" : "f" + Integer.toHexString(all.hashCode()); // String's hash is fixed by its spec
        }
        String base = TenantKeys.redis("lb", contest.id(), roundIndex == null ? "all" : "r" + roundIndex,
                group == null ? "everyone" : "g-" + group, Ranking.name(contest.definition().tieBreaks()), figuresPart);
        return new Keys(base, base + ":m", base + ":built");
    }

    record Keys(String board, String members, String built) {
    }

    private record CachedBoard(Board board, Instant at) {
    }

    private record CachedFigures(Contest contest, Map<Integer, RoundFigure> frozen, Instant at) {
    }

    /**
     * A board: its tie-break order, whether the round's prediction still waits for its figure (or the frozen
     * figure, with when and how it was computed), and the entries with the figures that placed them.
     */
    public record Board(UUID contestId, Integer round, String roundName, String group, List<TieBreak> tieBreaks,
                        boolean predictionPending, Long actualFigure, RoundFigure figure, List<Entry> entries) {
        public Board {
            predictionPending = predictionPending && actualFigure == null;
        }
    }

    public record Entry(int rank, String name, String unit, String group, int score, int maxScore, long durationMs,
                        Instant submittedAt, Long prediction, Long predictionDistance) {
    }
}
