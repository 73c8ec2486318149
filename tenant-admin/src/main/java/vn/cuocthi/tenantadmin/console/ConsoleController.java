package vn.cuocthi.tenantadmin.console;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.cuocthi.platformcore.contest.ContestStore;
import vn.cuocthi.platformcore.question.QuestionStore;
import vn.cuocthi.platformcore.security.StaffRoles;
import vn.cuocthi.platformcore.unit.UnitRepository;
import vn.cuocthi.platformcore.web.HostScoped;

/** The staff console's home on a province host, after signing in through the province's own realm. */
@Controller
@HostScoped(HostScoped.Scope.PROVINCE)
class ConsoleController {

    private final ContestStore contests;
    private final QuestionStore questions;
    private final UnitRepository units;
    private final ConsoleStatistics statistics;

    ConsoleController(ContestStore contests, QuestionStore questions, UnitRepository units, ConsoleStatistics statistics) {
        this.contests = contests;
        this.questions = questions;
        this.units = units;
        this.statistics = statistics;
    }

    @GetMapping("/admin")
    String home(@AuthenticationPrincipal OidcUser user, Authentication authentication, Model model) {
        model.addAttribute("displayName", user.getFullName() != null ? user.getFullName() : user.getPreferredUsername());
        model.addAttribute("username", user.getPreferredUsername());
        model.addAttribute("roles", provinceRoles(authentication));
        model.addAttribute("contests", contests.all());
        model.addAttribute("questionCount", questions.countActive());
        model.addAttribute("unitCount", units.count());
        model.addAttribute("dashboard", statistics.now());
        return "admin/console";
    }

    /**
     * The application's roles this person holds, in the order of {@link StaffRoles#ANY_STAFF}; Keycloak's own roles
     * of the realm (default-roles-…, offline_access) mean nothing to an officer and are left out.
     */
    static List<String> provinceRoles(Authentication authentication) {
        Set<String> held = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
        return Arrays.stream(StaffRoles.ANY_STAFF).filter(role -> held.contains("ROLE_" + role)).toList();
    }
}
