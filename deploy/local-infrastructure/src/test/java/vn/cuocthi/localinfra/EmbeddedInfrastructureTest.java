package vn.cuocthi.localinfra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import vn.cuocthi.localinfra.keycloak.LocalKeycloak;

/**
 * What the local infrastructure starts and refuses, without starting a server: every case here either refuses before
 * anything starts or finds everything configured. bin/run and the deploy tests start the real servers.
 */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedInfrastructureTest {

    private static final String POSTGRES = "spring.datasource.url=jdbc:postgresql://db.example:5432/cuocthi";
    private static final String REDIS = "spring.data.redis.host=redis.example";
    private static final String KEYCLOAK = "cuocthi.keycloak.url=https://id.example";

    @Test
    void theApplicationRefusesToStartInProductionWithNoDatabaseAndSaysWhatToSet(CapturedOutput output) {
        SpringApplication application = new SpringApplication(NothingElse.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setDefaultProperties(Map.of("cuocthi.profile", "production", "cuocthi.data-dir",
                Path.of("target", "refused-data").toString()));

        assertThatThrownBy(application::run).isInstanceOf(EmbeddedServicesRefused.class);

        assertThat(output).contains("CUOCTHI_PROFILE=production starts no embedded services; set SPRING_DATASOURCE_URL"
                + " (PostgreSQL), SPRING_DATA_REDIS_HOST or SPRING_DATA_REDIS_URL (Redis), CUOCTHI_KEYCLOAK_URL (Keycloak)");
        assertThat(output).as("one clear line, not a stack trace").doesNotContain("at vn.cuocthi.localinfra");
        assertThat(Path.of("target", "refused-data")).as("no embedded database was created").doesNotExist();
        assertThat(EmbeddedRedisServer.current()).as("no embedded Redis was started").isNull();
    }

    @Test
    void productionNamesOnlyTheServicesLeftOut() {
        StandardEnvironment environment = environment("cuocthi.profile=production", POSTGRES, REDIS);

        assertThatThrownBy(() -> postProcess(environment))
                .isInstanceOf(EmbeddedServicesRefused.class)
                .hasMessage("CUOCTHI_PROFILE=production starts no embedded services; set CUOCTHI_KEYCLOAK_URL (Keycloak)");
    }

    @Test
    void productionWithEveryServiceConfiguredStartsNothing() {
        StandardEnvironment environment = environment("cuocthi.profile=production", POSTGRES, REDIS, KEYCLOAK);

        postProcess(environment);

        assertThat(environment.getPropertySources().contains(EmbeddedInfrastructure.PROPERTY_SOURCE)).isFalse();
    }

    @Test
    void aLocalRunBesideExternalServicesStartsNothingButGetsItsOwnDataKeys() {
        StandardEnvironment environment = environment("cuocthi.embedded.ephemeral=true", POSTGRES, REDIS, KEYCLOAK);

        postProcess(environment);

        assertThat(environment.getPropertySources().contains(EmbeddedInfrastructure.PROPERTY_SOURCE)).isFalse();
        assertThat(environment.getPropertySources().contains(EmbeddedInfrastructure.LOCAL_KEYS_SOURCE)).isTrue();
        assertThat(environment.getProperty(LocalDataKeys.SEALING)).isNotBlank();
    }

    @Test
    void aProductionMigrationNeedsOnlyTheDatabase() {
        StandardEnvironment environment = environment("cuocthi.profile=PRODUCTION", "cuocthi.migrate-only=true", POSTGRES);

        postProcess(environment);

        assertThat(environment.getPropertySources().contains(EmbeddedInfrastructure.PROPERTY_SOURCE)).isFalse();
    }

    @Test
    void anUnknownProfileIsRefusedRatherThanTakenForLocal() {
        // "prod" meant production; starting embedded services for it would be the silent failure this guards against
        assertThatThrownBy(() -> postProcess(environment("cuocthi.profile=prod", POSTGRES, REDIS, KEYCLOAK)))
                .isInstanceOf(EmbeddedServicesRefused.class)
                .hasMessage("CUOCTHI_PROFILE must be local or production, not \"prod\"");
    }

    @Test
    void noUrlAndNoLocalKeycloakIsAConfigurationError() {
        assertThatThrownBy(() -> postProcess(environment("cuocthi.keycloak.local.enabled=false", POSTGRES, REDIS)))
                .isInstanceOf(EmbeddedServicesRefused.class)
                .hasMessage("CUOCTHI_KEYCLOAK_LOCAL_ENABLED=false starts no embedded services; set CUOCTHI_KEYCLOAK_URL (Keycloak)");
    }

    @Test
    void theLocalKeycloakKeepsItsDataInTheDataFolderOnAFixedPort() {
        Path dataDir = Path.of("/srv/cuocthi/.data");

        LocalKeycloak.Settings settings = EmbeddedInfrastructure.localKeycloakSettings(environment(), dataDir, false);

        assertThat(settings.dataDir()).isEqualTo(dataDir.resolve("keycloak"));
        assertThat(settings.httpPort()).as("issuer URLs contain it, so they survive restarts").isEqualTo(8180);
        assertThat(settings.adminUsername()).isEqualTo("admin");
        assertThat(settings.adminPassword()).as("generated and kept in the data folder").isNull();
        assertThat(settings.startTimeout()).isEqualTo(Duration.ofMinutes(3));
    }

    @Test
    void testsGetAThrowAwayKeycloakOnAFreePort() {
        LocalKeycloak.Settings settings = EmbeddedInfrastructure.localKeycloakSettings(environment(),
                Path.of("/srv/cuocthi/.data"), true);

        assertThat(settings.httpPort()).isZero();
        assertThat(settings.dataDir()).startsWithRaw(Path.of(System.getProperty("java.io.tmpdir")));
    }

    private static void postProcess(StandardEnvironment environment) {
        new EmbeddedInfrastructure().postProcessEnvironment(environment, new SpringApplication());
    }

    private static StandardEnvironment environment(String... properties) {
        Map<String, Object> map = new HashMap<>();
        for (String property : properties) {
            String[] nameAndValue = property.split("=", 2);
            map.put(nameAndValue[0], nameAndValue[1]);
        }
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", map));
        return environment;
    }

    @Configuration(proxyBeanMethods = false)
    static class NothingElse {
    }
}
