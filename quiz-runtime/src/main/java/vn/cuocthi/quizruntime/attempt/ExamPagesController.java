package vn.cuocthi.quizruntime.attempt;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import vn.cuocthi.platformcore.VietnamTime;
import vn.cuocthi.platformcore.contest.Contest;
import vn.cuocthi.platformcore.contest.ContestState;
import vn.cuocthi.platformcore.contest.ContestStore;
import vn.cuocthi.platformcore.contest.ExamRules;
import vn.cuocthi.platformcore.web.ApiException;
import vn.cuocthi.platformcore.web.ErrorMessages;
import vn.cuocthi.platformcore.web.HostScoped;
import vn.cuocthi.quizruntime.ContestantPage;
import vn.cuocthi.quizruntime.account.ContestantSession;
import vn.cuocthi.quizruntime.account.SignedInContestant;
import vn.cuocthi.quizruntime.admission.Admission;
import vn.cuocthi.quizruntime.contest.PublicContests;
import vn.cuocthi.quizruntime.leaderboard.Leaderboard;

/**
 * The exam's pages: start (from the contest page), the exam itself, the result, and a contestant's attempts. The
 * exam page opens the attempt with a new browser-tab id each time it is loaded, so a reload or a second tab takes
 * over writing and the older tab is told by the API (exam.js).
 */
@Controller
@HostScoped(HostScoped.Scope.PROVINCE)
class ExamPagesController implements ContestantPage {

    private final Attempts attempts;
    private final SignedInContestant signedIn;
    private final PublicContests publicContests;
    private final ContestStore contests;
    private final ErrorMessages messages;
    private final Clock clock;
    private final Leaderboard leaderboard;
    private final Admission admission;

    ExamPagesController(Attempts attempts, SignedInContestant signedIn, PublicContests publicContests, ContestStore contests,
                        ErrorMessages messages, Clock clock, Leaderboard leaderboard, Admission admission) {
        this.leaderboard = leaderboard;
        this.admission = admission;
        this.attempts = attempts;
        this.signedIn = signedIn;
        this.publicContests = publicContests;
        this.contests = contests;
        this.messages = messages;
        this.clock = clock;
    }

    @PostMapping("/contests/{id}/bai-thi")
    String start(@PathVariable UUID id, HttpServletRequest request, Locale locale, RedirectAttributes redirect) {
        Optional<ContestantSession> session = signedIn.of(request, id);
        if (session.isEmpty()) {
            return "redirect:/contests/" + id + "/dang-nhap";
        }
        try {
            Attempts.Started started = admission.starts().enter(() -> attempts.start(session.get(), id, newTab()));
            return "redirect:/bai-thi/" + started.attempt().attemptId();
        } catch (ApiException e) {
            if (e.properties().get("position") instanceof Integer position) {
                // the waiting room is full: the contest page says its place and presses start again (waiting.js)
                redirect.addFlashAttribute("waitPosition", position);
                redirect.addFlashAttribute("waitSeconds", e.retryAfterSeconds().orElse(5));
                return "redirect:/contests/" + id + "#exam-actions";
            }
            redirect.addFlashAttribute("startTitle", messages.title(e, locale));
            redirect.addFlashAttribute("startDetail", String.join(" ", messages.describe(e, locale)));
            return "redirect:/contests/" + id + "#exam-actions";
        }
    }

    @GetMapping("/bai-thi/{attemptId}")
    String exam(@PathVariable UUID attemptId, HttpServletRequest request, Model model) {
        ContestantSession session = required(request);
        String tab = newTab();
        AttemptViews.AttemptView attempt = attempts.resume(session, attemptId, tab);
        if (attempt.status() == AttemptStatus.IN_PROGRESS && !clock.instant().isBefore(attempt.deadline())) {
            attempts.submit(session, attemptId, null, tab); // over while away: graded with the saved answers
        }
        if (attempt.status() != AttemptStatus.IN_PROGRESS || !clock.instant().isBefore(attempt.deadline())) {
            return "redirect:/bai-thi/" + attemptId + "/ket-qua";
        }
        // the name only: not the public view, which reads every unit of the contest
        model.addAttribute("contestName", contests.find(attempt.contestId()).orElseThrow().definition().name());
        model.addAttribute("attempt", attempt);
        model.addAttribute("tab", tab);
        return "runtime/exam";
    }

    @GetMapping("/bai-thi/{attemptId}/ket-qua")
    String result(@PathVariable UUID attemptId, HttpServletRequest request, Model model) {
        ContestantSession session = required(request);
        AttemptViews.AttemptResult result;
        try {
            result = attempts.result(session, attemptId);
        } catch (ApiException e) {
            if (e.status() == HttpStatus.CONFLICT) { // still in progress: back to the exam
                return "redirect:/bai-thi/" + attemptId;
            }
            throw e;
        }
        Contest contest = contests.find(session.contestId()).orElseThrow();
        model.addAttribute("contestId", contest.id());
        model.addAttribute("contestName", contest.definition().name());
        model.addAttribute("result", result);
        model.addAttribute("place", leaderboard.placeOf(contest.id(), result.round(), null, session.contestantId()));
        model.addAttribute("contestOpen", publicContests.get(contest.id()).state() == ContestState.OPEN);
        model.addAttribute("contestUrl", ServletUriComponentsBuilder.fromContextPath(request)
                .path("/contests/{id}").buildAndExpand(contest.id()).toUriString());
        if (result.reviewAvailable()) {
            model.addAttribute("review", attempts.review(session, attemptId));
        } else {
            model.addAttribute("reveal", reveal(contest, session, attemptId));
        }
        return "runtime/result";
    }

    @GetMapping("/contests/{id}/cua-toi")
    String mine(@PathVariable UUID id, HttpServletRequest request, Model model) {
        Optional<ContestantSession> session = signedIn.of(request, id);
        if (session.isEmpty()) {
            return "redirect:/contests/" + id + "/dang-nhap";
        }
        model.addAttribute("contest", publicContests.get(id));
        model.addAttribute("mine", attempts.mine(session.get(), id));
        return "runtime/my-attempts";
    }

    /** When the answers of this attempt will be published: the policy and, where it has one, the moment. */
    private Reveal reveal(Contest contest, ContestantSession session, UUID attemptId) {
        ExamRules.AnswerReveal policy = contest.definition().exam().revealAnswers();
        if (policy == null || policy == ExamRules.AnswerReveal.NEVER) {
            return new Reveal("NEVER", null);
        }
        return new Reveal(policy.name(), VietnamTime.of(attempts.answersShownFrom(session, attemptId).orElse(null)));
    }

    /** How the result page words the publication of answers; {@code at} in Vietnam time, or null. */
    public record Reveal(String policy, OffsetDateTime at) {
    }

    private ContestantSession required(HttpServletRequest request) {
        return signedIn.any(request).orElseThrow(() -> new ApiException(HttpStatus.UNAUTHORIZED, "auth.contestantRequired"));
    }

    private static String newTab() {
        return UUID.randomUUID().toString();
    }
}
