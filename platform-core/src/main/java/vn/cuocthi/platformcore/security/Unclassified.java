package vn.cuocthi.platformcore.security;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * The last rule: a request no module's {@link EndpointRules} named is refused, and answered as not found, so an
 * endpoint nobody classified is closed and a mistyped address reads as what it is.
 */
final class Unclassified {

    private static final String ATTRIBUTE = Unclassified.class.getName();

    static final AuthorizationManager<RequestAuthorizationContext> REFUSED = (authentication, context) -> {
        context.getRequest().setAttribute(ATTRIBUTE, Boolean.TRUE);
        return new AuthorizationDecision(false);
    };

    private Unclassified() {
    }

    static boolean wasRefused(HttpServletRequest request) {
        return request.getAttribute(ATTRIBUTE) != null;
    }
}
