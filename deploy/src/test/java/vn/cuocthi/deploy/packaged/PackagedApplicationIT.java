package vn.cuocthi.deploy.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import vn.cuocthi.deploy.support.Http;

/**
 * What a newcomer gets: the packaged application started with no configuration at all serves health and the
 * demo provinces, keeps its data across a restart, and has a migrate-and-exit mode.
 */
class PackagedApplicationIT {

    private static final Path JAR = Path.of("target", "cuocthi.jar");
    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);

    private Process running;
    private Path workDir;
    private int keycloakPort;

    @AfterEach
    void stop() throws Exception {
        if (running != null && running.isAlive()) {
            running.destroy();
            if (!running.waitFor(60, TimeUnit.SECONDS)) {
                running.destroyForcibly();
            }
        }
    }

    @Test
    void runsWithNoConfigurationAndKeepsDataAcrossRestarts() throws Exception {
        assertThat(JAR).as("package the application first (mvnw verify does)").exists();
        workDir = Files.createDirectories(Path.of("target", "packaged-it", String.valueOf(System.currentTimeMillis())))
                .toAbsolutePath();
        int port = freePort();
        keycloakPort = freePort();

        running = start(port, List.of());
        awaitHealthy(port, workDir.resolve("first-run.log"));
        Http.Reply caobang = Http.province(port, "caobang").header("Accept", "text/html").get("/");
        assertThat(caobang.status()).isEqualTo(200);
        assertThat(caobang.body()).contains("Cao Bằng");
        assertThat(Http.platform(port).get("/").body()).contains("Hải Dương", "Lạng Sơn", "Quảng Bình", "Bắc Giang");
        assertThat(Http.platform(port).get("/actuator/health/readiness").json().get("status").asString()).isEqualTo("UP");

        // the demo accounts' password is kept in the data folder; a script gets a token without a browser
        String token = staffToken("caobang", "demo.quantri", Files.readString(workDir.resolve(".data/demo-password")).strip());
        Http.Reply saved = Http.province(port, "caobang").header("Authorization", "Bearer " + token)
                .put("/api/v1/admin/units", List.of(Map.of("code", "SNV", "name", "Sở Nội vụ tỉnh Cao Bằng", "headcount", 52)));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        stopGracefully();

        Process migrate = process(List.of("migrate"), port).redirectOutput(workDir.resolve("migrate.log").toFile()).start();
        assertThat(migrate.waitFor(3, TimeUnit.MINUTES)).as("migrate mode exits by itself").isTrue();
        assertThat(migrate.exitValue()).as(Files.readString(workDir.resolve("migrate.log"))).isZero();
        assertThat(Files.readString(workDir.resolve("migrate.log"))).contains("province schema(s)");

        running = start(port, List.of());
        awaitHealthy(port, workDir.resolve("second-run.log"));
        Http.Reply units = Http.province(port, "caobang").header("Authorization", "Bearer " + token).get("/api/v1/admin/units");
        assertThat(units.body()).as("data kept in .data/postgres across restarts").contains("Sở Nội vụ tỉnh Cao Bằng");
        stopGracefully();
    }

    private Process start(int port, List<String> args) throws IOException {
        String log = running == null ? "first-run.log" : "second-run.log";
        return process(args, port).redirectOutput(workDir.resolve(log).toFile()).start();
    }

    private ProcessBuilder process(List<String> args, int port) {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new java.util.ArrayList<>(List.of(java, "-Xmx512m", "-jar", JAR.toAbsolutePath().toString()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true);
        // no configuration: nothing of ours or Spring's leaks in from the environment running the tests
        builder.environment().keySet().removeIf(name -> name.startsWith("CUOCTHI_") || name.startsWith("SPRING_"));
        builder.environment().put("SERVER_PORT", String.valueOf(port));
        // a developer's own run may hold Keycloak's default port
        builder.environment().put("CUOCTHI_KEYCLOAK_LOCAL_PORT", String.valueOf(keycloakPort));
        return builder;
    }

    private void awaitHealthy(int port, Path log) throws Exception {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!running.isAlive()) {
                throw new AssertionError("the application exited with " + running.exitValue() + ":\n" + tail(log));
            }
            try {
                Http.Reply health = Http.platform(port).get("/actuator/health");
                if (health.status() == 200 && Files.readString(log).contains("CuocThi is running")) {
                    return;
                }
            } catch (IllegalStateException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("not healthy within " + START_TIMEOUT + ":\n" + tail(log));
    }

    private void stopGracefully() throws InterruptedException {
        running.destroy();
        assertThat(running.waitFor(60, TimeUnit.SECONDS)).as("stops on SIGTERM").isTrue();
    }

    /** The password grant of the dev client, as the README tells a script to do it. */
    private String staffToken(String slug, String username, String password) throws Exception {
        String form = "grant_type=password&client_id=cuocthi-cli&username=" + username + "&password="
                + java.net.URLEncoder.encode(password, java.nio.charset.StandardCharsets.UTF_8);
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + keycloakPort
                        + "/realms/cuocthi-" + slug + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form)).build();
        var response = java.net.http.HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return tools.jackson.databind.json.JsonMapper.builder().build().readTree(response.body()).get("access_token").asString();
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
