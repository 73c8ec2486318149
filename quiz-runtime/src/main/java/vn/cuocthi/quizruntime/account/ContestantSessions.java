package vn.cuocthi.quizruntime.account;

import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

import vn.cuocthi.platformcore.personal.PersonalDataErased;
import vn.cuocthi.platformcore.tenancy.TenantContext;
import vn.cuocthi.platformcore.web.ApiException;

/**
 * Finds the signed-in contestant of a request: a bearer token (API clients) or the pages' HttpOnly cookie. A token
 * of another province is refused with 403, whatever it says. Cookie-authenticated writes must carry
 * {@code X-Requested-With}, which a cross-site form cannot send, so a cookie alone never writes an answer. A session
 * ended by sign-out or {@link #endAll} is refused like an expired one, on every node ({@link ContestantRevocations}).
 */
@Component
public class ContestantSessions implements HandlerMethodArgumentResolver {

    public static final String COOKIE = "cuocthi_thisinh";
    public static final String WRITE_HEADER = "X-Requested-With";

    private static final Logger log = LoggerFactory.getLogger(ContestantSessions.class);

    private final ContestantTokens tokens;
    private final ContestantRevocations revocations;

    ContestantSessions(ContestantTokens tokens, ContestantRevocations revocations) {
        this.tokens = tokens;
        this.revocations = revocations;
    }

    /** The session of the request if it has a genuine, not ended one for this province. */
    public Optional<ContestantSession> current(HttpServletRequest request) {
        return token(request).flatMap(this::verify)
                .filter(session -> session.tenantSlug().equals(TenantContext.require().slug()));
    }

    /** Ends the request's session, if it has one of this province (nothing to do otherwise). */
    public void signOut(HttpServletRequest request) {
        current(request).ifPresent(revocations::revoke);
    }

    /**
     * An erased registration (on request or by retention) is signed out everywhere once the erasure is committed;
     * if Redis does not answer, its tokens still die with their expiry and it can no longer sign in (no password).
     */
    @TransactionalEventListener(fallbackExecution = true)
    void onErased(PersonalDataErased erased) {
        try {
            revocations.revokeAll(erased.contestantId());
        } catch (RuntimeException e) {
            log.warn("Erased contestant's sessions not ended: Redis unavailable ({})", e.toString());
        }
    }

    /** Ends every session of the contestant, on every node (after a password change, for instance). */
    public void endAll(UUID contestantId) {
        revocations.revokeAll(contestantId);
    }

    private Optional<ContestantSession> verify(String token) {
        return tokens.verify(token).filter(session -> !revocations.revoked(session));
    }

    /** The session, or a 401 (none, expired, forged) or 403 (another province's, or a cookie write without the header). */
    public ContestantSession require(HttpServletRequest request) {
        Optional<String> token = token(request);
        if (token.isEmpty()) {
            throw new ApiException(HttpStatus.UNAUTHORIZED, "auth.contestantRequired");
        }
        ContestantSession session = verify(token.get())
                .orElseThrow(() -> new ApiException(HttpStatus.UNAUTHORIZED, "auth.contestantExpired"));
        if (!session.tenantSlug().equals(TenantContext.require().slug())) {
            throw new ApiException(HttpStatus.FORBIDDEN, "auth.foreignProvince");
        }
        boolean fromCookie = bearer(request).isEmpty();
        if (fromCookie && !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())
                && request.getHeader(WRITE_HEADER) == null) {
            throw new ApiException(HttpStatus.FORBIDDEN, "auth.cookieWrite");
        }
        return session;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == ContestantSession.class;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
                                  WebDataBinderFactory binders) {
        return require(request.getNativeRequest(HttpServletRequest.class));
    }

    private static Optional<String> token(HttpServletRequest request) {
        return bearer(request).or(() -> cookie(request));
    }

    private static Optional<String> bearer(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.of(header.substring(7).strip());
        }
        return Optional.empty();
    }

    private static Optional<String> cookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName())) {
                return Optional.of(cookie.getValue());
            }
        }
        return Optional.empty();
    }

}
