package vn.cuocthi.quizruntime.account;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import vn.cuocthi.platformcore.web.HostScoped;

/** Contestants' registration and sign-in (API.md, public section), and the bot check's challenge. */
@RestController
@Tag(name = "Contestants", description = "Registration, sign-in and the bot check of contestants")
@HostScoped(HostScoped.Scope.PROVINCE)
class AccountController {

    private final Registration registration;
    private final ContestantSignIn signIn;
    private final BotCheck botCheck;
    private final ContestantSessions sessions;

    AccountController(Registration registration, ContestantSignIn signIn, BotCheck botCheck, ContestantSessions sessions) {
        this.sessions = sessions;
        this.registration = registration;
        this.signIn = signIn;
        this.botCheck = botCheck;
    }

    @Operation(summary = "A single-use proof-of-work challenge for registration or sign-in (solve: SHA-256 of challenge:nonce with difficulty leading zero bits)",
            description = "difficulty: the bits a sign-in's 428 signIn.botCheckRequired asked for (clamped to the default and at most 6 more)")
    @GetMapping("/api/v1/bot-check")
    BotCheck.Challenge challenge(@RequestParam(required = false) Integer difficulty) {
        return difficulty == null ? botCheck.challenge() : botCheck.challenge(difficulty);
    }

    @Operation(summary = "Register for a contest (one per CCCD and phone per contest; 409 when taken); returns a signed-in token",
            description = "birthDate: day first as 31/05/1990, 31-05-1990, 31.05.1990 or 31051990, or ISO 1990-05-31")
    @PostMapping("/api/v1/contests/{id}/registrations")
    @ResponseStatus(HttpStatus.CREATED)
    Registration.Registered register(@PathVariable UUID id, @RequestBody RegistrationRequest request,
                                     HttpServletRequest http) {
        return registration.register(id, request, http.getRemoteAddr());
    }

    @Operation(summary = "Sign in with phone or CCCD and password; 428 signIn.botCheckRequired (with a challenge in botCheck) after wrong passwords: solve it and send it in botCheck; 429 with Retry-After when this address is rate-limited; 503 server.busy with Retry-After and the queue position when too many sign in at once")
    @PostMapping("/api/v1/auth/login")
    ContestantSignIn.SignedIn login(@RequestBody SignInRequest request, HttpServletRequest http) {
        return signIn.signIn(request.login(), request.password(), request.contestId(), http.getRemoteAddr(),
                request.botCheck());
    }

    @Operation(summary = "Sign out: the token (bearer or the pages' cookie) is refused from now on, on every node")
    @PostMapping("/api/v1/auth/logout")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void logout(HttpServletRequest http) {
        sessions.signOut(http);
    }

    /** {@code login} is the phone or the CCCD; {@code contestId} picks a registration when a person has several. */
    record SignInRequest(String login, String password, UUID contestId, RegistrationRequest.BotCheckSolution botCheck) {
    }
}
