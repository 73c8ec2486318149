package vn.cuocthi.deploy.load;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The mass-exam morning as a benchmark ({@code deploy/load/run.sh}, docs/benchmarks.md): starts the packaged
 * application as {@code bin/run} would (embedded PostgreSQL with durable commits, Redis, Keycloak, the demo provinces)
 * in a process of its own with a bounded heap, sets a contest up in the chosen demo provinces with their
 * {@code demo.quantri} account, runs {@link MorningRun} and stops the application. With {@code load.baseUrl},
 * {@code load.jdbcUrl} and {@code load.staffPassword} set it runs against an application already running instead.
 */
public final class MorningBenchmark {

    private MorningBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path runDir = Path.of(LoadSettings.text("runDir", "deploy/target/load/" + LoadSettings.text("name", "morning") + "-"
                + Instant.now().getEpochSecond())).toAbsolutePath();
        Files.createDirectories(runDir);
        MorningRun.Outcome outcome;
        if (System.getProperty("load.jdbcUrl") != null || System.getenv("LOAD_JDBCURL") != null) {
            LoadSettings settings = LoadSettings.fromEnvironment();
            URI keycloak = URI.create(LoadSettings.text("keycloakUrl", "http://127.0.0.1:8180"));
            outcome = new MorningRun(settings, runDir).run(staff(keycloak, LoadSettings.text("staffPassword", "")),
                    new MorningRun.Database(LoadSettings.text("jdbcUrl", ""), LoadSettings.text("jdbcUser", "postgres"),
                            LoadSettings.text("jdbcPassword", "")), ProcessHandle.current());
        } else {
            outcome = packaged(runDir);
        }
        // a request that gave up after all its retries was never served: as much a failure as an error
        boolean clean = outcome.errors() == 0 && outcome.gaveUp() == 0 && outcome.stored().perfect() && outcome.generatorExit() == 0;
        String verdict = clean ? "no error, none gave up, nothing lost" : "ERRORS, REQUESTS THAT GAVE UP or LOSSES: see above";
        System.out.println("LOAD " + verdict + "; report in " + runDir.resolve("report.md"));
        // the report says it too: a run is judged from its report, and run.sh's exit code says the same
        Files.writeString(runDir.resolve("report.md"), "\nVerdict: " + verdict + " (exit code " + (clean ? 0 : 1) + ")\n",
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        System.exit(clean ? 0 : 1);
    }

    private static MorningRun.Outcome packaged(Path runDir) throws Exception {
        Path jar = Path.of("deploy/target/cuocthi.jar").toAbsolutePath();
        Path workDir = Path.of(LoadSettings.text("appDir", "deploy/target/load/app")).toAbsolutePath();
        Files.createDirectories(workDir);
        int port = freePort();
        int keycloakPort = freePort();
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Xmx" + LoadSettings.text("appHeap", "1g")));
        command.addAll(List.of(LoadSettings.text("appJavaOpts", "-XX:+UseG1GC").split("\\s+")));
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(runDir.resolve("application.log").toFile());
        builder.environment().put("SERVER_PORT", String.valueOf(port));
        builder.environment().put("CUOCTHI_KEYCLOAK_LOCAL_PORT", String.valueOf(keycloakPort));
        // benchmark setting: a cheap proof of work for the setup's thousands of registrations; measured paths unchanged
        builder.environment().putIfAbsent("CUOCTHI_CONTESTANT_BOTCHECK_DIFFICULTY", "8");
        Process app = builder.start();
        try {
            awaitRunning(app, runDir.resolve("application.log"));
            // the embedded server's pid file: pid, data folder, start time, port
            int postgresPort = Integer.parseInt(Files.readAllLines(workDir.resolve(".data/postgres/postmaster.pid")).get(3).strip());
            String demoPassword = Files.readString(workDir.resolve(".data/demo-password")).strip();
            LoadSettings settings = LoadSettings.fromEnvironment().withBaseUrl(URI.create("http://127.0.0.1:" + port));
            return new MorningRun(settings, runDir).run(staff(URI.create("http://127.0.0.1:" + keycloakPort), demoPassword),
                    new MorningRun.Database("jdbc:postgresql://127.0.0.1:" + postgresPort + "/cuocthi", "postgres", ""),
                    app.toHandle());
        } finally {
            app.destroy();
            if (!app.waitFor(60, TimeUnit.SECONDS)) {
                app.destroyForcibly();
            }
        }
    }

    private static void awaitRunning(Process app, Path log) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (Instant.now().isBefore(deadline)) {
            if (!app.isAlive()) {
                throw new IllegalStateException("the application exited with " + app.exitValue() + "; see " + log);
            }
            if (Files.readString(log).contains("CuocThi is running")) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the application did not start within 5 minutes; see " + log);
    }

    /** Staff tokens of each province's {@code load.staffUser} (demo.quantri) through the dev client's password grant. */
    private static java.util.function.Function<String, String> staff(URI keycloak, String password) {
        String user = LoadSettings.text("staffUser", "demo.quantri");
        Map<String, String> tokens = new ConcurrentHashMap<>();
        HttpClient client = HttpClient.newHttpClient();
        return slug -> tokens.computeIfAbsent(slug, s -> {
            String form = "grant_type=password&client_id=cuocthi-cli&username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                    + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
            try {
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(keycloak.resolve("/realms/cuocthi-" + s
                                + "/protocol/openid-connect/token")).header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("no staff token for " + s + ": " + response.body());
                }
                return LoadSite.JSON.readTree(response.body()).get("access_token").asString();
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException("no staff token for " + s, e);
            }
        });
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
