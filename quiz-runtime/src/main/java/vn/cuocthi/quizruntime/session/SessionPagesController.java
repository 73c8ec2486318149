package vn.cuocthi.quizruntime.session;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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
import org.springframework.web.multipart.MultipartFile;

import vn.cuocthi.platformcore.session.ExamSessions;
import vn.cuocthi.platformcore.session.SessionPhotos;
import vn.cuocthi.platformcore.web.ApiException;
import vn.cuocthi.platformcore.web.ErrorMessages;
import vn.cuocthi.platformcore.web.FormErrors;
import vn.cuocthi.platformcore.web.HostScoped;
import vn.cuocthi.quizruntime.ContestantPage;
import vn.cuocthi.quizruntime.account.RegistrationRequest.BotCheckSolution;
import vn.cuocthi.quizruntime.contest.PublicContests;

/**
 * The unit's pages: register a collective session (the bot check solved by the registration page's script), then
 * the session's management page, reached by the link with the one-time token, to send photos.
 */
@Controller
@HostScoped(HostScoped.Scope.PROVINCE)
class SessionPagesController implements ContestantPage {

    private final PublicContests contests;
    private final SessionRegistration registration;
    private final ExamSessions sessions;
    private final SessionPhotos photos;
    private final ErrorMessages messages;

    SessionPagesController(PublicContests contests, SessionRegistration registration, ExamSessions sessions,
                           SessionPhotos photos, ErrorMessages messages) {
        this.contests = contests;
        this.registration = registration;
        this.sessions = sessions;
        this.photos = photos;
        this.messages = messages;
    }

    static String manageUrl(UUID contestId, UUID sessionId, String token) {
        return "/contests/" + contestId + "/thi-tap-trung/" + sessionId + "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    /** What the page posts; the number as typed so that a non-number is shown again. */
    record SessionInput(String unitCode, String startsAt, String expectedParticipants, String place, String contactName,
                        String contactPhone, String botChallenge, String botNonce) {

        static SessionInput empty() {
            return new SessionInput(null, null, null, null, null, null, null, null);
        }

        ExamSessions.SessionRequest request() {
            Integer expected;
            try {
                expected = expectedParticipants == null ? null : Integer.valueOf(expectedParticipants.strip());
            } catch (NumberFormatException e) {
                expected = null;
            }
            return new ExamSessions.SessionRequest(unitCode, startsAt, expected, place, contactName, contactPhone);
        }

        BotCheckSolution solution() {
            return botChallenge == null || botChallenge.isBlank() ? null : new BotCheckSolution(botChallenge, botNonce);
        }
    }

    @GetMapping("/contests/{id}/dang-ky-thi-tap-trung")
    String registrationPage(@PathVariable UUID id, Model model) {
        return form(id, SessionInput.empty(), null, model);
    }

    @PostMapping("/contests/{id}/dang-ky-thi-tap-trung")
    String register(@PathVariable UUID id, @ModelAttribute SessionInput input, HttpServletRequest request,
                    HttpServletResponse response, Locale locale, Model model) {
        try {
            ExamSessions.Registered registered = registration.register(id, input.request(), input.solution(),
                    request.getRemoteAddr());
            response.setHeader("Cache-Control", "no-store");
            model.addAttribute("contest", contests.get(id));
            model.addAttribute("examSession", registered.session());
            model.addAttribute("manageUrl", manageUrl(id, registered.session().id(), registered.manageToken()));
            return "runtime/session-registered";
        } catch (ApiException e) {
            return form(id, input, refused(e, response, messages, locale), model);
        }
    }

    private String form(UUID id, SessionInput input, FormErrors errors, Model model) {
        model.addAttribute("contest", contests.get(id));
        model.addAttribute("input", input);
        model.addAttribute("errors", errors);
        return "runtime/session-register";
    }

    @GetMapping("/contests/{id}/thi-tap-trung/{sessionId}")
    String managePage(@PathVariable UUID id, @PathVariable UUID sessionId, @RequestParam(required = false) String token,
                      HttpServletResponse response, Model model) {
        return manage(id, sessionId, token, null, null, response, model);
    }

    @PostMapping("/contests/{id}/thi-tap-trung/{sessionId}/anh")
    String upload(@PathVariable UUID id, @PathVariable UUID sessionId, @RequestParam(required = false) String token,
                  @RequestParam(name = "file", required = false) MultipartFile file, HttpServletResponse response,
                  Locale locale, Model model) throws IOException {
        sessions.managed(id, sessionId, token);
        FormErrors errors = null;
        boolean sent = false;
        try {
            if (file == null || file.isEmpty()) {
                throw ApiException.invalid(java.util.List.of(ApiException.FieldError.field("file", "session.photos.type")));
            }
            photos.add(id, sessionId, token, file.getInputStream());
            sent = true;
        } catch (ApiException e) {
            errors = refused(e, response, messages, locale);
        }
        return manage(id, sessionId, token, errors, sent, response, model);
    }

    private String manage(UUID id, UUID sessionId, String token, FormErrors errors, Boolean sent,
                          HttpServletResponse response, Model model) {
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("contest", contests.get(id));
        model.addAttribute("examSession", sessions.managed(id, sessionId, token));
        model.addAttribute("token", token);
        model.addAttribute("errors", errors);
        model.addAttribute("sent", Boolean.TRUE.equals(sent));
        model.addAttribute("maxKb", photos.maxBytes() / 1024);
        model.addAttribute("maxPhotos", photos.maxPerSession());
        return "runtime/session-manage";
    }
}
