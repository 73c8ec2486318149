package vn.cuocthi.deploy.support;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.test.context.TestComponent;

import vn.cuocthi.platformcore.identity.KeycloakProvisioner;
import vn.cuocthi.platformcore.identity.TokenResponse;
import vn.cuocthi.platformcore.identity.UserSeed;

/**
 * Real Keycloak tokens for tests, through the dev password-grant client: the operator of the test configuration and,
 * per province and role, a staff account created on first use. Tokens are reused until shortly before they expire.
 */
@TestComponent
public class TestIdentity {

    public static final String OPERATOR = "operator";
    public static final String OPERATOR_PASSWORD = "Test-Operator-Pass-1";
    public static final String STAFF_PASSWORD = "Test-Staff-Pass-1";

    private static volatile KeycloakProvisioner provisioner;
    private static final Map<String, Cached> TOKENS = new ConcurrentHashMap<>();

    private record Cached(String token, Instant renewAfter) {
    }

    public TestIdentity(KeycloakProvisioner keycloak) {
        provisioner = keycloak;
    }

    public static String operatorToken() {
        return cached("platform/operator", () -> provisioner.operatorToken(OPERATOR, OPERATOR_PASSWORD));
    }

    /** A token of a staff member of the province with this Keycloak role ({@code province-admin}, {@code editor}, ...). */
    public static String staffToken(String slug, String role) {
        return cached(slug + "/" + role, () -> {
            String username = "test." + role;
            provisioner.ensureStaffUser(slug, new UserSeed(username, STAFF_PASSWORD, false, "Cán bộ", role,
                    username + "@" + slug + ".test.cuocthi.vn"), Set.of(role));
            return provisioner.staffToken(slug, username, STAFF_PASSWORD);
        });
    }

    public static KeycloakProvisioner provisioner() {
        return provisioner;
    }

    private static synchronized String cached(String key, java.util.function.Supplier<TokenResponse> grant) {
        if (provisioner == null) {
            throw new IllegalStateException("TestIdentity is only available in @IntegrationTest classes");
        }
        Cached current = TOKENS.get(key);
        if (current != null && Instant.now().isBefore(current.renewAfter())) {
            return current.token();
        }
        TokenResponse response = grant.get();
        Cached fresh = new Cached(response.accessToken(), Instant.now().plusSeconds(Math.max(10, response.expiresIn() - 60)));
        TOKENS.put(key, fresh);
        return fresh.token();
    }
}
