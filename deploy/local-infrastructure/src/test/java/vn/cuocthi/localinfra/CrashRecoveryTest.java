package vn.cuocthi.localinfra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A local run killed with {@code kill -9} (or by the OOM killer) starts again on the same data folder with every
 * committed row: its embedded PostgreSQL and Redis die with it (the watchdog), and should they still run, the next
 * start stops the dead owner's PostgreSQL cleanly instead of refusing "data folder in use by process N".
 */
class CrashRecoveryTest {

    private static final Duration WAIT = Duration.ofSeconds(90);

    @TempDir
    Path folder;

    private final List<ProcessHandle> started = new ArrayList<>();

    @AfterEach
    void stopLeftovers() {
        started.forEach(process -> process.descendants().forEach(ProcessHandle::destroyForcibly));
        started.forEach(ProcessHandle::destroyForcibly);
    }

    @Test
    void killedOwnersServersStopWithItAndTheNextStartReadsTheCommittedRow() throws Exception {
        Path data = folder.resolve("postgres");
        Process owner = launch(data, "write", "first");
        ProcessHandle postmaster = postmaster(data);
        ProcessHandle redis = child(owner, "redis-server");

        owner.destroyForcibly(); // SIGKILL: no shutdown hook runs

        assertThat(postmaster.onExit().get(20, TimeUnit.SECONDS).isAlive()).as("PostgreSQL stopped with its owner").isFalse();
        assertThat(redis.onExit().get(20, TimeUnit.SECONDS).isAlive()).as("Redis stopped with its owner").isFalse();
        assertThat(read(data)).isEqualTo("VALUES first");
    }

    @Test
    void aLeftoverOfADeadOwnerIsStoppedOnTheNextStartWithNothingLost() throws Exception {
        Path data = folder.resolve("postgres");
        Process owner = launch(data, "write", "second");
        ProcessHandle postmaster = postmaster(data);
        started.add(child(owner, "redis-server")); // an orphan too; no one would stop it (nothing refuses on it)
        // the watchdogs die too, as when the whole process group is killed: the servers are left as orphans
        owner.descendants().filter(process -> command(process).contains(Watchdog.NAME)).forEach(ProcessHandle::destroyForcibly);
        owner.destroyForcibly();
        owner.waitFor();
        Thread.sleep(1500); // longer than a watchdog's poll: had one survived, it would have acted by now
        assertThat(postmaster.isAlive()).as("PostgreSQL left running by the killed owner").isTrue();

        assertThat(read(data)).isEqualTo("VALUES second");
        assertThat(postmaster.isAlive()).as("the leftover was stopped, not joined").isFalse();
        assertThat(Files.readString(folder.resolve("read.log"))).contains("left running on " + data + " by CuocThi process "
                + owner.pid() + ", which is gone");
    }

    private String read(Path data) throws Exception {
        Process reader = start(data, "read.log", "read");
        assertThat(reader.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS)).as("the second start finished").isTrue();
        return Files.readAllLines(folder.resolve("read.log")).stream().filter(line -> line.startsWith("VALUES"))
                .findFirst().orElse("no VALUES line; see " + folder.resolve("read.log"));
    }

    private Process launch(Path data, String... args) throws Exception {
        Process owner = start(data, "write.log", args);
        Instant deadline = Instant.now().plus(WAIT);
        while (!Files.readString(folder.resolve("write.log")).contains("READY")) {
            assertThat(owner.isAlive()).as("the owner exited; see " + folder.resolve("write.log")).isTrue();
            assertThat(Instant.now()).as("the owner was not ready within " + WAIT).isBefore(deadline);
            Thread.sleep(200);
        }
        return owner;
    }

    private Process start(Path data, String log, String... args) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                CrashingOwner.class.getName(), args[0], data.toString()));
        command.addAll(List.of(args).subList(1, args.length));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(folder.resolve(log).toFile()).start();
        started.add(process.toHandle());
        return process;
    }

    private static ProcessHandle postmaster(Path data) throws IOException {
        long pid = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).getFirst().trim());
        return ProcessHandle.of(pid).orElseThrow();
    }

    private static ProcessHandle child(Process owner, String name) {
        Optional<ProcessHandle> child = owner.children().filter(process -> command(process).contains(name)).findFirst();
        return child.orElseThrow(() -> new AssertionError("no " + name + " child of the owner"));
    }

    private static String command(ProcessHandle process) {
        return process.info().commandLine().or(() -> process.info().command()).orElse("");
    }
}
