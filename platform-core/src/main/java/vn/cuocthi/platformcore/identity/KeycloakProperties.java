package vn.cuocthi.platformcore.identity;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code cuocthi.keycloak.*}: where staff and operator identity lives.
 *
 * <p>One switch decides between the two set-ups, so production needs a single environment variable to leave the
 * local default: with no {@code url} the application starts its own Keycloak ({@link LocalKeycloak}); with a
 * {@code url} it uses that external server and {@code local} is ignored.
 *
 * @param url            base URL of an external Keycloak (for example {@code https://id.cuocthi.vn}); empty: start a
 *                       local one
 * @param adminRealm     realm the admin account signs in to for the admin REST API
 * @param adminClientId  public client of {@code adminRealm} used for the admin's password grant
 * @param adminUsername  admin account; for a local Keycloak this becomes the bootstrap admin
 * @param adminPassword  its password; for a local Keycloak it may stay empty, and one is generated and kept in the
 *                       data folder (a fixed well-known password would be one more thing to forget to change)
 * @param devClients     whether provinces get the {@code cuocthi-cli} client with direct password grants, which
 *                       scripts and tests use; switch off in production, where only browser sign-in is allowed
 * @param local          the local Keycloak
 */
@ConfigurationProperties("cuocthi.keycloak")
public record KeycloakProperties(
        URI url,
        @DefaultValue("master") String adminRealm,
        @DefaultValue("admin-cli") String adminClientId,
        @DefaultValue("admin") String adminUsername,
        String adminPassword,
        @DefaultValue("true") boolean devClients,
        @DefaultValue Local local) {

    public KeycloakProperties {
        if (local == null) {
            local = new Local(true, null, Local.DEFAULT_PORT, null, null);
        }
        if (url == null && !local.enabled()) {
            throw new IllegalArgumentException(
                    "cuocthi.keycloak.url is empty and cuocthi.keycloak.local.enabled is false: there is no Keycloak. "
                            + "Set CUOCTHI_KEYCLOAK_URL to an external Keycloak, or enable the local one.");
        }
    }

    /** True when the application should start its own Keycloak rather than use {@link #url()}. */
    public boolean startsLocal() {
        return url == null;
    }

    /**
     * The local Keycloak.
     *
     * @param enabled      whether a local Keycloak may be started when no {@code url} is set; off, a missing url is a
     *                     configuration error rather than a silent local server
     * @param dataDir      its database, logs and generated admin password; kept across restarts
     * @param port         its HTTP port; fixed by default so the issuer URLs (which contain it) stay the same across
     *                     restarts; 0 picks a free port (tests)
     * @param distHome     the unpacked distribution; empty: {@link KeycloakDistribution#defaultHome()}
     * @param startTimeout how long to wait for it to become ready
     */
    public record Local(
            @DefaultValue("true") boolean enabled,
            @DefaultValue(".data/keycloak") Path dataDir,
            @DefaultValue("8180") int port,
            Path distHome,
            @DefaultValue("3m") Duration startTimeout) {

        static final int DEFAULT_PORT = 8180;

        public Local {
            if (dataDir == null) {
                dataDir = Path.of(".data", "keycloak");
            }
            if (startTimeout == null) {
                startTimeout = Duration.ofMinutes(3);
            }
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("cuocthi.keycloak.local.port must be 0..65535, not " + port);
            }
        }
    }
}
