package vn.cuocthi.tenantadmin.audit;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.cuocthi.platformcore.contest.ContestStore;
import vn.cuocthi.platformcore.web.ApiException;
import vn.cuocthi.platformcore.web.ErrorMessages;
import vn.cuocthi.platformcore.web.FormErrors;
import vn.cuocthi.platformcore.web.HostScoped;

/**
 * The audit log in the console: the API's filters as a form (actor, action, date range, contest), newest first, a
 * page at a time, with the export links carrying the same filters. Unreadable filters are listed next to the form.
 */
@Controller
@HostScoped(HostScoped.Scope.PROVINCE)
class AuditPageController {

    /** The actions the application writes, offered in the filter (the log may hold others: the code then). */
    static final List<String> ACTIONS = List.of("CREATED", "UPDATED", "PUBLISHED", "CONTESTANT_VERIFIED",
            "CONTESTANT_DISQUALIFIED", "CONTESTANT_REINSTATED", "FIGURE_RECOMPUTED", "RESULTS_PUBLISHED",
            "RECOVERY_CODE_SENT", "RECOVERY_CODE_ISSUED", "PASSWORD_RESET");

    private final AuditLog log;
    private final ContestStore contests;
    private final ErrorMessages errors;

    AuditPageController(AuditLog log, ContestStore contests, ErrorMessages errors) {
        this.log = log;
        this.contests = contests;
        this.errors = errors;
    }

    @GetMapping("/admin/audit")
    String audit(@RequestParam(required = false) String contest, @RequestParam(required = false) String actor,
                 @RequestParam(required = false) String action, @RequestParam(required = false) String from,
                 @RequestParam(required = false) String to, @RequestParam(required = false) String page,
                 Locale locale, Model model) {
        model.addAttribute("filter", new Typed(contest, actor, action, from, to));
        model.addAttribute("actions", ACTIONS);
        model.addAttribute("contests", contests.all());
        try {
            AuditFilter filter = AuditFilter.parse(contest, actor, action, from, to, page, null);
            AuditLog.Page entries = log.page(filter);
            model.addAttribute("entries", entries);
            model.addAttribute("pages", (int) Math.max(1, (entries.total() + entries.size() - 1) / entries.size()));
            model.addAttribute("errors", FormErrors.none());
        } catch (ApiException e) {
            model.addAttribute("errors", FormErrors.of(e, errors, locale));
        }
        return "admin/audit";
    }

    /** The filters as typed, to show them again and to carry them into the export and page links. */
    public record Typed(String contest, String actor, String action, String from, String to) {
    }
}
