package vn.cuocthi.tenantadmin.console;

import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.cuocthi.platformcore.contest.ContestStore;
import vn.cuocthi.platformcore.question.QuestionStore;
import vn.cuocthi.platformcore.unit.UnitRepository;
import vn.cuocthi.platformcore.web.HostScoped;

/** The staff console's home on a province host, after signing in through the province's own realm. */
@Controller
@HostScoped(HostScoped.Scope.PROVINCE)
class ConsoleController {

    private final ContestStore contests;
    private final QuestionStore questions;
    private final UnitRepository units;

    ConsoleController(ContestStore contests, QuestionStore questions, UnitRepository units) {
        this.contests = contests;
        this.questions = questions;
        this.units = units;
    }

    @GetMapping("/admin")
    String home(@AuthenticationPrincipal OidcUser user, Authentication authentication, Model model) {
        model.addAttribute("displayName", user.getFullName() != null ? user.getFullName() : user.getPreferredUsername());
        model.addAttribute("username", user.getPreferredUsername());
        List<String> roles = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(role -> role.startsWith("ROLE_")).map(role -> role.substring(5)).sorted().toList();
        model.addAttribute("roles", roles);
        model.addAttribute("contests", contests.all());
        model.addAttribute("questionCount", questions.countActive());
        model.addAttribute("unitCount", units.count());
        return "admin/console";
    }
}
