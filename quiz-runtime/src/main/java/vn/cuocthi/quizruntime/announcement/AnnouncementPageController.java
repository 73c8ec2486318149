package vn.cuocthi.quizruntime.announcement;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.cuocthi.platformcore.ranking.Announcements;
import vn.cuocthi.platformcore.ranking.ResultsAnnouncement;
import vn.cuocthi.platformcore.web.ApiException;
import vn.cuocthi.platformcore.web.HostScoped;
import vn.cuocthi.quizruntime.ContestantPage;
import vn.cuocthi.quizruntime.contest.PublicContests;
import vn.cuocthi.quizruntime.leaderboard.Names;

/**
 * The results announcement (kết quả) on the province site: for every round whose results staff published, the
 * prize winners of each group with names masked as on the boards and their unit shown, and the collective winners.
 * It shows what was published, frozen then, never the live ranking. Nothing published yet: 404.
 */
@Controller
@HostScoped(HostScoped.Scope.PROVINCE)
class AnnouncementPageController implements ContestantPage {

    private final PublicContests contests;
    private final Announcements announcements;

    AnnouncementPageController(PublicContests contests, Announcements announcements) {
        this.contests = contests;
        this.announcements = announcements;
    }

    @GetMapping("/contests/{id}/ket-qua")
    String announcement(@PathVariable UUID id, Model model) {
        var contest = contests.get(id);
        List<ResultsAnnouncement> published = announcements.all(id);
        if (published.isEmpty()) {
            throw ApiException.notFound("announcement.notPublished");
        }
        model.addAttribute("contest", contest);
        model.addAttribute("rounds", published.reversed().stream().map(AnnouncementPageController::masked).toList());
        return "runtime/announcement";
    }

    /** The announcement as the public sees it: the same winners, names masked ("Nguyễn V. A."), no ids. */
    private static ResultsAnnouncement masked(ResultsAnnouncement published) {
        return new ResultsAnnouncement(published.round(), published.roundName(), published.publishedAt(), null,
                published.figure(), published.groups().stream()
                .map(group -> new ResultsAnnouncement.GroupWinners(group.code(), group.name(), group.winners().stream()
                        .map(w -> new ResultsAnnouncement.Winner(w.rank(), w.prize(), null, Names.mask(w.fullName()),
                                w.unitName(), w.score(), w.maxScore()))
                        .toList()))
                .toList(), published.blocks());
    }
}
