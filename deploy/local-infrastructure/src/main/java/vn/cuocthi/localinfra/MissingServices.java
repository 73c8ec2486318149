package vn.cuocthi.localinfra;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Which of PostgreSQL, Redis and Keycloak the configuration leaves out, and so would be started here. A migrate-only
 * run needs only the database.
 *
 * <p>{@code cuocthi.profile} ({@code CUOCTHI_PROFILE}) is {@code local} (the default) or {@code production}. In
 * production nothing embedded may start: a forgotten variable would otherwise give a node its own empty database and
 * Redis, serving a platform that looks alive but shares nothing with the others.
 */
record MissingServices(boolean database, boolean redis, boolean keycloak) {

    static final String PROFILE = "cuocthi.profile";
    static final String PRODUCTION = "production";
    private static final List<String> PROFILES = List.of("local", PRODUCTION);
    private static final List<String> REDIS_SETTINGS = List.of("spring.data.redis.url", "spring.data.redis.host",
            "spring.data.redis.cluster.nodes", "spring.data.redis.sentinel.master");

    static MissingServices in(ConfigurableEnvironment environment) {
        boolean migrateOnly = environment.getProperty("cuocthi.migrate-only", Boolean.class, false);
        return new MissingServices(
                isBlank(environment.getProperty("spring.datasource.url")),
                !migrateOnly && REDIS_SETTINGS.stream().allMatch(name -> isBlank(environment.getProperty(name))),
                !migrateOnly && isBlank(environment.getProperty("cuocthi.keycloak.url")));
    }

    /**
     * Throws when a missing service may not be embedded: any of them in production, Keycloak also when the local one
     * is switched off ({@code cuocthi.keycloak.local.enabled=false}).
     *
     * @throws EmbeddedServicesRefused naming the variables to set
     */
    void refuseWhereNotAllowed(ConfigurableEnvironment environment) {
        String profile = environment.getProperty(PROFILE, "local").strip().toLowerCase(Locale.ROOT);
        if (!PROFILES.contains(profile)) {
            throw new EmbeddedServicesRefused("CUOCTHI_PROFILE must be local or production, not \""
                    + environment.getProperty(PROFILE) + "\"");
        }
        boolean production = profile.equals(PRODUCTION);
        boolean localKeycloak = environment.getProperty("cuocthi.keycloak.local.enabled", Boolean.class, true);
        List<String> toSet = new ArrayList<>();
        if (production && database) {
            toSet.add("SPRING_DATASOURCE_URL (PostgreSQL)");
        }
        if (production && redis) {
            toSet.add("SPRING_DATA_REDIS_HOST or SPRING_DATA_REDIS_URL (Redis)");
        }
        if ((production || !localKeycloak) && keycloak) {
            toSet.add("CUOCTHI_KEYCLOAK_URL (Keycloak)");
        }
        if (!toSet.isEmpty()) {
            throw new EmbeddedServicesRefused((production ? "CUOCTHI_PROFILE=production" : "CUOCTHI_KEYCLOAK_LOCAL_ENABLED=false")
                    + " starts no embedded services; set " + String.join(", ", toSet));
        }
    }

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
