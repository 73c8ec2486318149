package vn.cuocthi.quizruntime.session;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;

import vn.cuocthi.platformcore.session.ExamSessions;
import vn.cuocthi.platformcore.web.ApiException;
import vn.cuocthi.platformcore.web.ApiException.FieldError;
import vn.cuocthi.quizruntime.account.BotCheck;
import vn.cuocthi.quizruntime.account.RateLimits;
import vn.cuocthi.quizruntime.account.RegistrationRequest.BotCheckSolution;

/**
 * A unit's contact registers a collective session on the province site: rate-limited per address, checked by
 * platform-core's rules, and, unlike a contestant's registration, always behind the bot check (a session moves the
 * organisers' planning, and no office registers more than a handful).
 */
@Service
class SessionRegistration {

    private final ExamSessions sessions;
    private final BotCheck botCheck;
    private final RateLimits limits;

    SessionRegistration(ExamSessions sessions, BotCheck botCheck, RateLimits limits) {
        this.sessions = sessions;
        this.botCheck = botCheck;
        this.limits = limits;
    }

    ExamSessions.Registered register(UUID contestId, ExamSessions.SessionRequest request, BotCheckSolution solution,
                                     String address) {
        limits.hit("session-register", address, 30, Duration.ofMinutes(10), "session.rateLimited");
        ExamSessions.NewSession session = sessions.validate(contestId, request);
        if (solution == null || !botCheck.accept(solution.challenge(), solution.nonce())) {
            throw ApiException.invalid(List.of(FieldError.field("botCheck", "registration.botCheck.invalid")));
        }
        return sessions.register(session);
    }
}
