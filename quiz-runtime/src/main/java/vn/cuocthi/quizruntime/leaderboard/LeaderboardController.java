package vn.cuocthi.quizruntime.leaderboard;

import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import vn.cuocthi.platformcore.web.HostScoped;

/** Public boards and participation by unit (API.md, public section); personal data masked. */
@RestController
@Tag(name = "Results", description = "Live leaderboards and participation by unit")
@HostScoped(HostScoped.Scope.PROVINCE)
class LeaderboardController {

    private final Leaderboard leaderboard;
    private final UnitStatistics statistics;

    LeaderboardController(Leaderboard leaderboard, UnitStatistics statistics) {
        this.leaderboard = leaderboard;
        this.statistics = statistics;
    }

    @Operation(summary = "Top entries of a round (round=1..n) or overall, of one contestant group (group=code) or everyone; masked names, in the contest's tie-break order, with the round's frozen prediction figure")
    @GetMapping("/api/v1/contests/{id}/leaderboard")
    Leaderboard.Board leaderboard(@PathVariable UUID id, @RequestParam(required = false) Integer round,
                                  @RequestParam(required = false) String group,
                                  @RequestParam(defaultValue = "20") int limit) {
        return leaderboard.top(id, round, group, limit);
    }

    @Operation(summary = "Participants, headcount, participation rate and average score per unit")
    @GetMapping("/api/v1/contests/{id}/statistics/units")
    UnitStatistics.Statistics units(@PathVariable UUID id, @RequestParam(required = false) Integer round) {
        return statistics.of(id, round);
    }
}
