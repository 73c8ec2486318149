package vn.cuocthi.localinfra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.embedded.RedisServer;

/**
 * A real Redis server (the binary shipped in a Maven Central jar), one per JVM. It keeps nothing on disk:
 * Redis only holds what PostgreSQL can rebuild.
 */
public final class EmbeddedRedisServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedRedisServer.class);
    private static volatile EmbeddedRedisServer running;

    private final RedisServer server;
    private final int port;

    private EmbeddedRedisServer(RedisServer server, int port) {
        this.server = server;
        this.port = port;
    }

    public static synchronized EmbeddedRedisServer start() {
        if (running == null) {
            running = launch();
        }
        return running;
    }

    /** The running server of this JVM, if one was started (tests use it to stop and restart Redis). */
    public static EmbeddedRedisServer current() {
        return running;
    }

    private static EmbeddedRedisServer launch() {
        try {
            int port = freePort();
            RedisServer server = RedisServer.newRedisServer()
                    .port(port)
                    .setting("bind 127.0.0.1")
                    .setting("save \"\"")
                    .setting("appendonly no")
                    .setting("maxmemory 512mb")
                    .build();
            server.start();
            guard();
            EmbeddedRedisServer embedded = new EmbeddedRedisServer(server, port);
            Runtime.getRuntime().addShutdownHook(new Thread(embedded::stop, "embedded-redis-stop"));
            log.info("Embedded Redis started on port {}", port);
            return embedded;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded Redis: " + e.getMessage(), e);
        }
    }

    public int port() {
        return port;
    }

    public void stop() {
        try {
            if (server.isActive()) {
                server.stop();
            }
        } catch (IOException e) {
            log.warn("Stopping the embedded Redis failed", e);
        }
    }

    public void restart() throws IOException {
        stop();
        server.start();
        guard();
    }

    /** The redis-server child dies with this JVM (Keycloak starts its own children meanwhile, hence the name check). */
    private static void guard() {
        ProcessHandle.current().children()
                .filter(child -> child.info().command().map(command -> command.contains("redis-server")).orElse(false))
                .filter(child -> child.isAlive())
                .max(java.util.Comparator.comparing(child -> child.info().startInstant().orElse(java.time.Instant.MIN)))
                .ifPresent(child -> Watchdog.stopWithThisJvm(child, "TERM", "Redis"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }
}
