package vn.cuocthi.platformcore.identity;

import org.springframework.modulith.NamedInterface;

/**
 * An account to create when it does not exist yet.
 *
 * <p>Keycloak's default user profile requires first name, last name and e-mail; an account without them must complete
 * its profile at its first browser sign-in and cannot use a password grant until then. Accounts for scripts (demo
 * operator, demo staff) therefore need all three.
 *
 * @param temporaryPassword true: the person must choose a new password at first sign-in (required action
 *                          {@code UPDATE_PASSWORD})
 */
@NamedInterface("identity")
public record UserSeed(String username, String password, boolean temporaryPassword, String firstName, String lastName,
                       String email) {

    public UserSeed {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("username is required");
        }
        if (password == null || password.isEmpty()) {
            throw new IllegalArgumentException("a password is required for " + username);
        }
        // Keycloak stores usernames in lower case; comparing with what it returns needs the same form.
        username = username.strip().toLowerCase(java.util.Locale.ROOT);
    }

    /** A first account that signs in through the browser and completes its profile and password there. */
    public static UserSeed withTemporaryPassword(String username, String temporaryPassword) {
        return new UserSeed(username, temporaryPassword, true, null, null, null);
    }

    @Override
    public String toString() {
        return "UserSeed[" + username + (temporaryPassword ? ", temporary password" : "") + "]";
    }
}
