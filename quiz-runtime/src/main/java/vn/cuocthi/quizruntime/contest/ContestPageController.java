package vn.cuocthi.quizruntime.contest;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.cuocthi.platformcore.contest.ContestShortLinks;
import vn.cuocthi.platformcore.ranking.Announcements;
import vn.cuocthi.platformcore.web.ApiException;
import vn.cuocthi.platformcore.web.HostScoped;
import vn.cuocthi.quizruntime.ContestantPage;
import vn.cuocthi.quizruntime.account.ContestantSession;
import vn.cuocthi.quizruntime.account.SignedInContestant;
import vn.cuocthi.quizruntime.attempt.Attempts;

/**
 * The contest's public page: rules, schedule, reference documents, the countdown to the next round, and for a
 * signed-in contestant their name, the exam to start or continue and their attempts left.
 */
@Controller
@HostScoped(HostScoped.Scope.PROVINCE)
class ContestPageController implements ContestantPage {

    private final PublicContests contests;
    private final SignedInContestant signedIn;
    private final Attempts attempts;
    private final Clock clock;
    private final Announcements announcements;
    private final ContestShortLinks shortLinks;

    ContestPageController(PublicContests contests, SignedInContestant signedIn, Attempts attempts, Clock clock,
                          Announcements announcements, ContestShortLinks shortLinks) {
        this.announcements = announcements;
        this.shortLinks = shortLinks;
        this.contests = contests;
        this.signedIn = signedIn;
        this.attempts = attempts;
        this.clock = clock;
    }

    @GetMapping("/contests/{id}")
    String contest(@PathVariable UUID id, HttpServletRequest request, Model model) {
        PublicContestView contest = contests.get(id);
        model.addAttribute("contest", contest);
        model.addAttribute("resultsPublished", announcements.any(id));
        if (contest.nextRound() != null) {
            long seconds = Duration.between(clock.instant(), contest.nextRound().startsAt().toInstant()).toSeconds();
            model.addAttribute("secondsToNextRound", Math.max(0, seconds));
        }
        Optional<ContestantSession> session = signedIn.of(request, id);
        session.ifPresent(found -> {
            model.addAttribute("contestantName", signedIn.name(found));
            model.addAttribute("mine", attempts.mine(found, id));
        });
        return "runtime/contest";
    }

    /**
     * A contest's short link ({@code /c/<code>}, for SMS, posters and chat) leads to its page; an unknown code, or a
     * contest not yet published, is the 404 page its long link would be.
     */
    @GetMapping("/c/{code}")
    String shortLink(@PathVariable String code) {
        UUID id = shortLinks.contestOf(code).orElseThrow(() -> ApiException.notFound("contest.notFound", code));
        return "redirect:/contests/" + contests.get(id).id();
    }
}
