package vn.cuocthi.quizruntime.account;

import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import vn.cuocthi.platformcore.web.HostScoped;

/** Password recovery of contestants through the API: ask for a code, then set a new password with it. */
@RestController
@Tag(name = "Contestants")
@HostScoped(HostScoped.Scope.PROVINCE)
class RecoveryController {

    private final PasswordRecovery recovery;
    private final MessageSource messages;

    RecoveryController(PasswordRecovery recovery, MessageSource messages) {
        this.recovery = recovery;
        this.messages = messages;
    }

    @Operation(summary = "Send a one-time code (6 digits, 10 minutes, 5 tries) to the phone or e-mail of a registration",
            description = "contact: the registered phone, e-mail or CCCD (a CCCD sends to the registered phone). The answer "
                    + "is 202 whether or not a registration matches; 422 for a missing bot check or an unreadable contact; "
                    + "429 with Retry-After per address and per contact")
    @PostMapping("/api/v1/auth/recovery/code")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Sent requestCode(@RequestBody CodeRequest request, HttpServletRequest http, Locale locale) {
        recovery.requestCode(request.contestId(), request.contact(), request.botCheck(), http.getRemoteAddr());
        return new Sent(messages.getMessage("recovery.sent", null, locale));
    }

    @Operation(summary = "Set a new password with the code; 200 with a signed-in token like /api/v1/auth/login",
            description = "login: the phone, e-mail or CCCD of the registration. A wrong, expired, used or exhausted code "
                    + "is 422 with errors[field=code] and changes nothing but the code's try count")
    @PostMapping("/api/v1/auth/recovery/reset")
    ContestantSignIn.SignedIn reset(@RequestBody ResetRequest request, HttpServletRequest http) {
        return recovery.reset(request.contestId(), request.login(), request.code(), request.password(), http.getRemoteAddr());
    }

    record CodeRequest(UUID contestId, String contact, RegistrationRequest.BotCheckSolution botCheck) {
    }

    record ResetRequest(UUID contestId, String login, String code, String password) {
    }

    record Sent(String message) {
    }
}
