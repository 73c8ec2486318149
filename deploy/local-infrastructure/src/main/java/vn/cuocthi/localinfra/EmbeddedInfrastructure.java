package vn.cuocthi.localinfra;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import vn.cuocthi.localinfra.keycloak.LocalKeycloak;

/**
 * With no database, Redis or Keycloak configured, starts embedded PostgreSQL and Redis and a local Keycloak and
 * points the ordinary properties at them, so the rest of the application runs the same code path as in production.
 * Runs after the configuration files are read; the servers live once per JVM and stop when it exits. With
 * {@code cuocthi.profile=production} it starts nothing and refuses to go on while a service is missing
 * ({@link MissingServices}).
 */
public class EmbeddedInfrastructure implements EnvironmentPostProcessor, Ordered {

    /** The property source this adds; its presence tells that something embedded runs. */
    public static final String PROPERTY_SOURCE = "cuocthiEmbeddedInfrastructure";

    /** Where a local run's generated personal-data keys are (not production: it must bring its own). */
    public static final String LOCAL_KEYS_SOURCE = "cuocthiLocalDataKeys";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        MissingServices missing = MissingServices.in(environment);
        missing.refuseWhereNotAllowed(environment);
        Map<String, Object> properties = new HashMap<>();
        boolean ephemeral = environment.getProperty("cuocthi.embedded.ephemeral", Boolean.class, false);
        Path dataDir = Path.of(environment.getProperty("cuocthi.data-dir", ".data")).toAbsolutePath().normalize();
        // Keycloak takes the longest to start: it starts on its own thread while PostgreSQL and Redis start here
        CompletableFuture<LocalKeycloak> keycloak = !missing.keycloak() ? null : CompletableFuture.supplyAsync(
                () -> EmbeddedKeycloak.start(localKeycloakSettings(environment, dataDir, ephemeral), ephemeral));
        if (missing.database()) {
            EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(ephemeral ? null : dataDir.resolve("postgres"));
            properties.put("spring.datasource.url", postgres.jdbcUrl());
            properties.put("spring.datasource.username", EmbeddedPostgresServer.USER);
            properties.put("spring.datasource.password", "");
            if (!environment.containsProperty("cuocthi.demo.enabled")) {
                properties.put("cuocthi.demo.enabled", true); // a local run shows the demo provinces
            }
        }
        if (missing.redis()) {
            EmbeddedRedisServer redis = EmbeddedRedisServer.start();
            properties.put("spring.data.redis.host", "127.0.0.1");
            properties.put("spring.data.redis.port", redis.port());
        }
        if (keycloak != null) {
            LocalKeycloak local = keycloak.join();
            properties.put("cuocthi.keycloak.url", local.url().toString());
            properties.put("cuocthi.keycloak.admin-username", local.adminUsername());
            properties.put("cuocthi.keycloak.admin-password", local.adminPassword());
            if (!environment.containsProperty("cuocthi.identity.operator.username")) {
                // a local run gets an operator (and demo staff, see DemoProvinces) with one password kept in the data folder
                properties.put("cuocthi.identity.operator.username", "operator");
                properties.put("cuocthi.identity.operator.password", DemoPassword.readOrCreate(dataDir));
            }
        }
        if (!properties.isEmpty()) {
            environment.getPropertySources().addLast(new MapPropertySource(PROPERTY_SOURCE, properties));
        }
        if (!production(environment) && MissingServices.isBlank(environment.getProperty(LocalDataKeys.SEALING))) {
            // keys of a local run are no embedded service: their own source, also beside external servers
            environment.getPropertySources().addLast(new MapPropertySource(LOCAL_KEYS_SOURCE,
                    new HashMap<>(LocalDataKeys.readOrCreate(dataDir, ephemeral)))); // production must bring its own
        }
    }

    private static boolean production(ConfigurableEnvironment environment) {
        return MissingServices.PRODUCTION.equalsIgnoreCase(environment.getProperty(MissingServices.PROFILE, "local").strip());
    }

    /** {@code cuocthi.keycloak.local.*}, with defaults that follow the data folder (tests: a throw-away one). */
    static LocalKeycloak.Settings localKeycloakSettings(ConfigurableEnvironment environment, Path dataDir,
                                                       boolean ephemeral) {
        String configuredDir = environment.getProperty("cuocthi.keycloak.local.data-dir");
        Path keycloakDir = configuredDir != null ? Path.of(configuredDir)
                : ephemeral ? Path.of(System.getProperty("java.io.tmpdir"), "cuocthi-keycloak-" + ProcessHandle.current().pid())
                : dataDir.resolve("keycloak");
        String distHome = environment.getProperty("cuocthi.keycloak.local.dist-home");
        return new LocalKeycloak.Settings(keycloakDir,
                environment.getProperty("cuocthi.keycloak.local.port", Integer.class, ephemeral ? 0 : 8180),
                environment.getProperty("cuocthi.keycloak.admin-username", "admin"),
                environment.getProperty("cuocthi.keycloak.admin-password"),
                MissingServices.isBlank(distHome) ? null : Path.of(distHome),
                environment.getProperty("cuocthi.keycloak.local.start-timeout", Duration.class, Duration.ofMinutes(3)));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
