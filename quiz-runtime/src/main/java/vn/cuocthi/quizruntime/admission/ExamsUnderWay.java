package vn.cuocthi.quizruntime.admission;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

import vn.cuocthi.platformcore.admission.InProgressRequests;

/**
 * What the node's door lets in last: an exam's autosave ({@code PUT /api/v1/attempts/{a}/answers/{q}}), its
 * submission ({@code POST /api/v1/attempts/{a}/submit}) and its clock. A new start, a sign-in or a page is refused
 * before any of them.
 */
@Component
class ExamsUnderWay implements InProgressRequests {

    private static final String ATTEMPTS = "/api/v1/attempts/";

    @Override
    public boolean matches(HttpServletRequest request) {
        String path = request.getRequestURI();
        if (!path.startsWith(ATTEMPTS)) {
            return false;
        }
        int slash = path.indexOf('/', ATTEMPTS.length());
        if (slash < 0) {
            return false;
        }
        String rest = path.substring(slash + 1);
        return switch (request.getMethod()) {
            case "PUT" -> rest.startsWith("answers/") && rest.indexOf('/', "answers/".length()) < 0;
            case "POST" -> rest.equals("submit");
            case "GET" -> rest.equals("clock");
            default -> false;
        };
    }
}
