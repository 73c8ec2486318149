package vn.cuocthi.deploy.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * One morning against a running application: the setup through the API, the Gatling simulation in a JVM of its
 * own, the check in PostgreSQL, and the report (printed with the prefix {@code LOAD} and written to
 * {@code report.md} in the run folder). Used by the test command's small version ({@code MorningLoadTest}) and by
 * the benchmark ({@code MorningBenchmark}, {@code deploy/load/run.sh}).
 */
final class MorningRun {

    /** Where the application's PostgreSQL is, to check what was stored. */
    record Database(String jdbcUrl, String user, String password) {
    }

    record Outcome(LoadSettings settings, List<Latencies.Summary> kinds, StoredCheck.Result stored, Resources.Snapshot resources,
                   int generatorExit, String report) {

        long errors() {
            return kinds.stream().mapToLong(Latencies.Summary::errors).sum();
        }

        /** Requests still refused (503 with Retry-After) after every retry the generator makes: served to nobody. */
        long gaveUp() {
            return kinds.stream().mapToLong(Latencies.Summary::gaveUp).sum();
        }

        Optional<Latencies.Summary> kind(String name) {
            return kinds.stream().filter(k -> k.kind().equals(name)).findFirst();
        }
    }

    private final LoadSettings settings;
    private final Path runDir;

    MorningRun(LoadSettings settings, Path runDir) {
        this.settings = settings;
        this.runDir = runDir;
    }

    Outcome run(Function<String, String> staffToken, Database database, ProcessHandle app) throws Exception {
        Files.createDirectories(runDir);
        System.out.println("LOAD " + settings);
        Map<String, String> contests = new LoadSetup(settings).prepare(staffToken, runDir, database);
        // a reused population has attempts of earlier runs: the check looks at this run's only
        Set<UUID> earlier = StoredCheck.attempts(database.jdbcUrl(), database.user(), database.password(), contests);
        Process[] generator = new Process[1];
        int exit;
        Resources.Snapshot resources;
        try (Resources sampling = new Resources(app, postmaster(database), () -> Optional.ofNullable(generator[0]).map(Process::toHandle),
                LoadSite.of(settings.baseUrl(), null, null))) {
            generator[0] = generator().start();
            long limit = settings.longestRun().toSeconds();
            if (!generator[0].waitFor(limit, TimeUnit.SECONDS)) {
                generator[0].destroyForcibly();
                throw new IllegalStateException("the generator did not finish within " + limit + " s; see " + runDir.resolve("gatling.log"));
            }
            exit = generator[0].exitValue();
            resources = sampling.snapshot();
        }
        if (!Files.exists(runDir.resolve(Latencies.FILE))) {
            List<String> log = Files.readAllLines(runDir.resolve("gatling.log"));
            throw new IllegalStateException("the generator failed (exit " + exit + "):\n"
                    + String.join("\n", log.subList(Math.max(0, log.size() - 40), log.size())));
        }
        StoredCheck.Result stored = StoredCheck.check(database.jdbcUrl(), database.user(), database.password(), runDir, contests,
                earlier);
        List<Latencies.Summary> kinds = Latencies.Summary.read(runDir);
        String report = report(kinds, stored, resources, exit);
        Files.writeString(runDir.resolve("report.md"), report);
        report.lines().forEach(line -> System.out.println("LOAD " + line));
        return new Outcome(settings, kinds, stored, resources, exit, report);
    }

    private ProcessBuilder generator() {
        String java = ProcessHandle.current().info().command().orElse("java");
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(java, "-Xmx" + LoadSettings.text("generatorHeap", "1g"),
                "--add-opens=java.base/java.lang=ALL-UNNAMED", // as the Gatling plugins start it
                "-Djdk.httpclient.allowRestrictedHeaders=host", "-Dgatling.data.enableAnalytics=false",
                "-Dgatling.http.warmUpUrl=", "-Dgatling.data.console.writePeriod=10",
                "-Dload.runDir=" + runDir.toAbsolutePath()));
        command.addAll(settings.asSystemProperties());
        command.addAll(List.of("-cp", classpath, "io.gatling.app.Gatling", "-s", MorningSimulation.class.getName(),
                "-rf", runDir.resolve("gatling").toAbsolutePath().toString(), "-l", "cuocthi", "-rd", settings.runName()));
        if (!LoadSettings.bool("htmlReport", false)) {
            command.add("-nr");
        }
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(runDir.resolve("gatling.log").toFile());
    }

    /** The postmaster's process, from its pid file, when PostgreSQL runs on this machine. */
    private static Optional<ProcessHandle> postmaster(Database database) {
        try (Connection db = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
             ResultSet rs = db.createStatement().executeQuery("select current_setting('data_directory')")) {
            rs.next();
            Path pidFile = Path.of(rs.getString(1), "postmaster.pid");
            return Files.exists(pidFile) ? ProcessHandle.of(Long.parseLong(Files.readAllLines(pidFile).getFirst().strip()))
                    : Optional.empty();
        } catch (Exception notHere) {
            return Optional.empty();
        }
    }

    private String report(List<Latencies.Summary> kinds, StoredCheck.Result stored, Resources.Snapshot resources, int exit)
            throws IOException {
        StringBuilder out = new StringBuilder();
        out.append("Mass-exam morning, ").append(OffsetDateTime.now().withNano(0)).append(": ").append(settings).append('\n');
        out.append(String.format(Locale.ROOT, "%n| request | requests | errors | queued, then served | gave up | per second | p50 ms | p95 ms | p99 ms | max ms | span s | statuses |%n"));
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (Latencies.Summary k : kinds) {
            out.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %.1f | %d | %d | %d | %d | %.1f | %s |%n", k.kind(),
                    k.requests(), k.errors(), k.queuedThenServed(), k.gaveUp(), k.perSecond(), k.p50(), k.p95(), k.p99(), k.max(),
                    (k.lastAnsweredAt() - k.firstSentAt()) / 1000.0, k.statuses()));
        }
        out.append("\nStored: ").append(stored).append('\n');
        out.append("Resources: ").append(resources).append('\n');
        out.append("Generator exit code ").append(exit).append("; its log and files in ").append(runDir.toAbsolutePath()).append('\n');
        return out.toString();
    }
}
