package vn.cuocthi.platformcore.identity;

import org.springframework.modulith.NamedInterface;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * What the application needs to know of each realm: its issuer and endpoints (from its OpenID configuration) and
 * the console client's secret, fetched once and kept. Nothing is stored in our database: Keycloak is the source.
 */
@Component
@ConditionalOnProperty(name = "cuocthi.migrate-only", havingValue = "false", matchIfMissing = true)
@NamedInterface("identity")
public class Realms {

    /** A realm's OpenID endpoints. */
    public record Endpoints(String realm, String issuer, String authorizationUri, String tokenUri, String jwksUri,
                            String userInfoUri, String endSessionUri) {

        /** Issuers of every realm of this Keycloak start with this: tells "another province's token" from garbage. */
        public String realmsPrefix() {
            return issuer.substring(0, issuer.length() - realm.length());
        }
    }

    private final KeycloakAdminClient admin;
    private final Map<String, Endpoints> endpoints = new ConcurrentHashMap<>();
    private final Map<String, String> consoleSecrets = new ConcurrentHashMap<>();

    public Realms(KeycloakAdminClient admin) {
        this.admin = admin;
    }

    public static String ofProvince(String slug) {
        return KeycloakProvisioner.realmOf(slug);
    }

    public static String platform() {
        return KeycloakProvisioner.PLATFORM_REALM;
    }

    public Endpoints endpoints(String realm) {
        return endpoints.computeIfAbsent(realm, name -> {
            Map<String, Object> configuration = admin.openidConfiguration(name);
            return new Endpoints(name, (String) configuration.get("issuer"),
                    (String) configuration.get("authorization_endpoint"), (String) configuration.get("token_endpoint"),
                    (String) configuration.get("jwks_uri"), (String) configuration.get("userinfo_endpoint"),
                    (String) configuration.get("end_session_endpoint"));
        });
    }

    /** The console client's secret in the realm, for the authorization code flow. */
    public Optional<String> consoleSecret(String realm) {
        String cached = consoleSecrets.get(realm);
        if (cached != null) {
            return Optional.of(cached);
        }
        List<Map<String, Object>> clients = admin.list("/admin/realms/{realm}/clients?clientId={clientId}", realm,
                KeycloakProvisioner.CONSOLE_CLIENT);
        if (clients.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> secret = admin.get("/admin/realms/{realm}/clients/{id}/client-secret", realm, clients.getFirst().get("id"));
        String value = (String) secret.get("value");
        consoleSecrets.put(realm, value);
        return Optional.of(value);
    }
}
