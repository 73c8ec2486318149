package vn.cuocthi.tenantadmin.contestant;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.cuocthi.platformcore.web.ApiException;
import vn.cuocthi.platformcore.web.HostScoped;

/**
 * "Thí sinh" in the console (province admin only): find a caller's registration, compare its identity fields with
 * what the caller says, and hand out a one-time code. The code is on the answer to the form post alone (not stored,
 * not cached), so a reload or the back button never shows it again.
 */
@Controller
@HostScoped(HostScoped.Scope.PROVINCE)
class ContestantsPageController {

    private final ContestantDirectory directory;
    private final StaffPasswordReset reset;

    ContestantsPageController(ContestantDirectory directory, StaffPasswordReset reset) {
        this.directory = directory;
        this.reset = reset;
    }

    @GetMapping("/admin/contestants")
    String search(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("found", directory.search(q));
        model.addAttribute("limit", ContestantDirectory.LIMIT);
        return "admin/contestants";
    }

    @GetMapping("/admin/contestants/{id}")
    String contestant(@PathVariable UUID id, Model model) {
        model.addAttribute("person", directory.find(id).orElseThrow(() -> ApiException.notFound("contestant.notFound", id)));
        return "admin/contestant";
    }

    @PostMapping("/admin/contestants/{id}/reset-password")
    String issueCode(@PathVariable UUID id, Authentication staff, Model model, HttpServletResponse response) {
        StaffPasswordReset.Issued issued = reset.issue(id, staff.getName());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        model.addAttribute("person", issued.contestant());
        model.addAttribute("issued", issued);
        return "admin/contestant";
    }
}
