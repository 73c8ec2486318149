package vn.cuocthi.platformcore.web;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A console form's upload over the multipart limit used to get Tomcat's English "HTTP Status 413" page: Spring
 * Security's CSRF filter reads the form's parameters, so Tomcat parses (and refuses) the body inside a filter,
 * before Spring MVC and its {@link UploadTooLarge} advice, and the error dispatch fails the same way. This filter
 * runs first and parses a multipart body itself (Tomcat keeps the parts for everyone after it): over the limit, it
 * answers 413 {@code upload.tooLarge} naming the limit, a Vietnamese page for a browser, a problem detail otherwise.
 */
@ConditionalOnWebApplication
@Component
class OversizedUploads extends OncePerRequestFilter implements Ordered {

    private final ProblemResponses problems;

    OversizedUploads(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10; // after the request id, before Spring Security
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            request.getParts();
        } catch (IllegalStateException | IOException | ServletException e) {
            if (tooLarge(e)) {
                problems.write(request, response, HttpStatus.CONTENT_TOO_LARGE, "upload.tooLarge", Map.of());
                return;
            }
            // a malformed body is left to Spring MVC, which answers it as before
        }
        chain.doFilter(request, response);
    }

    /** Tomcat's size exceptions (FileSizeLimitExceeded, SizeLimitExceeded), as Spring's multipart resolver tells them. */
    private static boolean tooLarge(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String name = cause.getClass().getSimpleName();
            String message = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
            if (name.contains("SizeLimitExceeded") || name.equals("SizeException") || message.contains("exceed")) {
                return true;
            }
        }
        return false;
    }
}
