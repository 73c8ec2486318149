package vn.cuocthi.quizruntime.home;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.cuocthi.platformcore.web.HostScoped;
import vn.cuocthi.quizruntime.contest.PublicContests;

/** The province's public home: its name and its published contests with their state and schedule. */
@Controller
@HostScoped(HostScoped.Scope.PROVINCE)
class ProvinceHomeController {

    private final PublicContests contests;

    ProvinceHomeController(PublicContests contests) {
        this.contests = contests;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("contests", contests.list());
        return "runtime/province-home";
    }
}
