package vn.cuocthi.platformcore.participation;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.cuocthi.platformcore.contest.Contest;
import vn.cuocthi.platformcore.contest.ContestStore;
import vn.cuocthi.platformcore.contest.ContestStore.ContestUnit;
import vn.cuocthi.platformcore.contest.Round;
import vn.cuocthi.platformcore.participation.UnitReport.Row;
import vn.cuocthi.platformcore.participation.UnitTally.ScoreBands;
import vn.cuocthi.platformcore.web.ApiException;

/** Builds the {@link UnitReport} of a published contest, for staff and for the public page alike. */
@Service
public class UnitReports {

    /** How many of the least participating units the report names. */
    public static final int LAGGARDS = 10;

    private final ContestStore contests;
    private final UnitTallies tallies;
    private final Clock clock;

    UnitReports(ContestStore contests, UnitTallies tallies, Clock clock) {
        this.contests = contests;
        this.tallies = tallies;
        this.clock = clock;
    }

    /** The published contest and the round asked for (1-based, null for all): 404 for either unknown. */
    public Contest publishedContest(UUID contestId, Integer round) {
        Contest contest = contests.findPublished(contestId)
                .orElseThrow(() -> ApiException.notFound("report.contestNotFound", contestId));
        if (round != null && (round < 1 || round > contest.definition().rounds().size())) {
            throw ApiException.notFound("report.roundNotFound", round);
        }
        return contest;
    }

    @Transactional(readOnly = true)
    public UnitReport of(UUID contestId, Integer round) {
        Contest contest = publishedContest(contestId, round);
        List<ContestUnit> units = contests.units(contestId);
        List<UnitTally> all = tallies.of(contest, round);
        Map<String, UnitTally> byUnit = all.stream().filter(t -> t.unitCode() != null)
                .collect(Collectors.toMap(UnitTally::unitCode, Function.identity()));
        List<Row> rows = units.stream().map(u -> row(u, byUnit.getOrDefault(u.code(), UnitTally.none(u.code())))).toList();

        UnitTally total = all.stream().reduce(UnitTally.none(null), UnitTally::plus);
        int unassigned = all.stream().filter(t -> t.unitCode() == null).mapToInt(UnitTally::participants).sum();
        int headcount = units.stream().mapToInt(ContestUnit::headcount).sum();
        UnitReport.Totals totals = new UnitReport.Totals(total.participants(), total.attempts(), headcount,
                Rates.percent(total.participants(), headcount), Rates.mean(BigDecimal.valueOf(total.scoreSum()), total.participants()));

        List<Row> full = rows.stream().filter(r -> r.participationRate() != null
                && r.participationRate().compareTo(BigDecimal.valueOf(100)) >= 0).toList();
        List<Row> laggards = rows.stream()
                .filter(r -> r.participationRate() != null && r.participationRate().compareTo(BigDecimal.valueOf(100)) < 0)
                .sorted(Comparator.comparing(Row::participationRate).thenComparing(Row::participants).thenComparing(Row::code))
                .limit(LAGGARDS).toList();
        String roundName = round == null ? null : contest.definition().rounds().get(round - 1).name();
        return new UnitReport(contestId, contest.definition().name(), round, roundName, clock.instant(), totals,
                total.bands(), rows, full, laggards, rounds(contest, headcount), unassigned);
    }

    private static Row row(ContestUnit unit, UnitTally tally) {
        return new Row(unit.code(), unit.name(), unit.parentCode(), unit.block(), unit.headcount(), unit.population(),
                tally.participants(), tally.attempts(), Rates.percent(tally.participants(), unit.headcount()),
                Rates.percent(tally.participants(), unit.population()),
                Rates.mean(BigDecimal.valueOf(tally.scoreSum()), tally.participants()),
                Rates.mean(tally.percentSum(), tally.participants()), tally.bands());
    }

    /** Each round's totals from the same counted tallies as the rest of the report (rounds are few: a query each). */
    private List<UnitReport.RoundTotal> rounds(Contest contest, int headcount) {
        List<Round> rounds = contest.definition().rounds();
        List<UnitReport.RoundTotal> totals = new ArrayList<>();
        for (int i = 0; i < rounds.size(); i++) {
            UnitTally tally = tallies.of(contest, i + 1).stream().reduce(UnitTally.none(null), UnitTally::plus);
            totals.add(new UnitReport.RoundTotal(i + 1, rounds.get(i).name(), tally.participants(), tally.attempts(),
                    Rates.percent(tally.participants(), headcount)));
        }
        return totals;
    }
}
