package vn.cuocthi.platformcore.web;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * A body over the multipart limit is refused while the DispatcherServlet parses it, before any controller is
 * chosen, so advice limited to REST controllers ({@link ApiErrorHandler}) never sees it and Spring's default
 * answered an empty 413. This advice applies to every request: a problem detail for the API, a Vietnamese page for
 * a console form, both naming the limit.
 */
@ConditionalOnWebApplication
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadTooLarge {

    private final ProblemResponses problems;

    UploadTooLarge(ProblemResponses problems) {
        this.problems = problems;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        problems.write(request, response, HttpStatus.CONTENT_TOO_LARGE, "upload.tooLarge", Map.of());
    }
}
