package vn.cuocthi.platformcore.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class KeycloakPropertiesTest {

    private static KeycloakProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("cuocthi.keycloak", KeycloakProperties.class);
    }

    @Test
    void withNothingConfiguredALocalKeycloakIsStarted() {
        KeycloakProperties properties = bind(Map.of());

        assertThat(properties.startsLocal()).isTrue();
        assertThat(properties.adminRealm()).isEqualTo("master");
        assertThat(properties.adminClientId()).isEqualTo("admin-cli");
        assertThat(properties.adminUsername()).isEqualTo("admin");
        assertThat(properties.adminPassword()).isNull();
        assertThat(properties.devClients()).isTrue();
        assertThat(properties.local().dataDir()).isEqualTo(Path.of(".data/keycloak"));
        assertThat(properties.local().port()).isEqualTo(8180);
        assertThat(properties.local().startTimeout()).isEqualTo(Duration.ofMinutes(3));
    }

    @Test
    void aUrlSwitchesToTheExternalKeycloak() {
        KeycloakProperties properties = bind(Map.of(
                "cuocthi.keycloak.url", "https://id.cuocthi.vn",
                "cuocthi.keycloak.admin-password", "secret",
                "cuocthi.keycloak.dev-clients", "false"));

        assertThat(properties.startsLocal()).isFalse();
        assertThat(properties.url()).isEqualTo(URI.create("https://id.cuocthi.vn"));
        assertThat(properties.devClients()).isFalse();
    }

    @Test
    void noUrlAndNoLocalKeycloakIsAConfigurationError() {
        assertThatThrownBy(() -> bind(Map.of("cuocthi.keycloak.local.enabled", "false")))
                .isInstanceOf(BindException.class)
                .rootCause().hasMessageContaining("there is no Keycloak");
    }
}
