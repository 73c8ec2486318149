package vn.cuocthi.deploy.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.springframework.core.env.Environment;

import vn.cuocthi.deploy.CuocThiApplication;

/**
 * The same application in a JVM of its own (so a kill -9 or two identity hash codes are real), on the test's
 * PostgreSQL, Redis and Keycloak; its log is in target/two-process.
 */
public final class SecondProcess implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    private final Process process;
    private final int port;

    private SecondProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts it with the test context's service settings and waits until it is healthy. */
    public static SecondProcess start(Environment environment) throws Exception {
        int port = freePort();
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-Djdk.httpclient.allowRestrictedHeaders=host",
                "-cp", System.getProperty("java.class.path"), CuocThiApplication.class.getName(),
                "--server.port=" + port, "--cuocthi.role=runtime", "--cuocthi.embedded.ephemeral=true"));
        for (String name : List.of("spring.datasource.url", "spring.datasource.username", "spring.datasource.password",
                "spring.data.redis.host", "spring.data.redis.port", "cuocthi.keycloak.url", "cuocthi.keycloak.admin-username",
                "cuocthi.keycloak.admin-password",
                // every node of a deployment opens the same sealed personal data: the test context's keys, not its own
                "cuocthi.data-keys", "cuocthi.data-lookup-key", "cuocthi.data-lookup-key-previous")) {
            command.add("--" + name + "=" + environment.getProperty(name, ""));
        }
        Path log = Files.createDirectories(Path.of("target", "two-process")).resolve("second-" + port + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("CUOCTHI_") || name.startsWith("SPRING_"));
        SecondProcess second = new SecondProcess(builder.start(), port);
        second.awaitHealthy();
        return second;
    }

    public int port() {
        return port;
    }

    /** SIGKILL: no shutdown hook, no graceful end of requests. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    private void awaitHealthy() throws Exception {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            assertThat(process.isAlive()).as("the second process exited; see target/two-process").isTrue();
            try {
                if (Http.platform(port).get("/actuator/health").status() == 200) {
                    return;
                }
            } catch (IllegalStateException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the second process was not healthy within " + START_TIMEOUT);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
