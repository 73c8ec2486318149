package vn.cuocthi.platformcore.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The one place API errors become RFC 9457 problem details, in the reader's language (Vietnamese unless
 * {@code Accept-Language} asks for English). The cause stays in the log; the reader gets a clear message.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
public class ApiErrorHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiErrorHandler.class);
    private final MessageSource messages;
    private final ErrorMessages errorMessages;

    public ApiErrorHandler(MessageSource messages, ErrorMessages errorMessages) {
        this.messages = messages;
        this.errorMessages = errorMessages;
        setMessageSource(messages);
    }

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ProblemDetail> handleApiException(ApiException e) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatus(e.status());
        problem.setTitle(messages.getMessage(e.key() + ".title", e.arguments(), e.status().getReasonPhrase(), locale));
        String detail = messages.getMessage(e.key() + ".detail", e.arguments(), null, locale);
        if (detail != null) {
            problem.setDetail(detail);
        }
        // a stable machine-readable reason beside the translated title, e.g. attempt.continuedElsewhere
        problem.setProperty("code", e.key());
        e.properties().forEach(problem::setProperty);
        if (!e.errors().isEmpty()) {
            problem.setProperty("errors", e.errors().stream().map(error -> describe(error, locale)).toList());
        }
        ResponseEntity.BodyBuilder response = ResponseEntity.status(e.status());
        e.retryAfterSeconds().ifPresent(seconds -> response.header(HttpHeaders.RETRY_AFTER, Long.toString(seconds)));
        return response.body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        problem.setTitle(messages.getMessage("input.invalid.title", null, locale));
        problem.setDetail(messages.getMessage("input.invalid.detail", null, locale));
        problem.setProperty("errors", ex.getBindingResult().getFieldErrors().stream()
                .map(error -> Map.of("field", error.getField(), "message", messages.getMessage(error, locale)))
                .toList());
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
        problem.setTitle(messages.getMessage("input.unreadable.title", null, locale));
        problem.setDetail(messages.getMessage("input.unreadable.detail", null, locale));
        problem.setProperty("code", "input.unreadable");
        return ResponseEntity.badRequest().body(problem);
    }

    /** {@code ?round=abc} where a number is expected: say which parameter and what it should be. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status,
                                                        WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        String name = ex instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName() : ex.getPropertyName();
        Class<?> type = ex.getRequiredType();
        String expected = messages.getMessage("input.type." + (type == null ? "other" : typeName(type)), null, locale);
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
        problem.setTitle(messages.getMessage("input.type.title", null, locale));
        problem.setDetail(messages.getMessage("input.type.detail", new Object[] {name, expected}, locale));
        problem.setProperty("code", "input.type");
        return ResponseEntity.badRequest().body(problem);
    }

    private static String typeName(Class<?> type) {
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "integer";
        }
        if (type == java.util.UUID.class) {
            return "uuid";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean";
        }
        return "other";
    }

    /** Whatever else Spring MVC refuses by itself (a missing parameter, a wrong method) still carries a code. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
                                                             HttpStatusCode statusCode, WebRequest request) {
        if (body instanceof ProblemDetail problem
                && (problem.getProperties() == null || !problem.getProperties().containsKey("code"))) {
            problem.setProperty("code", "http." + statusCode.value());
        }
        return super.handleExceptionInternal(ex, body, headers, statusCode, request);
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
            org.springframework.web.multipart.MaxUploadSizeExceededException ex, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.CONTENT_TOO_LARGE);
        problem.setTitle(messages.getMessage("upload.tooLarge.title", null, "Payload too large", locale));
        problem.setDetail(messages.getMessage("upload.tooLarge.detail", null, "", locale));
        problem.setProperty("code", "upload.tooLarge");
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> handleUnexpected(Exception e) {
        Locale locale = LocaleContextHolder.getLocale();
        if (isOverload(e)) {
            // no connection within the pool's wait, or the database is away: a wait, never a 500
            log.warn("Refused with 503, database not available in time: {}", e.toString());
            ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.SERVICE_UNAVAILABLE);
            problem.setTitle(messages.getMessage("server.busy.title", null, locale));
            problem.setDetail(messages.getMessage("server.busy.detail", null, locale));
            problem.setProperty("code", "server.busy");
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, DatabaseUnavailablePages.RETRY_AFTER_SECONDS).body(problem);
        }
        String state = dataState(e);
        if (state != null) {
            // PostgreSQL refused a value (22xxx: a NUL, an invalid byte sequence, too long, out of range): the
            // request's fault, and its transaction is rolled back, so nothing was written
            log.warn("Refused with 422, value not storable (SQLSTATE {}): {}", state, e.toString());
            ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.UNPROCESSABLE_CONTENT);
            problem.setTitle(messages.getMessage("input.unstorable.title", null, locale));
            problem.setDetail(messages.getMessage("input.unstorable.detail", null, locale));
            problem.setProperty("code", "input.unstorable");
            return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(problem);
        }
        log.error("Unexpected error", e);
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.INTERNAL_SERVER_ERROR);
        problem.setTitle(messages.getMessage("server.error.title", null, locale));
        problem.setDetail(messages.getMessage("server.error.detail", null, locale));
        return ResponseEntity.internalServerError().body(problem);
    }

    /**
     * A pool that gave no connection in time, a database that cannot be reached, or a connection that broke under a
     * request while PostgreSQL restarted (SQL state class 08, or 57P01–57P03: shut down, starting up): transient,
     * worth a retry, and nothing of that request was committed.
     */
    static boolean isOverload(Throwable e) {
        int depth = 0;
        for (Throwable cause = e; cause != null && depth++ < 20; cause = cause.getCause()) { // a cycle ends too
            if (cause instanceof java.sql.SQLTransientConnectionException
                    || cause instanceof org.springframework.jdbc.CannotGetJdbcConnectionException
                    || cause instanceof org.springframework.transaction.CannotCreateTransactionException
                    || cause instanceof java.net.ConnectException
                    || cause instanceof org.springframework.dao.DataAccessResourceFailureException
                    || cause instanceof java.sql.SQLException sql && connectionLost(sql.getSQLState())
                    // the rollback of a transaction whose connection the restart closed replaces the first failure
                    || cause instanceof java.sql.SQLException closed && closed.getSQLState() == null
                            && "Connection is closed".equals(closed.getMessage())) {
                return true;
            }
        }
        return false;
    }

    private static boolean connectionLost(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || sqlState.startsWith("57P0"));
    }

    /** The SQLSTATE of a data exception (class 22) among the causes, or null. */
    static String dataState(Throwable e) {
        int depth = 0;
        for (Throwable cause = e; cause != null && depth++ < 20; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    private Map<String, Object> describe(ApiException.FieldError error, Locale locale) {
        Map<String, Object> described = new LinkedHashMap<>();
        if (error.field() != null) {
            described.put("field", error.field());
        }
        if (error.line() != null) {
            described.put("line", error.line());
        }
        described.put("message", errorMessages.message(error, locale));
        return described;
    }
}
