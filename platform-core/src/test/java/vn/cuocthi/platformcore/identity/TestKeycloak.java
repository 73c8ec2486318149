package vn.cuocthi.platformcore.identity;

import java.nio.file.Path;
import java.time.Duration;

import vn.cuocthi.localinfra.keycloak.LocalKeycloak;

/**
 * The one real Keycloak of a test JVM, started on first use by {@link KeycloakExtension} and stopped when the test
 * run ends. It starts fresh ({@link LocalKeycloak#startFresh}), so every run begins with a Keycloak that knows
 * nothing.
 */
final class TestKeycloak implements AutoCloseable {

    private LocalKeycloak keycloak;
    private KeycloakAdminClient admin;

    private TestKeycloak(LocalKeycloak keycloak) {
        use(keycloak);
    }

    static TestKeycloak start() {
        Path dataDir = Path.of(System.getProperty("cuocthi.keycloak.test-data", "target/identity-keycloak"));
        LocalKeycloak keycloak = LocalKeycloak.startFresh(new LocalKeycloak.Settings(dataDir, 0, "admin", null, null,
                Duration.ofMinutes(4)));
        System.out.printf("Test Keycloak ready at %s in %.1f s%n", keycloak.url(), keycloak.startTime().toMillis() / 1000.0);
        return new TestKeycloak(keycloak);
    }

    LocalKeycloak keycloak() {
        return keycloak;
    }

    KeycloakAdminClient admin() {
        return admin;
    }

    KeycloakProvisioner provisioner() {
        return new KeycloakProvisioner(admin, true);
    }

    KeycloakProvisioner provisionerWithoutDevClients() {
        return new KeycloakProvisioner(admin, false);
    }

    /** Stops and starts the server on the same port and data, as a developer restarting bin/run would. */
    synchronized LocalKeycloak restart() {
        use(keycloak.restart());
        return keycloak;
    }

    @Override
    public synchronized void close() {
        keycloak.stop();
    }

    private void use(LocalKeycloak started) {
        this.keycloak = started;
        this.admin = KeycloakAdminClient.create(started.url(), new KeycloakAdminClient.AdminCredentials(
                started.adminRealm(), "admin-cli", started.adminUsername(), started.adminPassword()));
    }
}
