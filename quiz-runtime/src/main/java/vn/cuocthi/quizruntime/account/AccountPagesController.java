package vn.cuocthi.quizruntime.account;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.cuocthi.platformcore.contest.RegistrationForm;
import vn.cuocthi.platformcore.tenancy.TenantContext;
import vn.cuocthi.platformcore.unit.Localities;
import vn.cuocthi.platformcore.web.ApiException;
import vn.cuocthi.platformcore.web.ErrorMessages;
import vn.cuocthi.platformcore.web.FormErrors;
import vn.cuocthi.platformcore.web.HostScoped;
import vn.cuocthi.quizruntime.ContestantPage;
import vn.cuocthi.quizruntime.contest.PublicContestView;
import vn.cuocthi.quizruntime.contest.PublicContests;

/**
 * Registration, sign-in and sign-out pages. The same services as the API decide; a success puts the token in the
 * HttpOnly cookie, a refusal shows the form again with what was typed (never the password) and each error in place.
 */
@Controller
@HostScoped(HostScoped.Scope.PROVINCE)
class AccountPagesController implements ContestantPage {

    private final PublicContests contests;
    private final Registration registration;
    private final ContestantSignIn signIn;
    private final SessionCookie cookie;
    private final ErrorMessages messages;
    private final Localities localities;
    private final ContestantSessions sessions;

    AccountPagesController(PublicContests contests, Registration registration, ContestantSignIn signIn, SessionCookie cookie,
                           ErrorMessages messages, Localities localities, ContestantSessions sessions) {
        this.sessions = sessions;
        this.contests = contests;
        this.registration = registration;
        this.signIn = signIn;
        this.cookie = cookie;
        this.messages = messages;
        this.localities = localities;
    }

    /** What the registration page posts: the API's fields, with the bot check's solution in two hidden fields. */
    record RegistrationInput(String fullName, String cccd, String phone, String email, String birthDate, String gender,
                             String address, String unitCode, String group, String password, Boolean consent,
                             String botChallenge, String botNonce, String residenceCode) {

        static RegistrationInput empty() {
            return new RegistrationInput(null, null, null, null, null, null, null, null, null, null, null, null, null, null);
        }

        RegistrationRequest request() {
            return new RegistrationRequest(fullName, cccd, phone, email, birthDate, gender, address, unitCode, group,
                    password, consent, new RegistrationRequest.BotCheckSolution(blankToNull(botChallenge), blankToNull(botNonce)),
                    residenceCode);
        }

        private static String blankToNull(String text) {
            return text == null || text.isBlank() ? null : text;
        }
    }

    /** Which of the contest's fields the form shows and requires, for the template. */
    record FormFields(RegistrationForm form, boolean birthDateNeeded) {

        static FormFields of(PublicContestView contest) {
            boolean minAge = contest.groups().stream().anyMatch(group -> group.minAge() != null);
            return new FormFields(new RegistrationForm(contest.registrationFields(), List.of()), minAge);
        }

        public boolean shows(String name) {
            return form.shows(RegistrationForm.FieldName.valueOf(name))
                    || ("BIRTH_DATE".equals(name) && birthDateNeeded);
        }

        public boolean requires(String name) {
            return form.requires(RegistrationForm.FieldName.valueOf(name))
                    || ("BIRTH_DATE".equals(name) && birthDateNeeded);
        }
    }

    @GetMapping("/contests/{id}/dang-ky")
    String registrationPage(@PathVariable UUID id, Model model) {
        return registrationForm(id, RegistrationInput.empty(), null, model);
    }

    @PostMapping("/contests/{id}/dang-ky")
    String register(@PathVariable UUID id, @ModelAttribute RegistrationInput input, HttpServletRequest request,
                    HttpServletResponse response, Locale locale, Model model, RedirectAttributes redirect) {
        try {
            Registration.Registered registered = registration.register(id, input.request(), request.getRemoteAddr());
            cookie.set(response, registered.token(), registered.expiresAt());
            redirect.addFlashAttribute("welcome", registered.fullName());
            return "redirect:/contests/" + id;
        } catch (ApiException e) {
            model.addAttribute("duplicate", "registration.duplicate".equals(e.key()));
            return registrationForm(id, input, refused(e, response, messages, locale), model);
        }
    }

    private String registrationForm(UUID id, RegistrationInput input, FormErrors errors, Model model) {
        PublicContestView contest = contests.get(id);
        model.addAttribute("contest", contest);
        FormFields fields = FormFields.of(contest);
        model.addAttribute("fields", fields);
        if (fields.shows("RESIDENCE")) {
            model.addAttribute("districts", localities.byDistrict(TenantContext.require().name()));
        }
        model.addAttribute("input", input);
        model.addAttribute("errors", errors);
        model.addAttribute("consentVersion", Registration.CONSENT_VERSION);
        return "runtime/register";
    }

    @GetMapping("/contests/{id}/dang-nhap")
    String signInPage(@PathVariable UUID id, Model model) {
        return signInForm(id, null, null, model);
    }

    /**
     * After wrong passwords the service asks for the bot check (428): the form comes back with the work to do, and
     * the page's script solves it when the password is sent again.
     */
    @PostMapping("/contests/{id}/dang-nhap")
    String signIn(@PathVariable UUID id, @RequestParam(required = false) String login,
                  @RequestParam(required = false) String password, @RequestParam(required = false) String botChallenge,
                  @RequestParam(required = false) String botNonce, HttpServletRequest request,
                  HttpServletResponse response, Locale locale, Model model) {
        RegistrationRequest.BotCheckSolution solution = botChallenge == null || botChallenge.isBlank() ? null
                : new RegistrationRequest.BotCheckSolution(botChallenge, botNonce);
        try {
            ContestantSignIn.SignedIn signedIn = signIn.signIn(login, password, id, request.getRemoteAddr(), solution);
            cookie.set(response, signedIn.token(), signedIn.expiresAt());
            return "redirect:/contests/" + id;
        } catch (ApiException e) {
            if (e.properties().get("botCheck") instanceof BotCheck.Challenge challenge) {
                model.addAttribute("botDifficulty", challenge.difficulty());
            }
            return signInForm(id, login, refused(e, response, messages, locale), model);
        }
    }

    private String signInForm(UUID id, String login, FormErrors errors, Model model) {
        model.addAttribute("contest", contests.get(id));
        model.addAttribute("login", login);
        model.addAttribute("errors", errors);
        return "runtime/sign-in";
    }

    @PostMapping("/contests/{id}/dang-xuat")
    String signOut(@PathVariable UUID id, HttpServletRequest request, HttpServletResponse response) {
        sessions.signOut(request);
        cookie.clear(response);
        return "redirect:/contests/" + id;
    }
}
