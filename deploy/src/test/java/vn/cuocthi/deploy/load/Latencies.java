package vn.cuocthi.deploy.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Response times and statuses per request kind, recorded by the generator and summarised into the run folder's
 * {@code latencies.csv}: requests, errors (any status other than 2xx, or no response; not a waiting room's 503 the
 * generator retried), throughput over the kind's own span (first request sent to last answered), p50/p95/p99/max,
 * the statuses seen, and how many were queued by a waiting room, then served, and how many gave up waiting.
 */
final class Latencies {

    static final String FILE = "latencies.csv";

    private final Map<String, Kind> kinds = new ConcurrentHashMap<>();

    /** Whether a request went through a waiting room (503 with Retry-After, sent again). */
    enum Queue {
        /** answered at once */
        NONE,
        /** queued, then served: its final answer counts as any other */
        SERVED,
        /** still told to come back when the generator's tries ran out: counted apart, not as an error */
        GAVE_UP
    }

    /** {@code status} 0 and {@code millis} -1: no response (refused, reset or timed out). */
    void record(String kind, int status, int millis, Queue queue) {
        kinds.computeIfAbsent(kind, k -> new Kind()).add(status, millis, System.currentTimeMillis(), queue);
    }

    void write(Path runDir) {
        List<String> lines = new ArrayList<>();
        new TreeMap<>(kinds).forEach((name, kind) -> lines.add(name + "," + kind.summary()));
        try {
            Files.write(runDir.resolve(FILE), lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One line of {@code latencies.csv}, read back by the report. */
    record Summary(String kind, long requests, long errors, double perSecond, int p50, int p95, int p99, int max,
                   long firstSentAt, long lastAnsweredAt, long queuedThenServed, long gaveUp, String statuses) {

        static Summary parse(String line) {
            String[] f = line.split(",");
            return new Summary(f[0], Long.parseLong(f[1]), Long.parseLong(f[2]), Double.parseDouble(f[3]), Integer.parseInt(f[4]),
                    Integer.parseInt(f[5]), Integer.parseInt(f[6]), Integer.parseInt(f[7]), Long.parseLong(f[8]),
                    Long.parseLong(f[9]), Long.parseLong(f[10]), Long.parseLong(f[11]), f.length > 12 ? f[12] : "");
        }

        static List<Summary> read(Path runDir) throws IOException {
            return Files.readAllLines(runDir.resolve(FILE)).stream().map(Summary::parse).toList();
        }
    }

    private static final class Kind {
        private int[] millis = new int[1024];
        private int size;
        private long first = Long.MAX_VALUE;
        private long last;
        private final Map<Integer, Long> statuses = new TreeMap<>();
        private long errors;
        private long queuedThenServed;
        private long gaveUp;

        synchronized void add(int status, int took, long now, Queue queue) {
            statuses.merge(status, 1L, Long::sum);
            if (queue == Queue.GAVE_UP) {
                gaveUp++;
            } else if (status < 200 || status >= 300) {
                errors++;
            } else if (queue == Queue.SERVED) {
                queuedThenServed++;
            }
            if (took >= 0) {
                if (size == millis.length) {
                    millis = Arrays.copyOf(millis, size * 2);
                }
                millis[size++] = took;
                first = Math.min(first, now - took);
                last = Math.max(last, now);
            }
        }

        synchronized String summary() {
            int[] sorted = Arrays.copyOf(millis, size);
            Arrays.sort(sorted);
            long requests = statuses.values().stream().mapToLong(Long::longValue).sum();
            double seconds = size == 0 ? 0 : Math.max(1, last - first) / 1000.0;
            return String.format(Locale.ROOT, "%d,%d,%.1f,%d,%d,%d,%d,%d,%d,%d,%d,%s", requests, errors,
                    size == 0 ? 0 : size / seconds, at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99),
                    size == 0 ? 0 : sorted[size - 1], size == 0 ? 0 : first, last, queuedThenServed, gaveUp,
                    statuses.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue()).collect(Collectors.joining(" ")));
        }

        private static int at(int[] sorted, double quantile) {
            return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)];
        }
    }
}
