package vn.cuocthi.localinfra.keycloak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The distribution and the starter without a running server; platform-core's identity tests run one. */
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
                .hasMessageContaining("./mvnw -pl deploy/local-infrastructure generate-resources");
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
    void theServerIsBuiltWithTheOptionsItIsStartedWith(@TempDir Path temp) throws Exception {
        KeycloakDistribution distribution = KeycloakDistribution.locate(null);
        distribution.ensureOptimizedBuild(temp.resolve("keycloak-build.log"));

        assertThat(distribution.persistedBuildOptions()).isEqualTo(KeycloakDistribution.BUILD_OPTIONS);
    }

    @Test
    void aPortOutsideTheRangeIsAConfigurationError(@TempDir Path temp) {
        assertThatThrownBy(() -> new LocalKeycloak.Settings(temp, 70000, "admin", null, null, Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cuocthi.keycloak.local.port must be 0..65535");
    }
}
