package vn.cuocthi.platformcore.web;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * A refusal the API explains: the status, a message key (title {@code <key>.title}, detail {@code <key>.detail})
 * with its arguments, and, for invalid input, one error per field or line.
 */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String key;
    private final Object[] arguments;
    private final List<FieldError> errors;
    private Long retryAfterSeconds;
    private final java.util.Map<String, Object> properties = new java.util.LinkedHashMap<>();

    public ApiException(HttpStatus status, String key, Object... arguments) {
        this(status, key, List.of(), arguments);
    }

    public ApiException(HttpStatus status, String key, List<FieldError> errors, Object... arguments) {
        super(key);
        this.status = status;
        this.key = key;
        this.arguments = arguments;
        this.errors = List.copyOf(errors);
    }

    public static ApiException notFound(String key, Object... arguments) {
        return new ApiException(HttpStatus.NOT_FOUND, key, arguments);
    }

    public static ApiException conflict(String key, Object... arguments) {
        return new ApiException(HttpStatus.CONFLICT, key, arguments);
    }

    public static ApiException invalid(List<FieldError> errors) {
        return new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "input.invalid", errors);
    }

    /** 400: a query parameter outside its range, e.g. {@code page=2147483647}. */
    public static ApiException parameterOutOfRange(String name, long min, long max) {
        return new ApiException(HttpStatus.BAD_REQUEST, "input.parameter", name, min, max);
    }

    /** A refusal that ends by itself (a rate limit, a waiting room): the client may retry after so many seconds. */
    public static ApiException tooManyRequests(long retryAfterSeconds, String key, Object... arguments) {
        ApiException e = new ApiException(HttpStatus.TOO_MANY_REQUESTS, key, arguments);
        e.retryAfterSeconds = Math.max(1, retryAfterSeconds);
        return e;
    }

    /** 503: busy or briefly away; come back after the given seconds. */
    public static ApiException unavailable(long retryAfterSeconds, String key, Object... arguments) {
        ApiException e = new ApiException(HttpStatus.SERVICE_UNAVAILABLE, key, arguments);
        e.retryAfterSeconds = Math.max(1, retryAfterSeconds);
        return e;
    }

    /** An extra member of the problem detail (a waiting room's queue position, for instance). */
    public ApiException with(String property, Object value) {
        properties.put(property, value);
        return this;
    }

    public java.util.Map<String, Object> properties() {
        return java.util.Collections.unmodifiableMap(properties);
    }

    public java.util.OptionalLong retryAfterSeconds() {
        return retryAfterSeconds == null ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(retryAfterSeconds);
    }

    public HttpStatus status() {
        return status;
    }

    public String key() {
        return key;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    public List<FieldError> errors() {
        return errors;
    }

    /**
     * One thing wrong with the input: a JSON field (or a line of an uploaded file) and a message key with its
     * arguments, resolved to the reader's language when the problem is written.
     */
    public record FieldError(String field, Integer line, String key, List<Object> arguments) {

        public static FieldError field(String field, String key, Object... arguments) {
            return new FieldError(field, null, key, List.of(arguments));
        }

        public static FieldError line(int line, String key, Object... arguments) {
            return new FieldError(null, line, key, List.of(arguments));
        }
    }
}
