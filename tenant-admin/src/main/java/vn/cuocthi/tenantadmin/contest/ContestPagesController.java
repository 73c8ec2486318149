package vn.cuocthi.tenantadmin.contest;

import java.util.Locale;
import java.util.UUID;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.cuocthi.platformcore.contest.Contest;
import vn.cuocthi.platformcore.contest.ContestStatus;
import vn.cuocthi.platformcore.personal.Retention;
import vn.cuocthi.platformcore.web.ApiException;
import vn.cuocthi.platformcore.web.ErrorMessages;
import vn.cuocthi.platformcore.web.HostScoped;

/**
 * Console pages for a contest: publish, with every problem listed in place, and sharing. The same services as the
 * API: nothing here decides anything new.
 */
@Controller
@HostScoped(HostScoped.Scope.PROVINCE)
class ContestPagesController {

    private final ContestAdmin contests;
    private final ContestSharing sharing;
    private final ErrorMessages errors;
    private final Retention retention;

    ContestPagesController(ContestAdmin contests, ContestSharing sharing, ErrorMessages errors, Retention retention) {
        this.contests = contests;
        this.sharing = sharing;
        this.errors = errors;
        this.retention = retention;
    }

    /** The contest, with (while a draft) the checklist of what publication needs and a preview of the contestants' page. */
    @GetMapping("/admin/contests/{id}")
    String contest(@PathVariable UUID id, Locale locale, Model model) {
        Contest contest = contests.get(id);
        model.addAttribute("contest", contest);
        // staff see when the contestants' personal data goes before they publish, and after
        model.addAttribute("retentionMonths", retention.months(contest));
        model.addAttribute("erasedOn", retention.erasedOn(contest).orElse(null));
        if (contest.status() == ContestStatus.DRAFT) {
            model.addAttribute("checklist", PublishChecklist.of(contest.definition(),
                    contests.publicationProblems(contest.definition()), errors, locale));
        } else {
            model.addAttribute("sharing", sharing.of(id));
        }
        return "admin/contest";
    }

    /** The public link, QR downloads and the banner snippet for the province's portal. */
    @GetMapping("/admin/contests/{id}/sharing")
    String sharing(@PathVariable UUID id, Model model) {
        model.addAttribute("contest", contests.get(id));
        model.addAttribute("sharing", sharing.of(id));
        return "admin/sharing";
    }

    @PostMapping("/admin/contests/{id}/publish")
    String publish(@PathVariable UUID id, Authentication staff, Locale locale, Model model, RedirectAttributes redirect) {
        try {
            contests.publish(id, staff.getName());
            redirect.addFlashAttribute("published", true);
            return "redirect:/admin/contests/" + id;
        } catch (ApiException e) {
            model.addAttribute("publishTitle", errors.title(e, locale));
            model.addAttribute("publishErrors", errors.describe(e, locale));
            return contest(id, locale, model);
        }
    }
}
