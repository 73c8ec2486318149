package vn.cuocthi.platformcore.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class KeycloakPropertiesTest {

    private static KeycloakProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("cuocthi.keycloak", KeycloakProperties.class);
    }

    @Test
    void withNothingConfiguredTheDefaultsAreTheLocalOnes() {
        KeycloakProperties properties = bind(Map.of());

        assertThat(properties.url()).as("set by the local infrastructure when it starts a Keycloak").isNull();
        assertThat(properties.adminRealm()).isEqualTo("master");
        assertThat(properties.adminClientId()).isEqualTo("admin-cli");
        assertThat(properties.adminUsername()).isEqualTo("admin");
        assertThat(properties.adminPassword()).isNull();
        assertThat(properties.devClients()).isTrue();
    }

    @Test
    void aUrlSwitchesToTheExternalKeycloak() {
        KeycloakProperties properties = bind(Map.of(
                "cuocthi.keycloak.url", "https://id.cuocthi.vn",
                "cuocthi.keycloak.admin-password", "secret",
                "cuocthi.keycloak.dev-clients", "false"));

        assertThat(properties.url()).isEqualTo(URI.create("https://id.cuocthi.vn"));
        assertThat(properties.devClients()).isFalse();
    }
}
