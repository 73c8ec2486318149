package vn.cuocthi.localinfra;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes a server this JVM started die with it. A JVM killed with {@code kill -9} (or by the OOM killer) runs no
 * shutdown hook, and PostgreSQL, Redis and Keycloak would run on as orphans holding the data folder and ports; a
 * small shell loop beside each server checks every second that both are alive and, once the JVM is gone, sends the
 * server its clean-stop signal (PostgreSQL's SIGINT is a fast shutdown: committed data stays). When the server
 * stops first (a normal shutdown), the loop just ends, so a pid reused later is never signalled.
 */
public final class Watchdog {

    /** The name the loop runs under, in {@code ps} and for tests. */
    public static final String NAME = "cuocthi-watchdog";
    private static final Logger log = LoggerFactory.getLogger(Watchdog.class);
    private static final String LOOP = "while kill -0 $1 2>/dev/null && kill -0 $3 2>/dev/null; do sleep 1; done;"
            + " kill -0 $1 2>/dev/null || kill -$2 $3 2>/dev/null";

    private Watchdog() {
    }

    /**
     * Starts the loop for {@code server}.
     *
     * @param signal TERM, INT, ... : what the server treats as a clean stop
     */
    public static void stopWithThisJvm(ProcessHandle server, String signal, String what) {
        List<String> command = new ArrayList<>(List.of("/bin/sh", "-c", LOOP, NAME,
                Long.toString(ProcessHandle.current().pid()), signal, Long.toString(server.pid())));
        try {
            new ProcessBuilder(command)
                    .redirectInput(new File("/dev/null"))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            // only the clean-up after a crash is lost; the next start still stops a dead owner's leftovers
            log.warn("Could not start the watchdog that stops {} (process {}) if this JVM is killed: {}", what,
                    server.pid(), e.toString());
        }
    }
}
