package vn.cuocthi.localinfra.keycloak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Keycloak running as a child process of this JVM, for local runs and tests: no Docker, no download beyond
 * Maven Central's {@code keycloak-quarkus-dist}.
 *
 * <p>It runs on the JVM that runs this code, listens on loopback only, keeps its database (H2 "dev-file"), log and
 * generated admin password in {@code dataDir} across restarts, and names itself {@code http://localhost:<port>} in
 * every issuer URL whichever address a client used. {@link #start} returns once Keycloak reports ready, or throws
 * with the end of its log; {@link #stop} (also run at JVM exit) shuts it down gracefully.
 *
 * <p>Start-up is kept short by starting a server built once with {@code kc.sh build} ({@code --optimized}), by
 * the C1 compiler only (start-up matters here, peak throughput does not), and on JDK 25+ by an AOT cache recorded
 * during the first run. See docs/identity.md for the figures.
 */
public final class LocalKeycloak implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalKeycloak.class);

    private static final String LOOPBACK = "127.0.0.1";
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    /** Writing the AOT cache at the end of the first run takes 10–20 s on two busy cores. */
    private static final Duration STOP_TIMEOUT_WHILE_TRAINING = Duration.ofSeconds(90);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(250);
    private static final String ADMIN_PASSWORD_FILE = "admin-password";

    private final Settings settings;
    private final KeycloakDistribution distribution;
    private final URI url;
    private final int managementPort;
    private final String adminPassword;
    private final Path logFile;
    private final Process process;
    private final Path aotTrainingOutput;
    private final Thread shutdownHook;
    private volatile Duration startTime;
    private boolean stopped;

    /**
     * How to run it.
     *
     * @param dataDir       database, logs, pid file and generated admin password; created when missing
     * @param httpPort      0 picks a free port
     * @param adminUsername bootstrap admin of the master realm (only created on the first start of an empty dataDir)
     * @param adminPassword its password; null or blank: generated once and kept in {@code dataDir/admin-password}
     * @param distHome      null: {@link KeycloakDistribution#locate}'s default
     * @param startTimeout  how long to wait for readiness
     */
    public record Settings(Path dataDir, int httpPort, String adminUsername, String adminPassword, Path distHome,
                           Duration startTimeout) {

        public Settings {
            if (dataDir == null || adminUsername == null || adminUsername.isBlank() || startTimeout == null) {
                throw new IllegalArgumentException("dataDir, adminUsername and startTimeout are required");
            }
            if (httpPort < 0 || httpPort > 65535) {
                throw new IllegalArgumentException("cuocthi.keycloak.local.port must be 0..65535, not " + httpPort);
            }
            dataDir = dataDir.toAbsolutePath().normalize();
        }

        Settings withHttpPort(int port) {
            return new Settings(dataDir, port, adminUsername, adminPassword, distHome, startTimeout);
        }
    }

    private LocalKeycloak(Settings settings, KeycloakDistribution distribution, URI url, int managementPort,
                          String adminPassword, Path logFile, Process process, Path aotTrainingOutput) {
        this.settings = settings;
        this.distribution = distribution;
        this.url = url;
        this.managementPort = managementPort;
        this.adminPassword = adminPassword;
        this.logFile = logFile;
        this.process = process;
        this.aotTrainingOutput = aotTrainingOutput;
        this.shutdownHook = new Thread(this::stop, "local-keycloak-stop");
    }

    /**
     * Starts Keycloak and waits until it is ready.
     *
     * @throws IllegalStateException when it cannot start, with the reason and the end of its log
     */
    public static LocalKeycloak start(Settings settings) {
        for (int attempt = 1; ; attempt++) {
            try {
                return startOnce(settings);
            } catch (IllegalStateException e) {
                // a free port picked for it was taken by another process before Keycloak bound it: pick again
                boolean exited = String.valueOf(e.getMessage()).startsWith("Keycloak exited");
                if (attempt >= 3 || !exited || !portTaken(settings.dataDir().resolve("keycloak.log"))) {
                    throw e;
                }
                log.warn("Keycloak's port was taken before it could bind it; starting again on other ports");
            }
        }
    }

    private static boolean portTaken(Path logFile) {
        try {
            return Files.isRegularFile(logFile) && Files.readString(logFile).contains("Port already bound");
        } catch (IOException e) {
            return false;
        }
    }

    private static LocalKeycloak startOnce(Settings settings) {
        KeycloakDistribution distribution = KeycloakDistribution.locate(settings.distHome());
        Path dataDir = settings.dataDir();
        long begin = System.nanoTime();
        try {
            Files.createDirectories(dataDir);
            stopLeftover(dataDir);
            if (distribution.ensureOptimizedBuild(dataDir.resolve("keycloak-build.log"))) {
                log.info("Built the optimized Keycloak server in {} in {} s", distribution.home(), seconds(begin));
            }
            String adminPassword = adminPassword(settings);
            int httpPort = settings.httpPort() == 0 ? freePort() : requireFreePort(settings.httpPort());
            int managementPort = freePort();
            URI url = URI.create("http://localhost:" + httpPort);
            Path logFile = dataDir.resolve("keycloak.log");
            if (Files.exists(logFile)) {
                Files.move(logFile, dataDir.resolve("keycloak.previous.log"), StandardCopyOption.REPLACE_EXISTING);
            }

            Path aotCache = distribution.aotCache();
            Path aotTrainingOutput = null;
            List<String> jvmOptions = new ArrayList<>(List.of("-XX:TieredStopAtLevel=1"));
            if (Runtime.version().feature() >= 25) {
                if (Files.isRegularFile(aotCache)) {
                    jvmOptions.add("-XX:AOTCache=" + aotCache);
                } else {
                    // Each first run records into its own file; stop() moves a complete one into place.
                    Files.createDirectories(aotCache.getParent());
                    aotTrainingOutput = aotCache.resolveSibling(aotCache.getFileName() + "." + ProcessHandle.current().pid()
                            + "-" + System.nanoTime() + ".tmp");
                    jvmOptions.add("-XX:AOTCacheOutput=" + aotTrainingOutput);
                }
            }

            Path themes = dataDir.resolve("themes");
            if (!ThemeFolder.fill(themes)) {
                log.warn("The CuocThi login theme is not on the classpath; staff sign-in pages will look like stock Keycloak");
            }
            List<String> command = startCommand(distribution, dataDir, url, managementPort, themes);
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(dataDir.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                    .redirectErrorStream(true)
                    .redirectOutput(logFile.toFile());
            KeycloakDistribution.prepareEnvironment(builder.environment());
            builder.environment().put("JAVA_OPTS_APPEND", String.join(" ", jvmOptions));
            builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", settings.adminUsername());
            builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);

            long processStart = System.nanoTime();
            Process process = builder.start();
            LocalKeycloak keycloak = new LocalKeycloak(settings, distribution, url, managementPort, adminPassword,
                    logFile, process, aotTrainingOutput);
            Runtime.getRuntime().addShutdownHook(keycloak.shutdownHook);
            try {
                keycloak.writePidFile();
                keycloak.awaitReady(settings.startTimeout());
                // Again, now that kc.sh has started its java child.
                keycloak.writePidFile();
            } catch (IOException | RuntimeException e) {
                keycloak.stop();
                throw e;
            }
            keycloak.startTime = Duration.ofNanos(System.nanoTime() - processStart);
            log.info("{} ready at {} in {} s ({}; data and log in {})", distribution.home().getFileName(),
                    url, seconds(processStart), aotTrainingOutput != null ? "recording the AOT cache this run"
                            : "AOT cache " + (Files.isRegularFile(aotCache) ? "used" : "off"), dataDir);
            return keycloak;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start Keycloak with data in " + dataDir, e);
        }
    }

    /**
     * Starts on an emptied {@code dataDir}, as tests want: a Keycloak that knows nothing but its master realm.
     *
     * <p>A new database costs about 15 s of schema creation and master-realm set-up on two cores, so the first fresh
     * start keeps a copy of the database right after that set-up (next to the distribution, per admin account), and
     * later fresh starts begin from the copy. The first one pays one extra stop and start for it.
     */
    public static LocalKeycloak startFresh(Settings settings) {
        Path dataDir = settings.dataDir();
        KeycloakDistribution distribution = KeycloakDistribution.locate(settings.distHome());
        Path template = distribution.emptyDatabaseTemplate(settings.adminUsername(), settings.adminPassword());
        try {
            // A JVM killed earlier may have left its Keycloak running on this folder.
            stopLeftover(dataDir);
            FileTrees.delete(dataDir);
            if (Files.isDirectory(template)) {
                FileTrees.copy(template, dataDir);
                return start(settings);
            }
            LocalKeycloak first = start(settings);
            first.stop();
            saveTemplate(dataDir, template);
            log.info("Kept the empty Keycloak database as {} for later fresh starts", template);
            return start(settings.withHttpPort(first.url().getPort()));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare an empty Keycloak data folder " + dataDir, e);
        }
    }

    private static void saveTemplate(Path dataDir, Path template) throws IOException {
        Path staging = template.resolveSibling(template.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        FileTrees.delete(staging);
        FileTrees.copy(dataDir.resolve("h2"), staging.resolve("h2"));
        if (Files.isRegularFile(dataDir.resolve(ADMIN_PASSWORD_FILE))) {
            Files.copy(dataDir.resolve(ADMIN_PASSWORD_FILE), staging.resolve(ADMIN_PASSWORD_FILE));
        }
        try {
            // Another JVM may have saved one meanwhile; either copy is as good.
            Files.move(staging, template, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException alreadySaved) {
            FileTrees.delete(staging);
        }
    }

    /** kc.sh start with the options that make this a loopback-only, single-node server keeping its state in dataDir. */
    private static List<String> startCommand(KeycloakDistribution distribution, Path dataDir, URI url,
                                             int managementPort, Path themes) {
        return List.of("/bin/sh", distribution.kcScript().toString(), "start",
                "--optimized",
                "--http-enabled=true",
                "--http-host=" + LOOPBACK,
                "--http-port=" + url.getPort(),
                "--http-management-port=" + managementPort,
                // Issuers name this URL whichever address a client used.
                "--hostname=" + url,
                "--cache=local",
                "--db-url=jdbc:h2:file:" + dataDir.resolve("h2/keycloakdb") + ";NON_KEYWORDS=VALUE;DB_CLOSE_ON_EXIT=FALSE",
                // The readiness polling would otherwise log a line per poll.
                "--log-level=info,io.smallrye.health:warn",
                // Keycloak's default is inside the (shared) distribution.
                "-Dquarkus.transaction-manager.object-store.directory=" + dataDir.resolve("transaction-logs"),
                // The application's login theme (ThemeFolder): a runtime option, so the optimized build stays as it is.
                "--spi-theme--folder--dir=" + themes);
    }

    /** Stops this server and starts it again on the same port and data, as a developer restarting bin/run would. */
    public LocalKeycloak restart() {
        stop();
        return start(settings.withHttpPort(url.getPort()));
    }

    /** Base URL, {@code http://localhost:<port>}; issuers are {@code <url>/realms/<realm>}. */
    public URI url() {
        return url;
    }

    public URI healthUrl() {
        return URI.create("http://" + LOOPBACK + ":" + managementPort + "/health/ready");
    }

    public String adminRealm() {
        return "master";
    }

    public String adminUsername() {
        return settings.adminUsername();
    }

    public String adminPassword() {
        return adminPassword;
    }

    public Path dataDir() {
        return settings.dataDir();
    }

    public Path logFile() {
        return logFile;
    }

    /** kc.sh and the Keycloak JVM it started, while they run. */
    public List<ProcessHandle> processes() {
        return Stream.concat(Stream.of(process.toHandle()), process.descendants()).filter(ProcessHandle::isAlive).toList();
    }

    /** From launching the process to ready (the one-off optimized build not included). */
    public Duration startTime() {
        return startTime;
    }

    public synchronized boolean isRunning() {
        return !stopped && process.isAlive();
    }

    /** Graceful stop (SIGTERM, which kc.sh passes on), forced after a timeout. Idempotent. */
    public synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        boolean graceful = true;
        if (process.isAlive()) {
            List<ProcessHandle> tree = Stream.concat(Stream.of(process.toHandle()), process.descendants()).toList();
            process.destroy();
            Duration timeout = aotTrainingOutput != null && startTime != null ? STOP_TIMEOUT_WHILE_TRAINING : STOP_TIMEOUT;
            try {
                graceful = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                graceful = false;
            }
            if (!graceful) {
                log.warn("Keycloak did not stop within {}; killing it", timeout);
            }
            // kc.sh forwards SIGTERM to its java child; make sure nothing outlives us either way.
            tree.forEach(handle -> {
                if (handle.isAlive()) {
                    handle.destroyForcibly();
                }
            });
        }
        keepAotCache(graceful);
        try {
            Files.deleteIfExists(pidFile(settings.dataDir()));
        } catch (IOException e) {
            log.debug("Could not delete the pid file", e);
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // Called from the hook itself.
        }
    }

    @Override
    public void close() {
        stop();
    }

    private void awaitReady(Duration timeout) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(healthUrl()).timeout(Duration.ofSeconds(5)).GET().build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with code " + process.exitValue() + " while starting"
                        + " (data in " + settings.dataDir() + "). Last lines of " + logFile + ":\n" + LogTail.of(logFile));
            }
            try {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // Keep polling until the deadline.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for Keycloak to start", e);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Keycloak was not ready within " + timeout + " (" + healthUrl()
                        + " never answered UP; raise cuocthi.keycloak.local.start-timeout if the machine is just slow)."
                        + " Last lines of " + logFile + ":\n" + LogTail.of(logFile));
            }
            try {
                Thread.sleep(POLL_INTERVAL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for Keycloak to start", e);
            }
        }
    }

    private void keepAotCache(boolean graceful) {
        if (aotTrainingOutput == null) {
            return;
        }
        try {
            // A run stopped before it was ready has loaded too little to be worth caching.
            if (graceful && startTime != null && Files.size(aotTrainingOutput) > 0) {
                Files.move(aotTrainingOutput, distribution.aotCache(), StandardCopyOption.ATOMIC_MOVE);
                log.info("Recorded the Keycloak AOT cache {}; later starts use it", distribution.aotCache());
            } else {
                Files.deleteIfExists(aotTrainingOutput);
            }
        } catch (IOException e) {
            // Only a missed speed-up: the next run records again.
            log.info("No Keycloak AOT cache kept ({})", e.toString());
        }
    }

    /** The pid file lets the next start stop a Keycloak left behind by a JVM that was killed without its hooks. */
    private void writePidFile() throws IOException {
        StringBuilder pids = new StringBuilder();
        Stream.concat(Stream.of(process.toHandle()), process.descendants())
                .forEach(handle -> pids.append(handle.pid()).append('\n'));
        Files.writeString(pidFile(settings.dataDir()), pids);
    }

    private static Path pidFile(Path dataDir) {
        return dataDir.resolve("keycloak.pid");
    }

    private static void stopLeftover(Path dataDir) throws IOException {
        Path pidFile = pidFile(dataDir);
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        for (String line : Files.readAllLines(pidFile)) {
            if (line.isBlank()) {
                continue;
            }
            Optional<ProcessHandle> handle = ProcessHandle.of(Long.parseLong(line.trim()));
            // Only a process whose command line names this data folder: the pid may have been reused since.
            if (handle.isPresent() && handle.get().isAlive() && handle.get().info().commandLine()
                    .map(commandLine -> commandLine.contains(dataDir.toString())).orElse(false)) {
                log.warn("Stopping Keycloak process {} left running on {} by an earlier run", line.trim(), dataDir);
                handle.get().destroy();
                try {
                    handle.get().onExit().get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
                } catch (Exception notYet) {
                    handle.get().destroyForcibly();
                }
            }
        }
        Files.delete(pidFile);
    }

    private static String adminPassword(Settings settings) throws IOException {
        if (settings.adminPassword() != null && !settings.adminPassword().isBlank()) {
            return settings.adminPassword();
        }
        Path file = settings.dataDir().resolve(ADMIN_PASSWORD_FILE);
        if (Files.isRegularFile(file)) {
            return Files.readString(file, StandardCharsets.UTF_8).trim();
        }
        byte[] random = new byte[18];
        new SecureRandom().nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, password + "\n", StandardCharsets.UTF_8);
        return password;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getByName(LOOPBACK))) {
            return socket.getLocalPort();
        }
    }

    private static int requireFreePort(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName(LOOPBACK), port));
            return port;
        } catch (IOException e) {
            throw new IllegalStateException("Port " + port + " on " + LOOPBACK + " is taken, so the local Keycloak cannot"
                    + " listen there (another Keycloak still running?). Stop that process or set"
                    + " cuocthi.keycloak.local.port to another port.", e);
        }
    }

    private static String seconds(long sinceNanos) {
        return String.format("%.1f", (System.nanoTime() - sinceNanos) / 1e9);
    }

    @Override
    public String toString() {
        return "LocalKeycloak[" + url + ", data " + settings.dataDir() + "]";
    }
}
