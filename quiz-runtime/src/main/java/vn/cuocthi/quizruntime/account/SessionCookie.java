package vn.cuocthi.quizruntime.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

/**
 * The pages' sign-in: the contestant's token in an HttpOnly cookie that scripts cannot read, sent on same-site
 * navigation only (SameSite=Lax), Secure behind HTTPS, and gone when the token expires.
 */
@Component
public class SessionCookie {

    private final Clock clock;
    private final boolean secure;

    SessionCookie(Clock clock, @Value("${server.servlet.session.cookie.secure:false}") boolean secure) {
        this.clock = clock;
        this.secure = secure;
    }

    public void set(HttpServletResponse response, String token, Instant expiresAt) {
        long seconds = Math.max(0, Duration.between(clock.instant(), expiresAt).toSeconds());
        write(response, token, seconds);
    }

    public void clear(HttpServletResponse response) {
        write(response, "", 0);
    }

    private void write(HttpServletResponse response, String value, long maxAgeSeconds) {
        ResponseCookie cookie = ResponseCookie.from(ContestantSessions.COOKIE, value).httpOnly(true).secure(secure)
                .sameSite("Lax").path("/").maxAge(maxAgeSeconds).build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
    }
}
