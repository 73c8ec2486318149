package vn.cuocthi.tenantadmin.collective;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.cuocthi.platformcore.contest.Contest;
import vn.cuocthi.platformcore.contest.ContestStore;
import vn.cuocthi.platformcore.participation.UnitReports;
import vn.cuocthi.platformcore.participation.UnitTallies;
import vn.cuocthi.platformcore.participation.UnitTally;
import vn.cuocthi.platformcore.session.ExamSessionStore;
import vn.cuocthi.platformcore.ranking.ResultsAnnouncement;
import vn.cuocthi.tenantadmin.collective.CollectiveRanking.BlockRanking;
import vn.cuocthi.tenantadmin.collective.CollectiveRanking.UnitFacts;

/** The collective ranking of a published contest over its own unit list, per round or overall. */
@Service
public class CollectiveRankings {

    private final UnitReports reports;
    private final ContestStore contests;
    private final UnitTallies tallies;
    private final ExamSessionStore sessions;
    private final Clock clock;

    CollectiveRankings(UnitReports reports, ContestStore contests, UnitTallies tallies, ExamSessionStore sessions, Clock clock) {
        this.reports = reports;
        this.contests = contests;
        this.tallies = tallies;
        this.sessions = sessions;
        this.clock = clock;
    }

    /** @param round 1-based, or null for the whole contest */
    @Transactional(readOnly = true)
    public Result of(UUID contestId, Integer round) {
        Contest contest = reports.publishedContest(contestId, round);
        List<UnitTally> all = tallies.of(contest, round);
        Map<String, UnitTally> byUnit = all.stream().filter(t -> t.unitCode() != null)
                .collect(Collectors.toMap(UnitTally::unitCode, Function.identity()));
        List<UnitFacts> units = contests.units(contestId).stream()
                .map(u -> new UnitFacts(u.code(), u.name(), u.parentCode(), u.headcount(), u.population(), u.block()))
                .toList();
        int unassigned = all.stream().filter(t -> t.unitCode() == null).mapToInt(UnitTally::participants).sum();
        String roundName = round == null ? null : contest.definition().rounds().get(round - 1).name();
        return new Result(contestId, contest.definition().name(), round, roundName, clock.instant(),
                CollectiveRanking.rank(units, byUnit, contest.definition().collective(),
                        sessions.unitsWithConfirmedSessions(contestId, round)), unassigned);
    }

    /** The prize-winning units of each block of the round's (or the whole contest's) ranking, for an announcement. */
    @Transactional(readOnly = true)
    public List<ResultsAnnouncement.BlockWinners> winners(UUID contestId, Integer round) {
        return of(contestId, round).blocks().stream()
                .map(block -> new ResultsAnnouncement.BlockWinners(block.block(), block.units().stream()
                        .filter(unit -> unit.prize() != null)
                        .map(unit -> new ResultsAnnouncement.UnitWinner(unit.rank(), unit.prize().name(), unit.code(),
                                unit.name(), unit.participationRate(), unit.averageScorePercent(), unit.points()))
                        .toList()))
                .filter(block -> !block.units().isEmpty())
                .toList();
    }

    /** @param unassignedParticipants contestants whose unit is not in the contest's list: they rank nowhere */
    public record Result(UUID contestId, String contestName, Integer round, String roundName, Instant computedAt,
                         List<BlockRanking> blocks, int unassignedParticipants) {
    }
}
