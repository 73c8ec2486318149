package vn.cuocthi.platformcore.embedded;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import vn.cuocthi.platformcore.identity.LocalKeycloak;

/**
 * With no database, Redis or Keycloak configured, starts embedded PostgreSQL and Redis and a local Keycloak and
 * points the ordinary properties at them, so the rest of the application runs the same code path as in production.
 * Runs after the configuration files are read; the servers live once per JVM and stop when it exits.
 */
public class EmbeddedInfrastructure implements EnvironmentPostProcessor, Ordered {

    static final String EMBEDDED_DATABASE = "cuocthi.embedded.database";
    private static final List<String> REDIS_SETTINGS = List.of("spring.data.redis.url", "spring.data.redis.host",
            "spring.data.redis.cluster.nodes", "spring.data.redis.sentinel.master");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> properties = new HashMap<>();
        boolean migrateOnly = environment.getProperty("cuocthi.migrate-only", Boolean.class, false);
        boolean ephemeral = environment.getProperty("cuocthi.embedded.ephemeral", Boolean.class, false);
        Path dataDir = Path.of(environment.getProperty("cuocthi.data-dir", ".data")).toAbsolutePath().normalize();
        // Keycloak takes the longest to start: it starts on its own thread while PostgreSQL and Redis start here
        CompletableFuture<LocalKeycloak> keycloak = migrateOnly || !startsLocalKeycloak(environment)
                ? null : CompletableFuture.supplyAsync(() -> startKeycloak(environment, dataDir, ephemeral));
        if (isBlank(environment.getProperty("spring.datasource.url"))) {
            EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(ephemeral ? null : dataDir.resolve("postgres"));
            properties.put("spring.datasource.url", postgres.jdbcUrl());
            properties.put("spring.datasource.username", EmbeddedPostgresServer.USER);
            properties.put("spring.datasource.password", "");
            properties.put(EMBEDDED_DATABASE, true);
            if (!environment.containsProperty("cuocthi.demo.enabled")) {
                properties.put("cuocthi.demo.enabled", true); // a local run shows the demo provinces
            }
        }
        if (!migrateOnly && REDIS_SETTINGS.stream().allMatch(name -> isBlank(environment.getProperty(name)))) {
            EmbeddedRedisServer redis = EmbeddedRedisServer.start();
            properties.put("spring.data.redis.host", "127.0.0.1");
            properties.put("spring.data.redis.port", redis.port());
        }
        if (keycloak != null) {
            LocalKeycloak local = keycloak.join();
            properties.put("cuocthi.keycloak.url", local.url().toString());
            properties.put("cuocthi.keycloak.admin-username", local.adminUsername());
            properties.put("cuocthi.keycloak.admin-password", local.adminPassword());
            properties.put("cuocthi.embedded.keycloak", true);
            if (!environment.containsProperty("cuocthi.identity.operator.username")) {
                // a local run gets an operator (and demo staff, see DemoProvinces) with one password kept in the data folder
                properties.put("cuocthi.identity.operator.username", "operator");
                properties.put("cuocthi.identity.operator.password", DemoPassword.readOrCreate(dataDir));
            }
        }
        if (!properties.isEmpty()) {
            environment.getPropertySources().addLast(new MapPropertySource("cuocthiEmbeddedInfrastructure", properties));
        }
    }

    private static boolean startsLocalKeycloak(ConfigurableEnvironment environment) {
        return isBlank(environment.getProperty("cuocthi.keycloak.url"))
                && environment.getProperty("cuocthi.keycloak.local.enabled", Boolean.class, true);
    }

    private static LocalKeycloak startKeycloak(ConfigurableEnvironment environment, Path dataDir, boolean ephemeral) {
        String configuredDir = environment.getProperty("cuocthi.keycloak.local.data-dir");
        Path keycloakDir = configuredDir != null ? Path.of(configuredDir)
                : ephemeral ? Path.of(System.getProperty("java.io.tmpdir"), "cuocthi-keycloak-" + ProcessHandle.current().pid())
                : dataDir.resolve("keycloak");
        String distHome = environment.getProperty("cuocthi.keycloak.local.dist-home");
        return EmbeddedKeycloak.start(keycloakDir,
                environment.getProperty("cuocthi.keycloak.local.port", Integer.class, ephemeral ? 0 : 8180),
                environment.getProperty("cuocthi.keycloak.admin-username", "admin"),
                environment.getProperty("cuocthi.keycloak.admin-password"),
                isBlank(distHome) ? null : Path.of(distHome),
                environment.getProperty("cuocthi.keycloak.local.start-timeout", Duration.class, Duration.ofMinutes(3)),
                ephemeral);
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
