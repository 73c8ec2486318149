package vn.cuocthi.platformcore.embedded;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import vn.cuocthi.platformcore.identity.LocalKeycloak;

/**
 * A local Keycloak (from the Maven Central distribution) per data folder and JVM, started when no external
 * Keycloak is configured. Tests use a throw-away folder on a free port.
 */
final class EmbeddedKeycloak {

    private static final Map<Path, LocalKeycloak> RUNNING = new ConcurrentHashMap<>();

    private EmbeddedKeycloak() {
    }

    static LocalKeycloak start(Path dataDir, int port, String adminUsername, String adminPassword, Path distHome,
                               Duration timeout, boolean fresh) {
        Path key = dataDir.toAbsolutePath().normalize();
        return RUNNING.computeIfAbsent(key, ignored -> {
            LocalKeycloak.Settings settings = new LocalKeycloak.Settings(key, port, adminUsername, adminPassword, distHome, timeout);
            return fresh ? LocalKeycloak.startFresh(settings) : LocalKeycloak.start(settings);
        });
    }
}
