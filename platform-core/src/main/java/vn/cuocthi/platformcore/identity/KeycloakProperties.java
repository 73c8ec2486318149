package vn.cuocthi.platformcore.identity;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code cuocthi.keycloak.*}: where staff and operator identity lives.
 *
 * <p>Production sets {@code url} to its Keycloak. A local run leaves it empty, and the local infrastructure (the
 * {@code local-infrastructure} module of {@code deploy}) starts a Keycloak and sets {@code url} and the admin account
 * before the application reads them, so this code has one path either way.
 *
 * @param url            base URL of the Keycloak (for example {@code https://id.cuocthi.vn})
 * @param adminRealm     realm the admin account signs in to for the admin REST API
 * @param adminClientId  public client of {@code adminRealm} used for the admin's password grant
 * @param adminUsername  admin account; for a local Keycloak this becomes the bootstrap admin
 * @param adminPassword  its password; for a local Keycloak it may stay empty, and one is generated and kept in the
 *                       data folder (a fixed well-known password would be one more thing to forget to change)
 * @param devClients     whether provinces get the {@code cuocthi-cli} client with direct password grants, which
 *                       scripts and tests use; switch off in production, where only browser sign-in is allowed
 */
@ConfigurationProperties("cuocthi.keycloak")
public record KeycloakProperties(
        URI url,
        @DefaultValue("master") String adminRealm,
        @DefaultValue("admin-cli") String adminClientId,
        @DefaultValue("admin") String adminUsername,
        String adminPassword,
        @DefaultValue("true") boolean devClients) {
}
