package vn.cuocthi.localinfra;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import vn.cuocthi.localinfra.keycloak.LocalKeycloak;

/**
 * A local Keycloak (from the Maven Central distribution) per data folder and JVM, started when no external
 * Keycloak is configured. Tests use a throw-away folder on a free port.
 */
final class EmbeddedKeycloak {

    private static final Map<Path, LocalKeycloak> RUNNING = new ConcurrentHashMap<>();

    private EmbeddedKeycloak() {
    }

    static LocalKeycloak start(LocalKeycloak.Settings settings, boolean fresh) {
        return RUNNING.computeIfAbsent(settings.dataDir(), ignored -> {
            LocalKeycloak keycloak = fresh ? LocalKeycloak.startFresh(settings) : LocalKeycloak.start(settings);
            // its server JVM dies with this one; kc.sh, its parent, then ends by itself
            keycloak.processes().forEach(process -> Watchdog.stopWithThisJvm(process, "TERM", "Keycloak"));
            return keycloak;
        });
    }
}
