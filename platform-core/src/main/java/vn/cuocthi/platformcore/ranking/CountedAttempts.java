package vn.cuocthi.platformcore.ranking;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.cuocthi.platformcore.contest.Contest;
import vn.cuocthi.platformcore.contest.ContestantGroup;
import vn.cuocthi.platformcore.contest.ExamRules.CountedAttempt;
import vn.cuocthi.platformcore.contest.RegistrationForm;
import vn.cuocthi.platformcore.contest.TieBreak;
import vn.cuocthi.platformcore.personal.PersonalData;
import vn.cuocthi.platformcore.personal.PersonalData.LookupKind;

/**
 * Which attempt counts for each contestant (best, first or last per the rules), in a round or over the whole
 * contest, and the ranking over them, straight from PostgreSQL. The one definition both the live boards and the
 * staff results use: disqualified contestants and excluded persons (the rules' exclusion list, even when added
 * after they registered) have no counted attempt; the prediction distance is against the attempt's round's frozen
 * figure ({@link RoundFigures}), none while it is not frozen.
 */
@Repository
public class CountedAttempts {

    private static final int FETCH_SIZE = 1000;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate streaming;
    private final TransactionTemplate readOnly;
    private final PersonalData personal;

    public CountedAttempts(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactions,
                           PersonalData personal) {
        this.jdbc = jdbc;
        this.personal = personal;
        JdbcTemplate cursor = new JdbcTemplate(dataSource);
        cursor.setFetchSize(FETCH_SIZE);
        this.streaming = new NamedParameterJdbcTemplate(cursor);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** Counted attempts of a round (index) or, with null, the whole contest; one group, one contestant when given. */
    public List<RankedAttempt> of(Contest contest, Integer roundIndex, String group, UUID contestantId) {
        return jdbc.sql(counted(contest) + " select * from counted")
                .params(params(contest, roundIndex, group, contestantId))
                .query((rs, row) -> attempt(rs)).list();
    }

    /**
     * The counted attempts as a common table expression {@code counted} (columns contestant_id, group_code,
     * round_index, score, max_score, duration_ms, submitted_ms, prediction, prediction_distance) with its named
     * parameters, for queries that aggregate over them (statistics by unit, collective prizes). Add parameters
     * of your own to a copy of the map.
     */
    public Query query(Contest contest, Integer roundIndex, String group) {
        return new Query(counted(contest), params(contest, roundIndex, group, null));
    }

    public record Query(String with, Map<String, Object> params) {
        public Query {
            params = java.util.Collections.unmodifiableMap(new HashMap<>(params)); // null values are meaningful
        }
    }

    /** A page of the ranking: groups in the contest's order, each ranked from 1. */
    public List<Standing> page(Contest contest, Integer roundIndex, String group, long offset, int limit) {
        Map<String, Object> params = params(contest, roundIndex, group, null);
        params.put("offset", offset);
        params.put("limit", limit);
        return jdbc.sql(standings(contest) + " offset :offset limit :limit").params(params)
                .query((rs, row) -> standing(rs)).list();
    }

    public long count(Contest contest, Integer roundIndex, String group) {
        return jdbc.sql(counted(contest) + " select count(*) from counted")
                .params(params(contest, roundIndex, group, null)).query(Long.class).single();
    }

    /**
     * Every row of the ranking in order, read with a cursor ({@value #FETCH_SIZE} rows at a time inside a
     * read-only transaction), so a million rows never sit in memory at once.
     */
    public void stream(Contest contest, Integer roundIndex, String group, Consumer<Standing> each) {
        String sql = standings(contest);
        Map<String, Object> params = params(contest, roundIndex, group, null);
        readOnly.executeWithoutResult(status ->
                streaming.query(sql, params, (ResultSet rs) -> each.accept(standing(rs))));
    }

    /**
     * The rounds of contestants graded, disqualified or reinstated at or after {@code since}: what a live board
     * may have missed.
     */
    public List<Change> changedSince(UUID contestId, Instant since) {
        return jdbc.sql("""
                select distinct a.contestant_id, a.round_index from attempt a
                where a.contest_id = :contest and a.status <> 'IN_PROGRESS' and (a.graded_at >= :since
                   or a.contestant_id in (select id from contestant where contest_id = :contest and status_changed_at >= :since))""")
                .param("contest", contestId).param("since", Timestamp.from(since))
                .query((rs, row) -> new Change(rs.getObject("contestant_id", UUID.class), rs.getInt("round_index"))).list();
    }

    public record Change(UUID contestantId, int roundIndex) {
    }

    /** Contestants (eligible, as above) with a finished attempt in the round: the PARTICIPANTS figure. */
    long participants(Contest contest, int roundIndex) {
        return jdbc.sql(counted(contest) + " select count(*) from counted")
                .params(params(contest, roundIndex, null, null)).query(Long.class).single();
    }

    /** Contestants (eligible) with an exam of the round with every answer right: the PERFECT_SCORES figure. */
    long perfectScores(Contest contest, int roundIndex) {
        return jdbc.sql("select count(distinct a.contestant_id) from attempt a join contestant c on c.id = a.contestant_id"
                        + " where " + ELIGIBLE + " and a.round_index = :round and a.score = a.max_score")
                .params(params(contest, roundIndex, null, null)).query(Long.class).single();
    }

    /** Whether an exam of the round is still open (its grade could still change a figure). */
    boolean inProgress(UUID contestId, int roundIndex) {
        return jdbc.sql("select exists (select 1 from attempt where contest_id = ? and round_index = ? and status = 'IN_PROGRESS')")
                .params(contestId, roundIndex).query(Boolean.class).single();
    }

    private static final String ELIGIBLE = """
            a.contest_id = :contest and a.status <> 'IN_PROGRESS' and a.submitted_at is not null
              and c.disqualified_at is null
              and not coalesce(encode(c.cccd_lookup, 'hex') = any(cast(:cccds as text[])), false)
              and not coalesce(encode(c.phone_lookup, 'hex') = any(cast(:phones as text[])), false)""";

    private static String counted(Contest contest) {
        return """
                with counted as (
                  select distinct on (a.contestant_id) a.contestant_id, c.group_code, a.round_index, a.score, a.max_score,
                         a.duration_ms, floor(extract(epoch from a.submitted_at) * 1000)::bigint as submitted_ms,
                         a.prediction, abs(a.prediction - f.value) as prediction_distance
                  from attempt a join contestant c on c.id = a.contestant_id
                  left join round_figure f on f.contest_id = a.contest_id and f.round_index = a.round_index
                  where %s
                    and (cast(:round as integer) is null or a.round_index = :round)
                    and (cast(:group as text) is null or c.group_code = :group)
                    and (cast(:contestant as uuid) is null or a.contestant_id = :contestant)
                  order by a.contestant_id, %s
                )""".formatted(ELIGIBLE, countedOrder(contest));
    }

    private static String standings(Contest contest) {
        return counted(contest) + """
                 select r.*, c.full_name, c.unit_code, u.name as unit_name, c.verified_at from (
                   select k.*, row_number() over (partition by k.group_code order by %s) as rank from counted k
                 ) r join contestant c on c.id = r.contestant_id
                 left join contest_unit u on u.contest_id = c.contest_id and u.code = c.unit_code
                 order by array_position(cast(:groups as text[]), cast(r.group_code as text)), r.group_code, r.rank"""
                .formatted(Ranking.sql(contest.definition().tieBreaks(), "k.", true));
    }

    /**
     * The SQL order that puts a contestant's counted attempt first: the first or last attempt, or the best one, the
     * attempt that ranks highest by the contest's own order (score first if the order leaves it out).
     */
    static String countedOrder(Contest contest) {
        CountedAttempt rule = contest.definition().exam() == null ? null : contest.definition().exam().countedAttempt();
        return switch (rule == null ? CountedAttempt.BEST : rule) {
            case FIRST -> "a.number asc";
            case LAST -> "a.number desc";
            case BEST -> {
                List<TieBreak> order = new ArrayList<>(contest.definition().tieBreaks());
                if (!order.contains(TieBreak.SCORE)) {
                    order.addFirst(TieBreak.SCORE);
                }
                yield Ranking.sql(order, "", false) + ", a.number asc";
            }
        };
    }

    private Map<String, Object> params(Contest contest, Integer roundIndex, String group, UUID contestantId) {
        RegistrationForm form = contest.definition().registrationFields();
        Map<String, Object> params = new HashMap<>();
        params.put("contest", contest.id());
        params.put("round", roundIndex);
        params.put("group", group);
        params.put("contestant", contestantId);
        // the exclusion list holds numbers; the contestants' are known only by their look-up hashes
        params.put("cccds", array(lookups(LookupKind.CCCD, form == null ? List.of() : form.excludedCccds())));
        params.put("phones", array(lookups(LookupKind.PHONE, form == null ? List.of() : form.excludedPhones())));
        params.put("groups", array(contest.definition().groups().stream().map(ContestantGroup::code).toList()));
        return params;
    }

    private List<String> lookups(LookupKind kind, Collection<String> numbers) {
        // both look-up keys' hashes while one rotates: a contestant not yet moved is still left out
        return numbers.stream().flatMap(number -> personal.lookupsHex(kind, number).stream()).distinct().toList();
    }

    /** A text[] literal; the values are codes and digits, never quotes or commas. */
    private static String array(Collection<String> values) {
        return values.stream().collect(Collectors.joining(",", "{", "}"));
    }

    private static RankedAttempt attempt(ResultSet rs) throws SQLException {
        return new RankedAttempt(rs.getObject("contestant_id", UUID.class), rs.getString("group_code"),
                rs.getInt("round_index"), rs.getInt("score"), rs.getInt("max_score"), rs.getLong("duration_ms"),
                Instant.ofEpochMilli(rs.getLong("submitted_ms")), (Long) rs.getObject("prediction"),
                (Long) rs.getObject("prediction_distance"));
    }

    private static Standing standing(ResultSet rs) throws SQLException {
        Timestamp verified = rs.getTimestamp("verified_at");
        return new Standing(rs.getInt("rank"), attempt(rs), rs.getString("full_name"), rs.getString("unit_code"),
                rs.getString("unit_name"), verified == null ? null : verified.toInstant());
    }
}
