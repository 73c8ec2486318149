package vn.cuocthi.platformcore.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A page whose database is away (PostgreSQL restarting, no connection in the pool's wait) is a 503 with Retry-After
 * and the "busy, try again" page, as the API's problem detail is ({@link ApiErrorHandler}), not a 500. Runs after the
 * controllers' own handlers, so only what nothing else handled reaches it.
 */
@Component
@ConditionalOnWebApplication
class DatabaseUnavailablePages implements WebMvcConfigurer, HandlerExceptionResolver {

    static final String RETRY_AFTER_SECONDS = "5";
    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailablePages.class);

    @Override
    public void extendHandlerExceptionResolvers(List<HandlerExceptionResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception ex) {
        if (!ApiErrorHandler.isOverload(ex) || response.isCommitted()) {
            return null;
        }
        log.warn("Page {} refused with 503, database not available in time: {}", request.getRequestURI(), ex.toString());
        try {
            response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
            response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
        } catch (IOException e) {
            return null;
        }
        return new ModelAndView();
    }
}
