package vn.cuocthi.quizruntime.leaderboard;

import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.cuocthi.platformcore.web.HostScoped;

/** Public boards and participation by unit (API.md, public section); personal data masked. */
@RestController
@HostScoped(HostScoped.Scope.PROVINCE)
class LeaderboardController {

    private final Leaderboard leaderboard;
    private final UnitStatistics statistics;

    LeaderboardController(Leaderboard leaderboard, UnitStatistics statistics) {
        this.leaderboard = leaderboard;
        this.statistics = statistics;
    }

    @GetMapping("/api/v1/contests/{id}/leaderboard")
    Leaderboard.Board leaderboard(@PathVariable UUID id, @RequestParam(required = false) Integer round,
                                  @RequestParam(defaultValue = "20") int limit) {
        return leaderboard.top(id, round, limit);
    }

    @GetMapping("/api/v1/contests/{id}/statistics/units")
    UnitStatistics.Statistics units(@PathVariable UUID id, @RequestParam(required = false) Integer round) {
        return statistics.of(id, round);
    }
}
