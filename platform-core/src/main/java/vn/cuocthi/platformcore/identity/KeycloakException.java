package vn.cuocthi.platformcore.identity;

/**
 * A call to Keycloak was refused or failed. Carries the HTTP status and, for OAuth errors, Keycloak's {@code error}
 * and {@code error_description}, so callers can tell "wrong password" from "province suspended" from "Keycloak down".
 */
public class KeycloakException extends RuntimeException {

    private final int status;
    private final String error;
    private final String errorDescription;

    public KeycloakException(String message, int status, String error, String errorDescription, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.error = error;
        this.errorDescription = errorDescription;
    }

    /** HTTP status, or 0 when Keycloak could not be reached. */
    public int status() {
        return status;
    }

    /** OAuth {@code error} (for example {@code invalid_grant}), or null. */
    public String error() {
        return error;
    }

    /** Keycloak's {@code error_description} (for example {@code Account is not fully set up}), or null. */
    public String errorDescription() {
        return errorDescription;
    }
}
