package vn.cuocthi.platformcore.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(KeycloakExtension.class)
class LocalKeycloakTest {

    @Test
    void theJavaDefaultVersionIsTheOneThePomUnpacks() {
        // bin/run starts Keycloak outside Maven and finds the distribution by KeycloakDistribution.DEFAULT_VERSION.
        assertThat(KeycloakDistribution.DEFAULT_VERSION).isEqualTo(System.getProperty("cuocthi.keycloak.version"));
        assertThat(KeycloakDistribution.locate(null).home())
                .isEqualTo(Path.of(System.getProperty("cuocthi.keycloak.local.dist-home")).toAbsolutePath().normalize());
    }

    @Test
    void aMissingDistributionIsReportedWithWhatToRun(@TempDir Path empty) {
        LocalKeycloak.Settings settings = new LocalKeycloak.Settings(empty.resolve("data"), 0, "admin", null,
                empty.resolve("no-keycloak-here"), Duration.ofSeconds(10));

        assertThatThrownBy(() -> LocalKeycloak.start(settings))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("No Keycloak distribution at " + empty.resolve("no-keycloak-here"))
                .hasMessageContaining("./mvnw -pl platform-core generate-resources");
    }

    @Test
    void aServerNotReadyInTimeIsStoppedAndReportedWithItsLog(@TempDir Path temp) {
        LocalKeycloak.Settings settings = new LocalKeycloak.Settings(temp.resolve("data"), 0, "admin", null, null,
                Duration.ofSeconds(1));

        assertThatThrownBy(() -> LocalKeycloak.start(settings))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Keycloak was not ready within PT1S")
                .hasMessageContaining("Last lines of " + temp.resolve("data/keycloak.log"));
        // Nothing is left running on that folder (the JVM, not only kc.sh, got the signal).
        assertThat(ProcessHandle.allProcesses()
                .filter(process -> process.isAlive() && process.info().commandLine().orElse("").contains(temp.toString())))
                .isEmpty();
    }

    @Test
    void theServerIsBuiltWithTheOptionsItIsStartedWith(TestKeycloak keycloak) throws Exception {
        assertThat(KeycloakDistribution.locate(null).persistedBuildOptions())
                .isEqualTo(KeycloakDistribution.BUILD_OPTIONS);
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
