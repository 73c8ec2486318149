package vn.cuocthi.deploy.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Who used the machine during the run: CPU of the application's JVM, of its PostgreSQL, of the generator's JVM and
 * of the whole machine (from the processes and {@code /proc/stat}), and the application's own view from
 * {@code /actuator/prometheus} each second (heap used, process CPU, database connections busy and waiting).
 */
final class Resources implements AutoCloseable {

    private final ProcessHandle app;
    private final Optional<ProcessHandle> postgres;
    private final Supplier<Optional<ProcessHandle>> generator;
    private final LoadSite actuator;
    private final Thread sampler;
    private final long startedAt = System.nanoTime();
    private final double appCpuAtStart;
    private final double postgresCpuAtStart;
    private final long[] machineAtStart;
    private volatile boolean running = true;
    private volatile double generatorCpu;
    private double heapMax;
    private double heapSum;
    private double appCpuMax;
    private double pendingMax;
    private double activeMax;
    private int samples;
    private Snapshot result;

    /** Heap in MiB; CPU in cores (of {@code cores}); connection counts from the application's pool. */
    record Snapshot(double seconds, int cores, double appCores, double postgresCores, double generatorCores,
                    double machineBusy, double heapMaxMiB, double heapMeanMiB, double appCpuMax, double poolActiveMax,
                    double poolPendingMax) {

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "over %.0f s on %d cores: application JVM %.2f cores, its PostgreSQL %.2f cores, "
                            + "generator %.2f cores (%.0f%% of the machine), machine busy %.0f%%; application heap max %.0f MiB "
                            + "(mean %.0f MiB), process CPU max %.0f%%, pool busy max %.0f, waiting max %.0f", seconds, cores,
                    appCores, postgresCores, generatorCores, 100 * generatorCores / cores, 100 * machineBusy, heapMaxMiB,
                    heapMeanMiB, 100 * appCpuMax, poolActiveMax, poolPendingMax);
        }
    }

    /** {@code postgres}: the postmaster, when it runs on this machine. */
    Resources(ProcessHandle app, Optional<ProcessHandle> postgres, Supplier<Optional<ProcessHandle>> generator, LoadSite actuator) {
        this.app = app;
        this.postgres = postgres;
        this.generator = generator;
        this.actuator = actuator;
        this.appCpuAtStart = cpu(app);
        this.postgresCpuAtStart = postgresCpu();
        this.machineAtStart = machine();
        this.sampler = Thread.ofPlatform().daemon().name("load-resources").start(this::sample);
    }

    private void sample() {
        while (running) {
            generator.get().ifPresent(process -> generatorCpu = Math.max(generatorCpu, cpu(process)));
            try {
                scrape(actuator.getText("/actuator/prometheus").body());
            } catch (RuntimeException unavailable) {
                // the application is busy or gone: that sample is missing, the run goes on
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private synchronized void scrape(String metrics) {
        double heap = 0;
        double cpu = 0;
        double pending = 0;
        double active = 0;
        for (String line : metrics.lines().toList()) {
            if (line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\"")) {
                heap += value(line);
            } else if (line.startsWith("process_cpu_usage ")) {
                cpu = value(line);
            } else if (line.startsWith("hikaricp_connections_pending{")) {
                pending += value(line);
            } else if (line.startsWith("hikaricp_connections_active{")) {
                active += value(line);
            }
        }
        samples++;
        heapMax = Math.max(heapMax, heap);
        heapSum += heap;
        appCpuMax = Math.max(appCpuMax, cpu);
        pendingMax = Math.max(pendingMax, pending);
        activeMax = Math.max(activeMax, active);
    }

    private static double value(String line) {
        return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
    }

    @Override
    public synchronized void close() {
        if (result != null) {
            return;
        }
        running = false;
        sampler.interrupt();
        double seconds = (System.nanoTime() - startedAt) / 1e9;
        long[] machine = machine();
        double busy = machine[1] == machineAtStart[1] ? 0
                : (double) (machine[0] - machineAtStart[0]) / (machine[1] - machineAtStart[1]);
        int cores = Runtime.getRuntime().availableProcessors();
        result = new Snapshot(seconds, cores, (cpu(app) - appCpuAtStart) / seconds, (postgresCpu() - postgresCpuAtStart) / seconds,
                generatorCpu / seconds, busy, heapMax / (1 << 20), samples == 0 ? 0 : heapSum / samples / (1 << 20), appCpuMax,
                activeMax, pendingMax);
    }

    Snapshot snapshot() {
        close();
        return result;
    }

    private static double cpu(ProcessHandle process) {
        return process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L) / 1e9;
    }

    /** The postmaster and its backends (those that exit during the run take their CPU time with them). */
    private double postgresCpu() {
        return postgres.map(p -> cpu(p) + p.descendants().mapToDouble(Resources::cpu).sum()).orElse(0.0);
    }

    /** Busy and total jiffies of the machine. */
    private static long[] machine() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/stat"))) {
            String[] f = lines.findFirst().orElseThrow().trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < f.length; i++) {
                total += Long.parseLong(f[i]);
            }
            long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
            return new long[] {total - idle, total};
        } catch (IOException | RuntimeException e) {
            return new long[] {0, 0};
        }
    }
}
