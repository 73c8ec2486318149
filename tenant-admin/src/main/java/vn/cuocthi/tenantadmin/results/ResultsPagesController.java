package vn.cuocthi.tenantadmin.results;

import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.cuocthi.platformcore.contest.Contest;
import vn.cuocthi.platformcore.contest.ContestStore;
import vn.cuocthi.platformcore.ranking.Announcements;
import vn.cuocthi.platformcore.security.StaffRoles;
import vn.cuocthi.platformcore.web.ApiException;
import vn.cuocthi.platformcore.web.ErrorMessages;
import vn.cuocthi.platformcore.web.HostScoped;

/**
 * Console pages of a contest's individual results: the ranking per round and group with every tie-break value and
 * the frozen figure (publication of a round for the province admin), and the verification queue of prize winners.
 * The same services as the API; a refused action is shown on the page it came from.
 */
@Controller
@HostScoped(HostScoped.Scope.PROVINCE)
class ResultsPagesController {

    static final int PAGE_SIZE = 100;

    private final ContestStore contests;
    private final Results results;
    private final Verification verification;
    private final Publication publication;
    private final Announcements announcements;
    private final ErrorMessages errors;
    private final QuestionStatistics statistics;

    ResultsPagesController(ContestStore contests, Results results, Verification verification, Publication publication,
                           Announcements announcements, ErrorMessages errors, QuestionStatistics statistics) {
        this.statistics = statistics;
        this.contests = contests;
        this.results = results;
        this.verification = verification;
        this.publication = publication;
        this.announcements = announcements;
        this.errors = errors;
    }

    /** Verifiers and admins see the verification forms; others are not shown forms they cannot send. */
    @ModelAttribute("canVerify")
    boolean canVerify(Authentication staff) {
        return StaffRoles.holds(staff, StaffRoles.RESULT_VERIFIERS);
    }

    @ModelAttribute("canPublish")
    boolean canPublish(Authentication staff) {
        return StaffRoles.holds(staff, StaffRoles.PROVINCE_ADMIN);
    }

    @ModelAttribute("canAudit")
    boolean canAudit(Authentication staff) {
        return StaffRoles.holds(staff, StaffRoles.AUDIT_READERS);
    }

    @GetMapping("/admin/contests/{id}/results")
    String results(@PathVariable UUID id, @RequestParam(required = false) Integer round,
                   @RequestParam(required = false) String group, @RequestParam(defaultValue = "0") int page, Model model) {
        Contest contest = contest(id);
        model.addAttribute("contest", contest);
        model.addAttribute("round", round);
        model.addAttribute("group", group == null || group.isBlank() ? null : group.strip());
        model.addAttribute("results", results.page(id, round, group, Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("announcement", round == null ? null : announcements.find(id, round).orElse(null));
        return "admin/results";
    }

    @PostMapping("/admin/contests/{id}/results/publish")
    String publish(@PathVariable UUID id, @RequestParam int round, Authentication staff, Locale locale,
                   RedirectAttributes redirect) {
        try {
            publication.publish(id, round, staff.getName());
            redirect.addFlashAttribute("publishedRound", round);
        } catch (ApiException e) {
            refused(e, locale, redirect);
        }
        return "redirect:/admin/contests/" + id + "/results?round=" + round;
    }

    /** Questions worst discrimination first, those below 0.2 flagged for the committee to look at. */
    @GetMapping("/admin/contests/{id}/question-statistics")
    String questionStatistics(@PathVariable UUID id, @RequestParam(required = false) Integer round, Model model) {
        model.addAttribute("contest", contest(id));
        model.addAttribute("round", round);
        model.addAttribute("statistics", statistics.of(id, round));
        return "admin/question-statistics";
    }

    @GetMapping("/admin/contests/{id}/verification")
    String verification(@PathVariable UUID id, @RequestParam(required = false) Integer round, Model model) {
        Contest contest = contest(id);
        ResultsPage winners = results.page(id, round, null, 0, Results.MAX_PAGE_SIZE);
        model.addAttribute("contest", contest);
        model.addAttribute("round", round);
        model.addAttribute("results", winners);
        model.addAttribute("pending", winners.content().stream()
                .filter(row -> row.prize() != null && row.verification() == ResultRow.Verification.UNVERIFIED).toList());
        model.addAttribute("verified", winners.content().stream()
                .filter(row -> row.prize() != null && row.verification() == ResultRow.Verification.VERIFIED).toList());
        model.addAttribute("disqualified", verification.disqualified(id));
        return "admin/verification";
    }

    @PostMapping("/admin/contests/{id}/verification/{contestantId}/verify")
    String verify(@PathVariable UUID id, @PathVariable UUID contestantId, @RequestParam(required = false) Integer round,
                  Authentication staff, Locale locale, RedirectAttributes redirect) {
        return decide(id, round, "verify", () -> verification.verify(id, contestantId, staff.getName()), locale, redirect);
    }

    @PostMapping("/admin/contests/{id}/verification/{contestantId}/disqualify")
    String disqualify(@PathVariable UUID id, @PathVariable UUID contestantId, @RequestParam(required = false) Integer round,
                      @RequestParam(required = false) String reason, Authentication staff, Locale locale,
                      RedirectAttributes redirect) {
        return decide(id, round, "disqualify", () -> verification.disqualify(id, contestantId, reason, staff.getName()),
                locale, redirect);
    }

    @PostMapping("/admin/contests/{id}/verification/{contestantId}/reinstate")
    String reinstate(@PathVariable UUID id, @PathVariable UUID contestantId, @RequestParam(required = false) Integer round,
                     Authentication staff, Locale locale, RedirectAttributes redirect) {
        return decide(id, round, "reinstate", () -> verification.reinstate(id, contestantId, staff.getName()), locale, redirect);
    }

    private String decide(UUID id, Integer round, String action, Supplier<Verification.ContestantStatus> change,
                          Locale locale, RedirectAttributes redirect) {
        try {
            String name = change.get().name();
            redirect.addFlashAttribute("done", action);
            redirect.addFlashAttribute("doneName", name);
        } catch (ApiException e) {
            refused(e, locale, redirect);
        }
        return "redirect:/admin/contests/" + id + "/verification" + (round == null ? "" : "?round=" + round);
    }

    private void refused(ApiException e, Locale locale, RedirectAttributes redirect) {
        redirect.addFlashAttribute("problemTitle", errors.title(e, locale));
        redirect.addFlashAttribute("problems", errors.describe(e, locale));
    }

    private Contest contest(UUID id) {
        return contests.find(id).orElseThrow(() -> ApiException.notFound("contest.notFound", id));
    }
}
