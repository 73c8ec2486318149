package vn.cuocthi.quizruntime.account;

import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.cuocthi.platformcore.web.ApiException;
import vn.cuocthi.platformcore.web.ErrorMessages;
import vn.cuocthi.platformcore.web.FormErrors;
import vn.cuocthi.platformcore.web.HostScoped;
import vn.cuocthi.quizruntime.ContestantPage;
import vn.cuocthi.quizruntime.contest.PublicContests;

/**
 * "Quên mật khẩu" ({@code …/quen-mat-khau}: the contact, with the bot check) and "Đặt lại mật khẩu"
 * ({@code …/dat-lai-mat-khau}: the code and the new password). The API's service decides; a new password signs in.
 */
@Controller
@HostScoped(HostScoped.Scope.PROVINCE)
class RecoveryPagesController implements ContestantPage {

    private final PublicContests contests;
    private final PasswordRecovery recovery;
    private final SessionCookie cookie;
    private final ErrorMessages messages;

    RecoveryPagesController(PublicContests contests, PasswordRecovery recovery, SessionCookie cookie,
                            ErrorMessages messages) {
        this.contests = contests;
        this.recovery = recovery;
        this.cookie = cookie;
        this.messages = messages;
    }

    @GetMapping("/contests/{id}/quen-mat-khau")
    String forgotPage(@PathVariable UUID id, Model model) {
        return forgotForm(id, null, null, model);
    }

    @PostMapping("/contests/{id}/quen-mat-khau")
    String requestCode(@PathVariable UUID id, @RequestParam(required = false) String contact,
                       @RequestParam(required = false) String botChallenge, @RequestParam(required = false) String botNonce,
                       HttpServletRequest request, HttpServletResponse response, Locale locale, Model model,
                       RedirectAttributes redirect) {
        try {
            recovery.requestCode(id, contact, new RegistrationRequest.BotCheckSolution(botChallenge, botNonce),
                    request.getRemoteAddr());
            redirect.addFlashAttribute("sent", true);
            redirect.addFlashAttribute("login", contact);
            return "redirect:/contests/" + id + "/dat-lai-mat-khau";
        } catch (ApiException e) {
            return forgotForm(id, contact, refused(e, response, messages, locale), model);
        }
    }

    private String forgotForm(UUID id, String contact, FormErrors errors, Model model) {
        model.addAttribute("contest", contests.get(id));
        model.addAttribute("contact", contact);
        model.addAttribute("errors", errors);
        return "runtime/forgot-password";
    }

    @GetMapping("/contests/{id}/dat-lai-mat-khau")
    String resetPage(@PathVariable UUID id, Model model) {
        return resetForm(id, (String) model.getAttribute("login"), null, model);
    }

    @PostMapping("/contests/{id}/dat-lai-mat-khau")
    String reset(@PathVariable UUID id, @RequestParam(required = false) String login,
                 @RequestParam(required = false) String code, @RequestParam(required = false) String password,
                 HttpServletRequest request, HttpServletResponse response, Locale locale, Model model,
                 RedirectAttributes redirect) {
        try {
            ContestantSignIn.SignedIn signedIn = recovery.reset(id, login, code, password, request.getRemoteAddr());
            cookie.set(response, signedIn.token(), signedIn.expiresAt());
            redirect.addFlashAttribute("passwordChanged", signedIn.fullName());
            return "redirect:/contests/" + id;
        } catch (ApiException e) {
            return resetForm(id, login, refused(e, response, messages, locale), model);
        }
    }

    private String resetForm(UUID id, String login, FormErrors errors, Model model) {
        model.addAttribute("contest", contests.get(id));
        model.addAttribute("login", login);
        model.addAttribute("errors", errors);
        return "runtime/reset-password";
    }
}
