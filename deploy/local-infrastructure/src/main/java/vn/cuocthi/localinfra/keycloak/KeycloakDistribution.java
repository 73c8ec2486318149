package vn.cuocthi.localinfra.keycloak;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

/**
 * The Keycloak server distribution unpacked from {@code org.keycloak:keycloak-quarkus-dist} (by the
 * {@code unpack-keycloak} execution of local-infrastructure's pom), and its one-off optimized build.
 *
 * <p>The unpacked folder is shared by every checkout and run on the machine, so it is treated as read-only except for
 * two things written under a file lock: the optimized build (always with the same options, see
 * {@link #BUILD_OPTIONS}) and the JVM's AOT cache. Everything that belongs to one server (database, logs,
 * transaction log) goes to that server's data folder instead.
 */
public final class KeycloakDistribution {

    /** Must match {@code keycloak.version} in the parent pom; a test checks that they agree. */
    public static final String DEFAULT_VERSION = "26.7.3";

    /**
     * Build-time options. {@code kc.sh build} bakes these into the server once (about 30 s on two cores), so that
     * every start can use {@code --optimized} and skip Quarkus' augmentation. Changing them means one rebuild.
     */
    static final Map<String, String> BUILD_OPTIONS = Map.of(
            "db", "dev-file",
            "health-enabled", "true");

    private static final String PERSISTED_OPTIONS = "META-INF/keycloak-persisted.properties";
    private static final Duration BUILD_TIMEOUT = Duration.ofMinutes(5);
    /** FileLock is per process; this keeps two threads of one JVM from both taking it (OverlappingFileLockException). */
    private static final ReentrantLock IN_PROCESS_LOCK = new ReentrantLock();

    private final Path home;

    private KeycloakDistribution(Path home) {
        this.home = home;
    }

    /** Where the pom unpacks the default version: {@code ~/.cache/cuocthi/keycloak/keycloak-<version>}. */
    public static Path defaultHome() {
        return Path.of(System.getProperty("user.home"), ".cache", "cuocthi", "keycloak", "keycloak-" + DEFAULT_VERSION);
    }

    /**
     * The distribution at {@code configured}, or else at the {@code cuocthi.keycloak.local.dist-home} system property
     * (the test run sets it from the pom), or else at {@link #defaultHome()}.
     *
     * @throws IllegalStateException with what to run when it is not there
     */
    public static KeycloakDistribution locate(Path configured) {
        Path home = configured != null ? configured
                : System.getProperty("cuocthi.keycloak.local.dist-home") != null
                        ? Path.of(System.getProperty("cuocthi.keycloak.local.dist-home"))
                        : defaultHome();
        home = home.toAbsolutePath().normalize();
        if (!Files.isRegularFile(home.resolve("bin/kc.sh")) || !Files.isRegularFile(home.resolve("lib/quarkus-run.jar"))) {
            throw new IllegalStateException("No Keycloak distribution at " + home + " (bin/kc.sh and lib/quarkus-run.jar"
                    + " are missing). Maven unpacks it there from org.keycloak:keycloak-quarkus-dist: run"
                    + " `./mvnw -pl deploy/local-infrastructure generate-resources` (bin/run and bin/test do it as part of the build),"
                    + " or point cuocthi.keycloak.local.dist-home at an unpacked keycloak-" + DEFAULT_VERSION + ".");
        }
        return new KeycloakDistribution(home);
    }

    public Path home() {
        return home;
    }

    Path kcScript() {
        return home.resolve("bin/kc.sh");
    }

    /**
     * Runs {@code kc.sh build} unless the server is already built with {@link #BUILD_OPTIONS}. The check reads the
     * options Keycloak itself persisted at its last build, so a build made by anyone else with other options is
     * noticed and redone rather than trusted.
     *
     * @return whether a build ran
     */
    boolean ensureOptimizedBuild(Path buildLog) {
        IN_PROCESS_LOCK.lock();
        try (FileChannel channel = FileChannel.open(home.resolve(".cuocthi-build.lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock ignored = channel.lock()) {
            if (BUILD_OPTIONS.equals(persistedBuildOptions())) {
                return false;
            }
            build(buildLog);
            if (!BUILD_OPTIONS.equals(persistedBuildOptions())) {
                throw new IllegalStateException("kc.sh build finished but the server reports build options "
                        + persistedBuildOptions() + " instead of " + BUILD_OPTIONS + "; see " + buildLog);
            }
            // Profiles recorded against the old build would only be stale weight.
            deleteAotCaches();
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not build Keycloak in " + home, e);
        } finally {
            IN_PROCESS_LOCK.unlock();
        }
    }

    /** The build options Keycloak recorded (without its bookkeeping keys), empty when it was never built. */
    Map<String, String> persistedBuildOptions() throws IOException {
        Path generated = home.resolve("lib/quarkus/generated-bytecode.jar");
        Map<String, String> options = new TreeMap<>();
        if (!Files.isRegularFile(generated)) {
            return options;
        }
        try (JarFile jar = new JarFile(generated.toFile())) {
            ZipEntry entry = jar.getEntry(PERSISTED_OPTIONS);
            if (entry == null) {
                return options;
            }
            Properties properties = new Properties();
            try (InputStream in = jar.getInputStream(entry)) {
                properties.load(in);
            }
            for (String key : properties.stringPropertyNames()) {
                // kc.optimized / kc.profile / quarkus.profile describe the build itself, not our options.
                if (key.startsWith("kc.") && !key.equals("kc.optimized") && !key.equals("kc.profile")) {
                    options.put(key.substring("kc.".length()), properties.getProperty(key));
                }
            }
        }
        return options;
    }

    private void build(Path buildLog) throws IOException {
        List<String> command = new ArrayList<>(List.of("/bin/sh", kcScript().toString(), "build"));
        new TreeMap<>(BUILD_OPTIONS).forEach((name, value) -> command.add("--" + name + "=" + value));
        Files.createDirectories(buildLog.getParent());
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(buildLog.toFile());
        prepareEnvironment(builder.environment());
        Process process = builder.start();
        try {
            if (!process.waitFor(BUILD_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new IllegalStateException("kc.sh build did not finish within " + BUILD_TIMEOUT + "; last lines of "
                        + buildLog + ":\n" + LogTail.of(buildLog));
            }
        } catch (InterruptedException e) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while building Keycloak", e);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("kc.sh build failed with exit code " + process.exitValue() + "; last lines of "
                    + buildLog + ":\n" + LogTail.of(buildLog));
        }
    }

    /**
     * The JVM running this code runs Keycloak too (one JDK to install), and nothing inherited may change Keycloak's
     * configuration behind our back: KC_* and QUARKUS_* variables would, JAVA_OPTS would drop kc.sh's JVM defaults.
     */
    static void prepareEnvironment(Map<String, String> environment) {
        environment.keySet().removeIf(name -> name.startsWith("KC_") || name.startsWith("QUARKUS_")
                || name.equals("JAVA") || name.startsWith("JAVA_OPTS") || name.equals("JAVA_ADD_OPENS")
                || name.equals("JAVA_LOCALE") || name.equals("DEBUG") || name.equals("PRINT_ENV"));
        environment.put("JAVA_HOME", System.getProperty("java.home"));
    }

    /**
     * Where the JVM's AOT cache for this distribution and this exact JVM lives (JDK 25+: classes loaded and linked
     * ahead of time, about a third off the start-up). Keyed by the JVM because a cache only fits the JVM that made it.
     */
    Path aotCache() {
        String jvm = Runtime.version() + "-" + Integer.toHexString(System.getProperty("java.home").hashCode());
        return home.resolve(".cuocthi-aot").resolve("keycloak-" + jvm.replaceAll("[^A-Za-z0-9._-]", "_") + ".aot");
    }

    /**
     * Where {@link LocalKeycloak#startFresh} keeps the database of a just-initialised server for this distribution and
     * bootstrap admin (the admin is in the database, so a different one needs its own copy).
     */
    Path emptyDatabaseTemplate(String adminUsername, String adminPassword) {
        String admin = adminPassword == null || adminPassword.isBlank() ? "generated-password"
                : sha256(adminUsername + "\0" + adminPassword).substring(0, 16);
        return home.resolve(".cuocthi-empty-db").resolve(adminUsername.replaceAll("[^A-Za-z0-9._-]", "_") + "-" + admin);
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void deleteAotCaches() throws IOException {
        Path folder = aotCache().getParent();
        if (Files.isDirectory(folder)) {
            try (var files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    @Override
    public String toString() {
        return "Keycloak distribution at " + home;
    }
}
