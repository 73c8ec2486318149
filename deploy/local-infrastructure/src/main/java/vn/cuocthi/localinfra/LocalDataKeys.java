package vn.cuocthi.localinfra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/**
 * The personal-data keys of a local run ({@code cuocthi.data-keys}, {@code cuocthi.data-lookup-key}), made once and
 * kept in {@code <data dir>/data-keys} beside the database they open, so a fresh machine works and a restart still
 * reads its contestants; an ephemeral run (tests) gets keys of its own, one pair per JVM. Production brings its own (the application
 * refuses to start without them) and never gets these.
 */
final class LocalDataKeys {

    static final String SEALING = "cuocthi.data-keys";
    static final String LOOKUP = "cuocthi.data-lookup-key";

    private LocalDataKeys() {
    }

    static Map<String, Object> readOrCreate(Path dataDir, boolean ephemeral) {
        if (ephemeral) {
            return Ephemeral.KEYS;
        }
        Path file = dataDir.resolve("data-keys");
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(dataDir);
                Files.writeString(file, SEALING + "=1:" + random() + "\n" + LOOKUP + "=" + random() + "\n");
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
            java.util.Properties keys = new java.util.Properties();
            try (var reader = Files.newBufferedReader(file)) {
                keys.load(reader);
            }
            return Map.of(SEALING, keys.getProperty(SEALING, ""), LOOKUP, keys.getProperty(LOOKUP, ""));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep the personal-data keys in " + file, e);
        }
    }

    /**
     * An ephemeral run's keys, made once per JVM: every application context of the JVM uses its one embedded
     * database (a test's second node), and like the nodes of a deployment they must open each other's data.
     */
    private static final class Ephemeral {
        static final Map<String, Object> KEYS = Map.of(SEALING, "1:" + random(), LOOKUP, random());
    }

    private static String random() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
