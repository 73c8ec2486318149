package vn.cuocthi.platformcore.identity;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The Keycloak clients of the application (not in migrate-only runs, which need no identity provider). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "cuocthi.migrate-only", havingValue = "false", matchIfMissing = true)
@EnableConfigurationProperties(KeycloakProperties.class)
class IdentityConfiguration {

    @Bean
    KeycloakAdminClient keycloakAdminClient(KeycloakProperties properties) {
        if (properties.url() == null) {
            // a local run gets one from the local infrastructure; anything else must name its own
            throw new IllegalStateException("No Keycloak: set CUOCTHI_KEYCLOAK_URL");
        }
        return KeycloakAdminClient.create(properties.url(), KeycloakAdminClient.AdminCredentials.from(properties));
    }

    @Bean
    KeycloakProvisioner keycloakProvisioner(KeycloakAdminClient admin, KeycloakProperties properties) {
        return new KeycloakProvisioner(admin, properties.devClients());
    }
}
