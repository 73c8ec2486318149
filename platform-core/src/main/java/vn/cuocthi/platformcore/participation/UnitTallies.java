package vn.cuocthi.platformcore.participation;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.cuocthi.platformcore.contest.Contest;
import vn.cuocthi.platformcore.ranking.CountedAttempts;

/**
 * Per-unit figures of a contest straight from PostgreSQL, one grouped query: the base of the collective ranking and
 * the unit reports, staff's and the public's alike. Contestants whose unit is not in the contest's list are
 * grouped under a null unit code, so they are counted and reported, never silently dropped.
 */
@Repository
public class UnitTallies {

    private final JdbcClient jdbc;
    private final CountedAttempts counted;

    UnitTallies(JdbcClient jdbc, CountedAttempts counted) {
        this.jdbc = jdbc;
        this.counted = counted;
    }

    /**
     * The tallies of a contest's round (1-based), or of the whole contest for null, over the counted attempts of
     * the ranking (the same attempt per contestant, the same disqualified and excluded persons left out).
     */
    public List<UnitTally> of(Contest contest, Integer round) {
        CountedAttempts.Query query = counted.query(contest, round == null ? null : round - 1, null);
        return jdbc.sql(query.with() + """
                ,
                tries as (
                    select a.contestant_id, count(*) as n
                    from attempt a
                    where a.contest_id = :contest and a.status <> 'IN_PROGRESS'
                      and (cast(:round as integer) is null or a.round_index = :round)
                    group by a.contestant_id
                )
                select u.code as unit_code, count(*) as participants, sum(t.n) as attempts,
                       sum(k.score) as score_sum, sum(k.score * 100.0 / nullif(k.max_score, 0)) as percent_sum,
                       count(*) filter (where k.score * 2 < k.max_score) as below_half,
                       count(*) filter (where k.score * 2 >= k.max_score and k.score * 5 < k.max_score * 4) as half_to_eighty,
                       count(*) filter (where k.score * 5 >= k.max_score * 4 and k.score < k.max_score) as eighty_to_full,
                       count(*) filter (where k.score >= k.max_score) as full_score
                from counted k
                join contestant c on c.id = k.contestant_id
                join tries t on t.contestant_id = k.contestant_id
                left join contest_unit u on u.contest_id = c.contest_id and u.code = c.unit_code
                group by u.code""")
                .params(query.params())
                .query((rs, row) -> {
                    BigDecimal percentSum = rs.getBigDecimal("percent_sum");
                    return new UnitTally(rs.getString("unit_code"), rs.getInt("participants"), rs.getLong("attempts"),
                            rs.getLong("score_sum"), percentSum == null ? BigDecimal.ZERO : percentSum,
                            new UnitTally.ScoreBands(rs.getLong("below_half"), rs.getLong("half_to_eighty"),
                                    rs.getLong("eighty_to_full"), rs.getLong("full_score")));
                })
                .list();
    }
}
