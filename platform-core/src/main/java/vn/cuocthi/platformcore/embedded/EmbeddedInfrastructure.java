package vn.cuocthi.platformcore.embedded;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * With no database or Redis configured, starts embedded PostgreSQL and Redis and points the ordinary
 * Spring Boot properties at them, so the rest of the application runs the same code path as in production.
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
        if (isBlank(environment.getProperty("spring.datasource.url"))) {
            boolean ephemeral = environment.getProperty("cuocthi.embedded.ephemeral", Boolean.class, false);
            Path dataDir = Path.of(environment.getProperty("cuocthi.data-dir", ".data")).toAbsolutePath().normalize();
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
        if (!properties.isEmpty()) {
            environment.getPropertySources().addLast(new MapPropertySource("cuocthiEmbeddedInfrastructure", properties));
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
