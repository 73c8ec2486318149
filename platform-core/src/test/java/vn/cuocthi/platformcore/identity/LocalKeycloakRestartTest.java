package vn.cuocthi.platformcore.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import vn.cuocthi.localinfra.keycloak.LocalKeycloak;

/** The local Keycloak the tests and bin/run use: the production profile of Keycloak, and data kept across restarts. */
@ExtendWith(KeycloakExtension.class)
class LocalKeycloakRestartTest {

    @Test
    void theServerRunsInKeycloaksProductionProfile(TestKeycloak keycloak) {
        assertThat(keycloak.keycloak().isRunning()).isTrue();
        assertThat(keycloak.keycloak().logFile()).content().contains("Profile prod activated");
    }

    @Test
    void dataSurvivesARestartOnTheSamePort(TestKeycloak keycloak) {
        KeycloakProvisioner provisioner = keycloak.provisioner();
        // caobang may exist already (other tests provision it the same way); creating a realm is the slow part.
        ProvinceRealm before = provisioner.provisionProvince("caobang", "Cao Bằng", "quantri.caobang",
                "Tam-thoi-2026!", List.of(URI.create("http://caobang.localhost:8080")));
        var urlBefore = keycloak.keycloak().url();

        LocalKeycloak restarted = keycloak.restart();
        System.out.printf("Test Keycloak restarted in %.1f s%n", restarted.startTime().toMillis() / 1000.0);

        assertThat(restarted.url()).isEqualTo(urlBefore);
        ProvinceRealm after = keycloak.provisioner().provisionProvince("caobang", "Cao Bằng", "quantri.caobang",
                "Tam-thoi-2026!", List.of(URI.create("http://caobang.localhost:8080")));
        assertThat(after).isEqualTo(before);
    }
}
