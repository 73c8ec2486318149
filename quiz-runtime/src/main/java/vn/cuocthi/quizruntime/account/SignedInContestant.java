package vn.cuocthi.quizruntime.account;

import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

/** For the pages: who is signed in for this contest, with the name the header shows. */
@Component
public class SignedInContestant {

    private final ContestantSessions sessions;
    private final ContestantStore contestants;

    SignedInContestant(ContestantSessions sessions, ContestantStore contestants) {
        this.sessions = sessions;
        this.contestants = contestants;
    }

    /** The session, when the request's cookie (or token) is genuine and was issued for this contest. */
    public Optional<ContestantSession> of(HttpServletRequest request, UUID contestId) {
        return sessions.current(request).filter(session -> session.contestId().equals(contestId));
    }

    public Optional<ContestantSession> any(HttpServletRequest request) {
        return sessions.current(request);
    }

    public String name(ContestantSession session) {
        return contestants.find(session.contestantId()).map(ContestantStore.Contestant::fullName).orElse("");
    }
}
