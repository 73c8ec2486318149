package vn.cuocthi.quizruntime.leaderboard;

import java.util.OptionalInt;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.cuocthi.platformcore.web.HostScoped;
import vn.cuocthi.quizruntime.ContestantPage;
import vn.cuocthi.quizruntime.account.SignedInContestant;
import vn.cuocthi.quizruntime.contest.PublicContests;

/** The public leaderboard (masked names, the tie-break order explained) and participation by unit, per round or overall. */
@Controller
@HostScoped(HostScoped.Scope.PROVINCE)
class LeaderboardPagesController implements ContestantPage {

    static final int TOP = 50;

    private final PublicContests contests;
    private final Leaderboard leaderboard;
    private final UnitStatistics statistics;

    private final SignedInContestant signedIn;

    LeaderboardPagesController(PublicContests contests, Leaderboard leaderboard, UnitStatistics statistics,
                               SignedInContestant signedIn) {
        this.signedIn = signedIn;
        this.contests = contests;
        this.leaderboard = leaderboard;
        this.statistics = statistics;
    }

    @GetMapping("/contests/{id}/xep-hang")
    String leaderboard(@PathVariable UUID id, @RequestParam(required = false) Integer round,
                       @RequestParam(required = false) String group, HttpServletRequest request, Model model) {
        Leaderboard.Board board = leaderboard.top(id, round, group, TOP);
        // the signed-in contestant's own row is highlighted (the board itself names no one's id)
        model.addAttribute("myPlace", signedIn.of(request, id)
                .map(session -> leaderboard.placeOf(id, round, board.group(), session.contestantId()))
                .filter(OptionalInt::isPresent).map(OptionalInt::getAsInt).orElse(null));
        common(id, round, model);
        model.addAttribute("board", board);
        model.addAttribute("groupSelector", true);
        model.addAttribute("group", board.group());
        return "runtime/leaderboard";
    }

    @GetMapping("/contests/{id}/thong-ke")
    String statistics(@PathVariable UUID id, @RequestParam(required = false) Integer round,
                      @RequestParam(required = false) String sort, Model model) {
        UnitStatistics.Statistics units = statistics.of(id, round);
        common(id, round, model);
        StatisticsOrder order = StatisticsOrder.of(sort);
        model.addAttribute("statistics", units);
        model.addAttribute("units", units.units().stream().sorted(order.comparator()).toList());
        model.addAttribute("sort", order.param());
        return "runtime/statistics";
    }

    private void common(UUID id, Integer round, Model model) {
        model.addAttribute("contest", contests.get(id));
        model.addAttribute("round", round);
    }
}
