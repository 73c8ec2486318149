package vn.cuocthi.quizruntime.contest;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.cuocthi.platformcore.tenancy.TenantContext;
import vn.cuocthi.platformcore.web.HostScoped;

/** The contest's public page: rules, schedule, reference documents. */
@Controller
@HostScoped(HostScoped.Scope.PROVINCE)
class ContestPageController {

    private final PublicContests contests;

    ContestPageController(PublicContests contests) {
        this.contests = contests;
    }

    @GetMapping("/contests/{id}")
    String contest(@PathVariable UUID id, Model model) {
        model.addAttribute("province", TenantContext.require());
        model.addAttribute("contest", contests.get(id));
        return "runtime/contest";
    }
}
